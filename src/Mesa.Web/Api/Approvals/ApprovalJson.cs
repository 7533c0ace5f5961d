using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Approvals;

/// <summary>A ticket's approval flow (Guía §14.2 "Flujo de trabajo actual"), instants in the organisation's zone.</summary>
public sealed record ApprovalFlowJson(string Flow, ApprovalFlowState State, int? CurrentStep, IReadOnlyList<ApprovalStepJson> Steps)
{
    public static ApprovalFlowJson From(ApprovalFlowView flow, OrganisationTime time)
    {
        DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? time.ToLocal(value) : null;
        return new(flow.Flow, flow.State, flow.Current?.Position, flow.Steps.Select(s => new ApprovalStepJson(s.Position,
            s.Name, s.Kind, s.ApproverUserName, s.ApproverName, s.State, s.SkipReason, Local(s.RequestedAt), Local(s.DueAt),
            Local(s.DecidedAt), s.Note, s.TimedOut, s.Reminders)).ToList());
    }
}

public sealed record ApprovalStepJson(int Position, string Name, ApproverKind Approver, string? ApproverUserName,
    string? ApproverName, TicketApprovalState State, ApprovalSkipReason? Skipped, DateTimeOffset? RequestedAt,
    DateTimeOffset? DueAt, DateTimeOffset? DecidedAt, string? Note, bool TimedOut, int Reminders);

/// <summary>A decision waiting for the caller.</summary>
public sealed record PendingApprovalJson(TicketRefJson Ticket, string Title, string Requester, string? Service,
    string? Category, string Step, int Position, int Steps, DateTimeOffset RequestedAt, DateTimeOffset? DueAt);

public sealed record TicketRefJson(long Id, string Code);

/// <summary>The request as its approver reads it.</summary>
public sealed record ApprovalRequestJson(TicketRefJson Ticket, TicketType Type, string Title, string Description,
    string Requester, string? Service, string? Category, DateTimeOffset CreatedAt, IReadOnlyList<FieldAnswer> Fields,
    ApprovalFlowJson Approval);

/// <summary>A flow as its administrator keeps it.</summary>
public sealed record ApprovalFlowAdminJson(int Id, string Name, string? Description, bool Active,
    IReadOnlyList<ApprovalFlowStepJson> Steps);

public sealed record ApprovalFlowStepJson(string Name, ApproverKind Approver, string? Person, int? ReminderHours,
    int? TimeoutHours, ApprovalTimeoutOutcome OnTimeout);
