using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Tasks;

namespace Mesa.Web.Api.Changes;

/// <summary>A change as the API shows it. Instants in the organisation's zone, with their offset.</summary>
public sealed record ChangeJson(
    long Id, string Code, string Title, string Description, string? Reason, ChangeType Type, ChangeRisk Risk, Level Impact,
    string? Service, string? Category, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd,
    string? ImplementationPlan, string? BackoutPlan, string? TestPlan, ChangeState State, ReviewOutcome? ReviewOutcome,
    string? Group, string? Agent, ChangeTeamJson Team, ApprovalRule ApprovalRule, int? Quorum, int ApprovalsNeeded,
    IReadOnlyList<string> Approvers, IReadOnlyList<ChangeApprovalJson> Approvals, IReadOnlyList<SolvedTicketJson> Tickets,
    IReadOnlyList<SolvedProblemJson> Problems, IReadOnlyList<TaskJson> Tasks, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt, string Version, IReadOnlyList<ChangeHistoryJson> History)
{
    /// <summary>
    /// Only in the answer to the step that applied the change: the linked tickets it left unresolved (not assigned to
    /// anyone yet, or with open tasks), by code.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? TicketsNotResolved { get; init; }

    public static ChangeJson From(ChangeDetails c, OrganisationTime time) => new(c.Id, c.Code, c.Title, c.Description, c.Reason,
        c.Type, c.Risk, c.Impact, c.Service, c.Category, Local(c.PlannedStart, time), Local(c.PlannedEnd, time),
        c.ImplementationPlan, c.BackoutPlan, c.TestPlan, c.State, c.ReviewOutcome, c.Group?.Key, c.Agent?.Key,
        new ChangeTeamJson(c.TeamAgents.Select(a => a.Key).ToList(), c.TeamGroups.Select(g => g.Key).ToList()),
        c.ApprovalRule, c.ApprovalRule == ApprovalRule.Quorum ? c.Quorum : null, c.ApprovalsNeeded,
        c.Approvals.Select(a => a.ApproverUserName).ToList(),
        c.Approvals.Select(a => new ChangeApprovalJson(a.ApproverUserName, a.Approver, a.Decision, a.Note, Local(a.At, time))).ToList(),
        c.Tickets.Select(t => new SolvedTicketJson(t.Id, t.Code, t.Title, t.State)).ToList(),
        c.Problems.Select(p => new SolvedProblemJson(p.Id, p.Code, p.Title, p.State)).ToList(),
        c.Tasks.Select(t => TaskJson.From(t, time)).ToList(), c.CreatedBy, time.ToLocal(c.CreatedAt), time.ToLocal(c.UpdatedAt),
        Local(c.ClosedAt, time), c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        c.History.Select(e => new ChangeHistoryJson(time.ToLocal(e.At), e.ActorUserName, e.By, e.Kind, e.FromState, e.ToState, e.Note))
            .ToList());

    internal static DateTimeOffset? Local(DateTimeOffset? instant, OrganisationTime time) =>
        instant is { } at ? time.ToLocal(at) : null;
}

/// <summary>One line of the change's history, oldest first.</summary>
public sealed record ChangeHistoryJson(DateTimeOffset At, string Actor, string ActorName, ChangeEventKind Kind,
    ChangeState? FromState, ChangeState ToState, string? Note);

public sealed record ChangeTeamJson(IReadOnlyList<string> Agents, IReadOnlyList<string> Groups);

/// <summary>One approver and, once given, their decision (null while they have not decided).</summary>
public sealed record ChangeApprovalJson(string Approver, string ApproverName, ApprovalDecision? Decision, string? Note,
    DateTimeOffset? At);

public sealed record SolvedTicketJson(long Id, string Code, string Title, TicketState State);

public sealed record SolvedProblemJson(long Id, string Code, string Title, Core.Problems.ProblemState State);

/// <summary>A change in a list.</summary>
public sealed record ChangeSummaryJson(long Id, string Code, string Title, ChangeType Type, ChangeRisk Risk, ChangeState State,
    string? Group, string? Agent, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ChangeSummaryJson From(ChangeSummary c, OrganisationTime time) => new(c.Id, c.Code, c.Title, c.Type, c.Risk,
        c.State, c.Group, c.Agent, ChangeJson.Local(c.PlannedStart, time), ChangeJson.Local(c.PlannedEnd, time),
        time.ToLocal(c.CreatedAt), time.ToLocal(c.UpdatedAt));
}
