namespace Mesa.Core.Changes;

/// <summary>One append-only line of a change's history: who did what, when, from which state to which, and why.</summary>
public sealed class ChangeEvent
{
    private ChangeEvent()
    {
    }

    internal ChangeEvent(ChangeEventKind kind, long actorId, DateTimeOffset at, ChangeState? from, ChangeState to, string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        FromState = from;
        ToState = to;
        Note = note;
    }

    /// <summary>The mail-send job sent one of the change's e-mails (the note says to whom), in the change's history.</summary>
    internal static ChangeEvent MailSent(long changeId, long actorId, DateTimeOffset at, ChangeState state, string recipients) =>
        new(ChangeEventKind.MailSent, actorId, at, state, state, recipients) { ChangeId = changeId };

    public long Id { get; private set; }

    public long ChangeId { get; private set; }

    public ChangeEventKind Kind { get; private set; }

    public long ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ChangeState? FromState { get; private set; }

    public ChangeState ToState { get; private set; }

    public string? Note { get; private set; }
}

public enum ChangeEventKind
{
    Created,
    Evaluated,
    Submitted,
    Approved,
    Rejected,

    /// <summary>One approver's vote, before the rule decided.</summary>
    Voted,

    Scheduled,
    Started,
    Implemented,
    Reviewed,
    Closed,
    Edited,
    Rescheduled,
    Assigned,
    TeamChanged,

    /// <summary>A ticket or a problem linked to the change (the note names it), or unlinked.</summary>
    Linked,
    Unlinked,

    /// <summary>An e-mail about the change left (to an approver, or the committee's decision to its people).</summary>
    MailSent,
}
