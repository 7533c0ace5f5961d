namespace Mesa.Core.Following;

/// <summary>
/// An agent follows a ticket they do not work (a colleague's case, one a supervisor watches): its changes reach their
/// bell. Personal, so it is not a change of the ticket and not in its history.
/// </summary>
public sealed class TicketFollow
{
    private TicketFollow()
    {
    }

    public TicketFollow(long ticketId, long userId, DateTimeOffset since)
    {
        TicketId = ticketId;
        UserId = userId;
        Since = since;
    }

    public long TicketId { get; private set; }

    public long UserId { get; private set; }

    public DateTimeOffset Since { get; private set; }
}
