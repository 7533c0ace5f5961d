using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Tickets;

/// <summary>Hands out "REQ 2026-000123" codes: consecutive per year in the organisation's zone, never reused.</summary>
public sealed class TicketCodes(MesaDbContext db, OrganisationTime time, IOptions<MesaSettings> settings)
{
    public async Task<string> NextAsync(DateTimeOffset registeredAt, CancellationToken ct)
    {
        var year = time.ToLocal(registeredAt).Year;
        var value = await YearlyNumbers.NextAsync(db, "ticket_counters", year, ct);
        return Format(settings.Value.TicketPrefix, year, value);
    }

    public static string Format(string prefix, int year, long value) => $"{prefix} {year}-{value:D6}";
}
