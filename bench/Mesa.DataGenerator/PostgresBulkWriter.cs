using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Mesa.DataGenerator;

/// <summary>Binary COPY: the fastest way into PostgreSQL, typed by the EF Core mapping of each column.</summary>
public sealed class PostgresBulkWriter(MesaDbContext db, NpgsqlConnection connection) : IBulkWriter
{
    private readonly Dictionary<Type, (TableShape Shape, NpgsqlDbType?[] Types)> _shapes = [];

    public async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        if (!_shapes.TryGetValue(typeof(T), out var entry))
        {
            var shape = TableShape.Of<T>(db);
            var types = shape.Columns.Select(c => (c.Property.GetRelationalTypeMapping() as
                Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.Mapping.NpgsqlTypeMapping)?.NpgsqlDbType).ToArray();
            _shapes[typeof(T)] = entry = (shape, types);
        }

        var columns = string.Join(", ", entry.Shape.Columns.Select(c => $"\"{c.Name}\""));
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY \"{entry.Shape.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        // The synchronous writes buffer in memory and are several times faster than one await per value.
        foreach (var row in rows)
        {
            import.StartRow();
            for (var i = 0; i < entry.Shape.Columns.Count; i++)
            {
                var value = entry.Shape.Columns[i].ValueOf(row);
                if (value is null) import.WriteNull();
                else if (entry.Types[i] is { } type) import.Write(value, type);
                else import.Write(value);
            }
        }

        await import.CompleteAsync(ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Moves each identity sequence past the ids written by hand.</summary>
    public static async Task ResetSequencesAsync(NpgsqlConnection connection, IEnumerable<string> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"{table}\"), 1))",
                connection);
            await command.ExecuteScalarAsync(ct);
        }
    }
}
