namespace Mesa.Core.Approvals;

/// <summary>A ticket's approval flow as the General tab and the API show it (Guía §14.2 "Flujo de trabajo actual").</summary>
public sealed record ApprovalFlowView(string Flow, ApprovalFlowState State, IReadOnlyList<ApprovalStepView> Steps)
{
    /// <summary>The step now waiting for its approver, if any.</summary>
    public ApprovalStepView? Current => State == ApprovalFlowState.Pending
        ? Steps.FirstOrDefault(s => s.State == TicketApprovalState.Pending)
        : null;
}

/// <summary>One step of a ticket's flow: who decides it, and what they decided.</summary>
public sealed record ApprovalStepView(
    long Id,
    int Position,
    string Name,
    ApproverKind Kind,
    string? ApproverUserName,
    string? ApproverName,
    TicketApprovalState State,
    ApprovalSkipReason? SkipReason,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DecidedAt,
    string? Note,
    bool TimedOut,
    int Reminders);

/// <summary>A decision waiting for someone: the line of their list of approvals.</summary>
public sealed record PendingApproval(
    long TicketId,
    string Code,
    string Title,
    string Requester,
    string? Service,
    string? Category,
    string Step,
    int Position,
    int Steps,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DueAt);

/// <summary>What an approver reads before deciding: the request as its requester wrote it, and the flow.</summary>
public sealed record ApprovalRequestView(
    long TicketId,
    string Code,
    Tickets.TicketType Type,
    string Title,
    string Description,
    string Requester,
    string? Service,
    string? Category,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Tickets.FieldAnswer> Fields,
    ApprovalFlowView Flow);
