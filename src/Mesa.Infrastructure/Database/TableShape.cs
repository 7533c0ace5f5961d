using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mesa.Infrastructure.Database;

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

        public object? ValueOf(object entity) => ToProvider(_getter.GetClrValue(entity));

        /// <summary>The value of a tracked entity now: from the object, or from EF Core for a shadow property.</summary>
        public object? ValueOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
            Property.IsShadowProperty() ? ToProvider(entry.Property(Property).CurrentValue) : ValueOf(entry.Entity);

        /// <summary>The value before the changes being saved (the concurrency token the row must still have).</summary>
        public object? OriginalValueOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
            ToProvider(entry.Property(Property).OriginalValue);

        private object? ToProvider(object? value) => value is null || _convert is null ? value : _convert(value);
    }

    public static TableShape Of<T>(MesaDbContext db) =>
        Of(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not mapped."));

    public static TableShape Of(IEntityType entity)
    {
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        return new TableShape(table, entity.GetProperties()
            .Select(p => new Column(p.GetColumnName(store)!, p))
            .ToList());
    }

    /// <summary>Gives an entity the id the database would have given it.</summary>
    public static void SetId(object entity, object id)
    {
        var property = Declared(entity, "Id");
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static void Set(object entity, string propertyName, object? value) => Declared(entity, propertyName).SetValue(entity, value);

    /// <summary>
    /// The property as its declaring class sees it: a private setter of a base class (a history line's Id) is not
    /// visible through the derived class's own reflection.
    /// </summary>
    private static System.Reflection.PropertyInfo Declared(object entity, string name)
    {
        var property = entity.GetType().GetProperty(name)!;
        return property.DeclaringType!.GetProperty(name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public
            | System.Reflection.BindingFlags.NonPublic)!;
    }
}
