using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mesa.DataGenerator;

/// <summary>
/// A table as EF Core maps it: its name and, per column, how to read the value from an entity and convert it to what
/// the database stores (enum names, SQLite's binary instants). Taken from the model, so it follows the schema.
/// </summary>
public sealed class TableShape
{
    private TableShape(string table, IReadOnlyList<Column> columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<Column> Columns { get; }

    public sealed class Column(string name, IProperty property)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly Func<object?, object?>? _convert = property.GetTypeMapping().Converter?.ConvertToProvider;

        public string Name { get; } = name;

        public IProperty Property { get; } = property;

        public object? ValueOf(object entity)
        {
            var value = _getter.GetClrValue(entity);
            return value is null || _convert is null ? value : _convert(value);
        }
    }

    public static TableShape Of<T>(MesaDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        return new TableShape(table, entity.GetProperties()
            .Select(p => new Column(p.GetColumnName(store)!, p))
            .ToList());
    }

    /// <summary>Gives an entity the id the database would have given it.</summary>
    public static void SetId(object entity, object id)
    {
        var property = entity.GetType().GetProperty("Id")!;
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static void Set(object entity, string propertyName, object? value) =>
        entity.GetType().GetProperty(propertyName)!.SetValue(entity, value);
}
