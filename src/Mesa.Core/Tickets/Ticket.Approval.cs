using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>
/// The request's approval flow (Guía §14.2 "Flujo de trabajo actual"): a template or a category may require that some
/// people approve a request before it is assigned. Meanwhile the ticket stays Nueva in the clock-stopping substate
/// "Pendiente de aprobación", which the assignment leaves alone; one rejection rejects the ticket with the approver's
/// reason, told to the requester.
/// </summary>
public sealed partial class Ticket
{
    private readonly List<TicketApproval> _approvals = [];

    public ApprovalFlowState ApprovalState { get; private set; } = ApprovalFlowState.None;

    /// <summary>The flow's name when the ticket started it.</summary>
    public string? ApprovalFlowName { get; private set; }

    /// <summary>The steps of the flow; loaded only by the approval use cases.</summary>
    public IReadOnlyList<TicketApproval> Approvals => _approvals;

    public bool AwaitingApproval => ApprovalState == ApprovalFlowState.Pending;

    /// <summary>
    /// Starts the flow of a new ticket: the steps in order, each with the approver found for it (or the reason nobody
    /// can decide it, and then it is skipped); the first step that has an approver is asked at once.
    /// </summary>
    public void StartApproval(string flowName, IReadOnlyList<TicketApproval> steps, Substate pendingApproval, Actor by,
        DateTimeOffset at)
    {
        Require(State == TicketState.New && ApprovalState == ApprovalFlowState.None, Rules.ApprovalAlreadyStarted);
        Require(steps.Count > 0, Rules.ApprovalFlowNeedsSteps);
        ApprovalFlowName = flowName;
        _approvals.AddRange(steps.OrderBy(s => s.Position));
        ApprovalState = ApprovalFlowState.Pending;
        Record(new TicketEvent(TicketEventKind.ApprovalStarted, by.Id, at, null, published: true)
        {
            Field = "approval",
            NewValue = flowName,
        });
        if (AskNextApprover(by, at)) ChangeSubstate(pendingApproval, null, by, at, published: true);
        else FinishApproval(by, at);
    }

    /// <summary>
    /// The approver of the step now asked decides: approving asks the next step (or ends the flow, and the ticket goes
    /// on to the assignment); rejecting needs the reason, which rejects the ticket and is told to the requester.
    /// </summary>
    public TicketApproval DecideApproval(bool approve, string? note, Actor by, DateTimeOffset at)
    {
        Require(AwaitingApproval, Rules.ApprovalNotWaiting);
        var step = _approvals.FirstOrDefault(a => a.State == TicketApprovalState.Pending && a.ApproverId == by.Id);
        Require(step is not null, Rules.ApprovalNotYours);
        var reason = approve
            ? InputText.Optional("note", note, TicketApproval.NoteMaxLength)
            : RequireWords(note, "note", Rules.ApprovalRejectNeedsReason, TicketApproval.NoteMaxLength);
        Decided(step!, approve, reason, by, at, timedOut: false);
        return step!;
    }

    /// <summary>A step whose approver let its timeout pass decides what the flow says for it.</summary>
    public void TimeOutApproval(TicketApproval step, string reason, Actor system, DateTimeOffset at)
    {
        Require(AwaitingApproval && step.State == TicketApprovalState.Pending, Rules.ApprovalNotWaiting);
        Decided(step, step.OnTimeout == ApprovalTimeoutOutcome.Approve, reason, system, at, timedOut: true);
    }

    /// <summary>
    /// Writes to the approver again about the step still waiting for them. Not a change of the ticket (its version
    /// stays), so that a page the approver opened before the reminder still decides.
    /// </summary>
    public void RemindApprover(TicketApproval step, Actor system, DateTimeOffset at)
    {
        Require(AwaitingApproval && step.State == TicketApprovalState.Pending, Rules.ApprovalNotWaiting);
        step.Remind();
        _notifications.Add(new Notification(NotificationKind.ApprovalReminder, step.ApproverId, null, null, at));
        Record(new TicketEvent(TicketEventKind.ApprovalReminded, system.Id, at, null, published: false)
        {
            Field = "approval",
            OldValue = step.StepName,
            NewValue = step.ApproverName,
        });
    }

    private void Decided(TicketApproval step, bool approve, string? reason, Actor by, DateTimeOffset at, bool timedOut)
    {
        step.Decide(approve, reason, by.Id, at, timedOut);
        Record(new TicketEvent(approve ? TicketEventKind.ApprovalGiven : TicketEventKind.ApprovalRefused, by.Id, at,
            reason, published: true)
        {
            Field = "approval",
            OldValue = step.StepName,
            NewValue = step.ApproverName,
            NotePublished = true,
        });

        if (!approve)
        {
            ApprovalState = ApprovalFlowState.Rejected;
            foreach (var later in _approvals.Where(a => a.State == TicketApprovalState.Upcoming)) later.Cancel();
            MoveTo(TicketState.Rejected, TicketEventKind.Rejected, reason, by, at, notePublished: true);
            FirstLineService = reason;
            Notify(NotificationKind.Rejection, null, by, at);
        }
        else if (!AskNextApprover(by, at))
        {
            FinishApproval(by, at);
            ChangeSubstate(null, null, by, at, published: true);
        }

        Touch(by, at);
    }

    /// <summary>Asks the next step that has an approver, skipping (in the history) those that have none.</summary>
    private bool AskNextApprover(Actor by, DateTimeOffset at)
    {
        foreach (var step in _approvals.Where(a => a.State == TicketApprovalState.Upcoming).OrderBy(a => a.Position))
        {
            if (step.SkipReason is { } skip)
            {
                step.Skip();
                Record(new TicketEvent(TicketEventKind.ApprovalSkipped, by.Id, at, null, published: true)
                {
                    Field = "approval",
                    OldValue = step.StepName,
                    NewValue = skip.ToString(),
                });
                continue;
            }

            step.Ask(at);
            _notifications.Add(new Notification(NotificationKind.ApprovalRequest, step.ApproverId, null, null, at));
            Record(new TicketEvent(TicketEventKind.ApprovalRequested, by.Id, at, null, published: true)
            {
                Field = "approval",
                OldValue = step.StepName,
                NewValue = step.ApproverName,
            });
            return true;
        }

        return false;
    }

    private void FinishApproval(Actor by, DateTimeOffset at)
    {
        ApprovalState = ApprovalFlowState.Approved;
        Record(new TicketEvent(TicketEventKind.ApprovalFinished, by.Id, at, null, published: true)
        {
            Field = "approval",
            NewValue = ApprovalFlowName,
        });
    }

    /// <summary>An agent ended the ticket while its flow waited: the flow ends with it.</summary>
    private void WithdrawApproval()
    {
        if (!AwaitingApproval) return;
        ApprovalState = ApprovalFlowState.Withdrawn;
        foreach (var open in _approvals.Where(a => a.State is TicketApprovalState.Pending or TicketApprovalState.Upcoming))
            open.Cancel();
    }
}
