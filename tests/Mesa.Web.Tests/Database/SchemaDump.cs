using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mesa.Web.Tests.Database;

/// <summary>
/// A database's schema as sorted plain lines (tables, columns, keys, indexes, sequences, extensions), the same for
/// two databases that hold the same schema whatever the order their columns were added in. EF's own history table is
/// left out: its rows say how the schema was reached, not what it is.
/// </summary>
public static class SchemaDump
{
    private const string History = "__EFMigrationsHistory";

    public static async Task<IReadOnlyList<string>> PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        await ReadAsync(connection, lines, "extension", "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'");
        await ReadAsync(connection, lines, "column", $"""
            SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default,
                   is_identity, identity_generation
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '{History}'
            """);
        await ReadAsync(connection, lines, "constraint", $"""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"{History}"'
            """);
        await ReadAsync(connection, lines, "index", $"""
            SELECT indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '{History}'
            """);
        await ReadAsync(connection, lines, "sequence", """
            SELECT sequencename, data_type::text, start_value, increment_by FROM pg_sequences WHERE schemaname = 'public'
            """);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<IReadOnlyList<string>> SqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        await ReadAsync(connection, lines, "table", $"""
            SELECT name, instr(upper(sql), 'AUTOINCREMENT') > 0 FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{History}'
            """);
        await ReadAsync(connection, lines, "column", $"""
            SELECT m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM sqlite_master m, pragma_table_xinfo(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '{History}'
            """);
        await ReadAsync(connection, lines, "foreign key", $"""
            SELECT m.name, f."from", f."table", f."to", f.on_update, f.on_delete
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND m.name <> '{History}'
            """);
        // An index EF creates is named and has its statement; one a UNIQUE or PRIMARY KEY clause creates has neither.
        await ReadAsync(connection, lines, "index", $"""
            SELECT m.name, i.name, i."unique", i.origin, i.partial, x.sql,
                   (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno))
            FROM sqlite_master m, pragma_index_list(m.name) i
            LEFT JOIN sqlite_master x ON x.type = 'index' AND x.name = i.name
            WHERE m.type = 'table' AND m.name <> '{History}' AND i.origin = 'c'
            """);
        await ReadAsync(connection, lines, "key", $"""
            SELECT m.name, i.origin, i."unique",
                   (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno))
            FROM sqlite_master m, pragma_index_list(m.name) i
            WHERE m.type = 'table' AND m.name <> '{History}' AND i.origin <> 'c'
            """);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task ReadAsync(DbConnection connection, List<string> lines, string kind, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
            lines.Add($"{kind} | {string.Join(" | ", values)}");
        }
    }
}
