namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §14 "Información adicional – Incidencias/peticiones relacionadas": two tickets about the same thing (the same
/// fault reported twice, a request that follows another). Kept as one row on each side, so that each ticket lists its
/// relations by its own id.
/// </summary>
public sealed class TicketLink
{
    private TicketLink()
    {
    }

    internal TicketLink(long relatedTicketId, long byId, DateTimeOffset at)
    {
        RelatedTicketId = relatedTicketId;
        CreatedById = byId;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public long RelatedTicketId { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
