namespace Mesa.Core.Tickets;

/// <summary>
/// What a command added to a ticket (an action, a file) together with the ticket as it was saved, so that the caller
/// answers with both without reading either back.
/// </summary>
public sealed record TicketAddition<T>(Ticket Ticket, T Added);
