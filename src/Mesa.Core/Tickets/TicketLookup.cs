namespace Mesa.Core.Tickets;

/// <summary>The tickets a <see cref="TicketRef"/> addresses: none or one.</summary>
public static class TicketLookup
{
    public static IQueryable<Ticket> Match(IQueryable<Ticket> tickets, TicketRef ticketRef) =>
        ticketRef.Id is { } id ? tickets.Where(t => t.Id == id) : tickets.Where(t => t.Code == ticketRef.Code);
}
