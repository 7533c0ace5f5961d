namespace Mesa.Core.Tickets;

/// <summary>An entry of the Investigación tab (Guía §14.3).</summary>
public sealed class TicketAction
{
    private TicketAction()
    {
    }

    internal TicketAction(TicketActionKind kind, string text, bool published, long authorId, DateTimeOffset at)
    {
        Kind = kind;
        Text = text;
        Published = published;
        AuthorId = authorId;
        At = at;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public TicketActionKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>"Acción publicada": the requester sees it in the portal.</summary>
    public bool Published { get; private set; }

    public long AuthorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The minutes of work the author says the action took, when they said.</summary>
    public int? MinutesSpent { get; private set; }

    internal void Spent(int minutes) => MinutesSpent = minutes;

    /// <summary>A held mail becomes what an agent judged it to be.</summary>
    internal void Become(TicketActionKind kind, bool published)
    {
        Kind = kind;
        Published = published;
    }
}
