using Mesa.Core.Data;
using Mesa.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace Mesa.DataGenerator;

/// <summary>Prepared INSERTs inside one transaction per batch: SQLite's fast path.</summary>
public sealed class SqliteBulkWriter(MesaDbContext db, SqliteConnection connection) : IBulkWriter
{
    private readonly Dictionary<Type, (TableShape Shape, SqliteCommand Insert)> _commands = [];

    public async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        if (!_commands.TryGetValue(typeof(T), out var entry))
        {
            var shape = TableShape.Of<T>(db);
            var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO \"{shape.Table}\" ({string.Join(", ", shape.Columns.Select(c => $"\"{c.Name}\""))}) " +
                                 $"VALUES ({string.Join(", ", shape.Columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < shape.Columns.Count; i++) insert.Parameters.Add(new SqliteParameter($"$p{i}", null));
            _commands[typeof(T)] = entry = (shape, insert);
        }

        entry.Insert.Transaction = transaction;
        foreach (var row in rows)
        {
            for (var i = 0; i < entry.Shape.Columns.Count; i++)
                entry.Insert.Parameters[i].Value = entry.Shape.Columns[i].ValueOf(row) ?? DBNull.Value;
            await entry.Insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, insert) in _commands.Values) await insert.DisposeAsync();
    }
}
