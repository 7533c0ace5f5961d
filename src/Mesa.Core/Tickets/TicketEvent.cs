namespace Mesa.Core.Tickets;

/// <summary>
/// One append-only line of a ticket's history: who did what, when, from which state/substate to which, and why.
/// Written in the same transaction as the change it describes; never updated or deleted.
/// </summary>
public sealed class TicketEvent
{
    private TicketEvent()
    {
    }

    internal TicketEvent(TicketEventKind kind, long actorId, DateTimeOffset at, string? note, bool published)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        Note = note;
        Published = published;
    }

    /// <summary>
    /// An e-mail of the outbox went out. Written by the mail-send job beside the notification it
    /// marks as sent, without loading the ticket (the history is append-only).
    /// </summary>
    internal static TicketEvent MailSent(long ticketId, long actorId, DateTimeOffset at, string kind, string recipients) =>
        new(TicketEventKind.NotificationSent, actorId, at, recipients, published: false)
        {
            TicketId = ticketId,
            Field = "mail",
            NewValue = kind,
        };

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public TicketEventKind Kind { get; private set; }

    public long ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public TicketState? FromState { get; internal set; }

    public TicketState? ToState { get; internal set; }

    public string? FromSubstate { get; internal set; }

    public string? ToSubstate { get; internal set; }

    /// <summary>For <see cref="TicketEventKind.FieldChanged"/> and assignments: which field, and its values as shown.</summary>
    public string? Field { get; internal set; }

    public string? OldValue { get; internal set; }

    public string? NewValue { get; internal set; }

    public string? Note { get; private set; }

    /// <summary>Whether the requester sees this line in the portal.</summary>
    public bool Published { get; private set; }

    /// <summary>Whether the requester also sees the note (reasons of internal moves stay internal).</summary>
    public bool NotePublished { get; internal set; }
}
