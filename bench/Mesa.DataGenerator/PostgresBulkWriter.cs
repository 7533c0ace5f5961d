using Mesa.Core.Data;
using Mesa.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mesa.DataGenerator;

/// <summary>The generator's rows into PostgreSQL by binary COPY.</summary>
public sealed class PostgresBulkWriter(MesaDbContext db, NpgsqlConnection connection) : IBulkWriter
{
    private readonly Dictionary<Type, TableShape> _shapes = [];

    public async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        if (!_shapes.TryGetValue(typeof(T), out var shape)) _shapes[typeof(T)] = shape = TableShape.Of<T>(db);
        await PostgresCopy.WriteAsync(connection, shape, rows.Select(r => shape.Columns.Select(c => c.ValueOf(r)).ToArray()), ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Moves each id sequence (identity or hi-lo) past the ids written by hand.</summary>
    public static async Task ResetSequencesAsync(NpgsqlConnection connection, IEnumerable<string> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            var sql = Mesa.Infrastructure.Database.PostgresModel.HiLoSequences.TryGetValue(table, out var hilo)
                // Hi-lo hands out the ids from each value on: the next value starts past the last id.
                ? $"SELECT setval('{hilo}', COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)"
                : $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"{table}\"), 1))";
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteScalarAsync(ct);
        }
    }
}
