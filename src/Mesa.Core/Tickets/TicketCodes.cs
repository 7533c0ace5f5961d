using System.Data.Common;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Tickets;

/// <summary>
/// Hands out "REQ 2026-000123" codes: consecutive per year in the organisation's zone, never reused. The counter row
/// is incremented inside the caller's transaction, so concurrent registrations queue on its row lock (PostgreSQL) or
/// on the write lock (SQLite) and a rolled-back registration gives its number back.
/// </summary>
public sealed class TicketCodes(MesaDbContext db, OrganisationTime time, IOptions<MesaSettings> settings)
{
    private const string NextValueSql =
        "INSERT INTO ticket_counters (year, last_value) VALUES (@year, 1) " +
        "ON CONFLICT (year) DO UPDATE SET last_value = ticket_counters.last_value + 1 " +
        "RETURNING last_value";

    public async Task<string> NextAsync(DateTimeOffset registeredAt, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A ticket code is taken inside the registration's transaction.");
        var year = time.ToLocal(registeredAt).Year;

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = NextValueSql;
        AddParameter(command, "@year", year);
        var value = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        return Format(settings.Value.TicketPrefix, year, value);
    }

    public static string Format(string prefix, int year, long value) => $"{prefix} {year}-{value:D6}";

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
