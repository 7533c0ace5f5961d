namespace Mesa.Core.Tickets;

/// <summary>A ticket is addressed by its numeric id or by its code ("REQ 2026-000123").</summary>
public static class TicketLookup
{
    public static IQueryable<Ticket> Match(IQueryable<Ticket> tickets, string idOrCode)
    {
        var key = idOrCode.Trim();
        if (long.TryParse(key, out var id) && id > 0) return tickets.Where(t => t.Id == id);
        var code = key.ToUpperInvariant();
        return tickets.Where(t => t.Code == code);
    }
}
