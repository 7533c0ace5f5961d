namespace Mesa.Core.Following;

/// <summary>
/// One line of an agent's bell: what changed on a ticket they work or follow, written in the same save as the change
/// (as its e-mail is), read in the console until they mark it read.
/// </summary>
public sealed class BellNotification
{
    private BellNotification()
    {
    }

    internal BellNotification(long userId, Tickets.Ticket ticket, BellKind kind, long actorId, DateTimeOffset at)
    {
        UserId = userId;
        Ticket = ticket;
        Kind = kind;
        ActorId = actorId;
        At = at;
    }

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public long TicketId { get; private set; }

    public Tickets.Ticket? Ticket { get; private set; }

    public BellKind Kind { get; private set; }

    /// <summary>Who made the change (the system account for the sweep and the clock).</summary>
    public long ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
