namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §11.5 "Información adicional": a ticket cites a knowledge article, a problem or the change that solves it.
/// One row per ticket and record cited, with who linked it and when (the ticket's history says it too).
/// </summary>
public sealed class TicketReference
{
    private TicketReference()
    {
    }

    internal TicketReference(TicketReferenceKind kind, long targetId, long byId, DateTimeOffset at)
    {
        Kind = kind;
        TargetId = targetId;
        CreatedById = byId;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public TicketReferenceKind Kind { get; private set; }

    /// <summary>The article's or the problem's id, as <see cref="Kind"/> says.</summary>
    public long TargetId { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>What a <see cref="TicketReference"/> points at.</summary>
public enum TicketReferenceKind
{
    Article,
    Problem,

    /// <summary>A change (RFC) that solves the ticket.</summary>
    Change,
}
