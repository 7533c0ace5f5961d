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
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A code is taken inside the registration's transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        // The table is one of the model's own counter tables, never a caller's text.
        command.CommandText = $"INSERT INTO {table} (year, last_value) VALUES (@year, 1) " +
            $"ON CONFLICT (year) DO UPDATE SET last_value = {table}.last_value + 1 RETURNING last_value";
        AddParameter(command, "@year", year);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
