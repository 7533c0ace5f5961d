using System.Data.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mesa.Core.Common;

/// <summary>
/// The consecutive numbers of a year behind the codes people cite ("REQ 2026-000123", "RFC 2026-000001"). The counter
/// row is incremented inside the caller's transaction, so concurrent registrations queue on its row lock (PostgreSQL)
/// or on the write lock (SQLite) and a rolled-back registration gives its number back.
/// </summary>
public static class YearlyNumbers
{
    /// <summary>The next number of <paramref name="year"/> in a counter table (year, last_value).</summary>
    public static async Task<long> NextAsync(MesaDbContext db, string table, int year, CancellationToken ct)
    {
        await using var command = Command(db, year, 1,
            $"INSERT INTO {table} (year, last_value) VALUES (@year, @value) " +
            $"ON CONFLICT (year) DO UPDATE SET last_value = {table}.last_value + 1 RETURNING last_value");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    /// <summary>
    /// Moves a year's counter to at least <paramref name="value"/>, so that the next number comes after it: for codes
    /// written elsewhere and brought in (an import from the desk before Mesa).
    /// </summary>
    public static async Task AtLeastAsync(MesaDbContext db, string table, int year, long value, CancellationToken ct)
    {
        await using var command = Command(db, year, value,
            $"INSERT INTO {table} (year, last_value) VALUES (@year, @value) ON CONFLICT (year) DO UPDATE " +
            $"SET last_value = CASE WHEN {table}.last_value < excluded.last_value THEN excluded.last_value ELSE {table}.last_value END");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A statement on a counter inside the caller's transaction, where a rolled-back caller gives its numbers back.</summary>
    /// <remarks>The table is one of the model's own counter tables, never a caller's text.</remarks>
    private static DbCommand Command(MesaDbContext db, int year, long value, string sql)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A counter is moved only inside the transaction of what uses its numbers.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        AddParameter(command, "@year", year);
        AddParameter(command, "@value", value);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
