using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NpgsqlMapping = Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.Mapping.NpgsqlTypeMapping;

namespace Mesa.Infrastructure.Database;

/// <summary>Binary COPY, the fastest way into PostgreSQL, typed by the EF Core mapping of each column.</summary>
public static class PostgresCopy
{
    /// <summary>The PostgreSQL type of a column as EF Core maps it (null: let Npgsql infer it from the value).</summary>
    public static NpgsqlDbType? TypeOf(TableShape.Column column) => (column.Property.GetRelationalTypeMapping() as NpgsqlMapping)?.NpgsqlDbType;

    /// <summary>Writes rows of provider values, in the order of <see cref="TableShape.Columns"/>.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, TableShape shape, IEnumerable<object?[]> rows,
        CancellationToken ct)
    {
        var types = shape.Columns.Select(TypeOf).ToArray();
        var columns = string.Join(", ", shape.Columns.Select(c => $"\"{c.Name}\""));
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY \"{shape.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        // The synchronous writes buffer in memory and are several times faster than one await per value.
        foreach (var row in rows)
        {
            import.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is not { } value) import.WriteNull();
                else if (types[i] is { } type) import.Write(value, type);
                else import.Write(value);
            }
        }

        await import.CompleteAsync(ct);
    }
}
