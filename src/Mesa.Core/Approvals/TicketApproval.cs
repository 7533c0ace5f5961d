using Mesa.Core.People;

namespace Mesa.Core.Approvals;

/// <summary>Where a step of a ticket's approval flow stands.</summary>
public enum TicketApprovalState
{
    /// <summary>Its turn has not come.</summary>
    Upcoming,

    /// <summary>Its approver has been asked and has not answered.</summary>
    Pending,

    Approved,

    Rejected,

    /// <summary>Nobody could decide it (no manager, no owner, an inactive account, the requester themself).</summary>
    Skipped,

    /// <summary>The flow ended before its turn (an earlier step rejected, an agent rejected the ticket).</summary>
    Cancelled,
}

/// <summary>Why a step was skipped: said in the history and on the General tab.</summary>
public enum ApprovalSkipReason
{
    NoApprover,
    ApproverInactive,
    ApproverIsRequester,
}

/// <summary>
/// One step of a ticket's approval flow, copied from the flow when the ticket was registered (a flow edited later does
/// not change a ticket already waiting), with its approver, the reminders sent and the decision.
/// </summary>
public sealed class TicketApproval
{
    public const int NoteMaxLength = 2_000;

    private TicketApproval()
    {
    }

    internal TicketApproval(ApprovalFlowStep step, User? approver, ApprovalSkipReason? skip)
    {
        Position = step.Position;
        StepName = step.Name;
        Kind = step.Kind;
        ApproverId = skip is null ? approver?.Id : null;
        ApproverName = skip is null ? approver?.DisplayName : null;
        SkipReason = approver is null ? ApprovalSkipReason.NoApprover : skip;
        ReminderHours = step.ReminderHours;
        TimeoutHours = step.TimeoutHours;
        OnTimeout = step.OnTimeout;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public int Position { get; private set; }

    public string StepName { get; private set; } = "";

    public ApproverKind Kind { get; private set; }

    public long? ApproverId { get; private set; }

    /// <summary>The approver's name when the step was planned, as the history shows it.</summary>
    public string? ApproverName { get; private set; }

    /// <summary>Why nobody can decide this step; null when it has an approver.</summary>
    public ApprovalSkipReason? SkipReason { get; private set; }

    public TicketApprovalState State { get; private set; } = TicketApprovalState.Upcoming;

    public int? ReminderHours { get; private set; }

    public int? TimeoutHours { get; private set; }

    public ApprovalTimeoutOutcome OnTimeout { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    /// <summary>When the next reminder goes out; null when none will.</summary>
    public DateTimeOffset? NextReminderAt { get; private set; }

    /// <summary>When the step decides by itself; null when it waits for ever.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public int Reminders { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Who decided: the approver, or the system when the step timed out.</summary>
    public long? DecidedById { get; private set; }

    public bool TimedOut { get; private set; }

    public string? Note { get; private set; }

    internal void Ask(DateTimeOffset at)
    {
        State = TicketApprovalState.Pending;
        RequestedAt = at;
        NextReminderAt = ReminderHours is { } every ? at.AddHours(every) : null;
        DueAt = TimeoutHours is { } timeout ? at.AddHours(timeout) : null;
    }

    internal void Skip() => State = TicketApprovalState.Skipped;

    internal void Cancel() => State = TicketApprovalState.Cancelled;

    internal void Remind()
    {
        Reminders++;
        NextReminderAt = NextReminderAt!.Value.AddHours(ReminderHours!.Value);
        // A reminder after the step has decided by itself would ask for nothing.
        if (NextReminderAt >= DueAt) NextReminderAt = null;
    }

    internal void Decide(bool approve, string? note, long by, DateTimeOffset at, bool timedOut = false)
    {
        State = approve ? TicketApprovalState.Approved : TicketApprovalState.Rejected;
        Note = note;
        DecidedAt = at;
        DecidedById = by;
        TimedOut = timedOut;
        NextReminderAt = null;
        DueAt = null;
    }
}

/// <summary>Where a ticket's approval flow as a whole stands.</summary>
public enum ApprovalFlowState
{
    /// <summary>The ticket needs no approval.</summary>
    None,

    /// <summary>Waiting for a step: the ticket is not assigned, its clock is stopped.</summary>
    Pending,

    /// <summary>Every step approved (or skipped): the ticket goes on to the assignment.</summary>
    Approved,

    /// <summary>A step rejected: the ticket was rejected with that reason.</summary>
    Rejected,

    /// <summary>An agent ended the ticket while it waited (rejected it).</summary>
    Withdrawn,
}
