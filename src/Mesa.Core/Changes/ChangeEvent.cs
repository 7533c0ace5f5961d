using Mesa.Core.Common;

namespace Mesa.Core.Changes;

/// <summary>One line of a change's history.</summary>
public sealed class ChangeEvent : HistoryLine<ChangeEventKind, ChangeState>
{
    private ChangeEvent()
    {
    }

    internal ChangeEvent(ChangeEventKind kind, long actorId, DateTimeOffset at, ChangeState? from, ChangeState to, string? note)
        : base(kind, actorId, at, from, to, note)
    {
    }

    /// <summary>The mail-send job sent one of the change's e-mails (the note says to whom), in the change's history.</summary>
    internal static ChangeEvent MailSent(long changeId, long actorId, DateTimeOffset at, ChangeState state, string recipients) =>
        new(ChangeEventKind.MailSent, actorId, at, state, state, recipients) { ChangeId = changeId };

    public long ChangeId { get; private set; }
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

    /// <summary>Guía §15.1 Notificar: an agent wrote to people of the change (the note is the message).</summary>
    Noticed,
}
