using Mesa.Core.Sla;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;

namespace Mesa.Core.Changes;

/// <summary>Guía §11 "Pestaña Cambios y entregas": which changes a list or a panel card shows.</summary>
public enum ChangeView
{
    /// <summary>Visión general: every change not closed.</summary>
    AllOpen,

    /// <summary>Asignados a mí: I am the change's responsible agent.</summary>
    AssignedToMe,

    /// <summary>Asignados a mis grupos: its responsible group is one of mine.</summary>
    MyGroups,

    /// <summary>En mi equipo de trabajo: I am in its work team (new and closed ones are left out).</summary>
    MyTeam,

    /// <summary>En mis grupos en equipo de trabajo: one of my groups is in its work team (new and closed left out).</summary>
    MyGroupsTeam,
}

public sealed record ChangeFilter(ChangeView View = ChangeView.AllOpen, ChangeState? State = null, ChangeType? Type = null,
    ChangeRisk? Risk = null, string? Query = null, bool IncludeClosed = false, int Page = 1, ChangeSort Sort = ChangeSort.Newest);

/// <summary>How a list of changes is ordered.</summary>
public enum ChangeSort
{
    Newest,
    Oldest,

    /// <summary>The nearest planned window first; changes without one last.</summary>
    Window,

    /// <summary>The latest changed first.</summary>
    UpdatedAt,
}

public sealed record ChangeSummary(long Id, string Code, string Title, ChangeType Type, ChangeRisk Risk, ChangeState State,
    string? Group, string? Agent, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The changes of one view of the panel, per state.</summary>
public sealed record ChangeCounters(IReadOnlyDictionary<ChangeState, int> ByState);

public sealed record ChangeApprovalLine(string ApproverUserName, string Approver, ApprovalDecision? Decision, string? Note,
    DateTimeOffset? At);

public sealed record ChangeHistoryEntry(DateTimeOffset At, string ActorUserName, string By, ChangeEventKind Kind,
    ChangeState? FromState, ChangeState ToState, string? Note);

public sealed record NamedRef(string Key, string Name);

public sealed record SolvedTicket(long Id, string Code, string Title, TicketState State);

public sealed record SolvedProblem(long Id, string Code, string Title, Problems.ProblemState State);

/// <summary>A change as its page and the API show it.</summary>
public sealed record ChangeDetails(
    long Id, string Code, string Title, string Description, string? Reason, ChangeType Type, ChangeRisk Risk, Level Impact,
    string? Service, string? Category, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd,
    string? ImplementationPlan, string? BackoutPlan, string? TestPlan, ChangeState State, ReviewOutcome? ReviewOutcome,
    NamedRef? Group, NamedRef? Agent, IReadOnlyList<NamedRef> TeamAgents, IReadOnlyList<NamedRef> TeamGroups,
    ApprovalRule ApprovalRule, int Quorum, int ApprovalsNeeded, IReadOnlyList<ChangeApprovalLine> Approvals,
    IReadOnlyList<SolvedTicket> Tickets, IReadOnlyList<SolvedProblem> Problems, IReadOnlyList<TaskSummary> Tasks,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt, long Version,
    IReadOnlyList<ChangeHistoryEntry> History)
{
    public bool IsOpen => State is not (ChangeState.Rejected or ChangeState.Closed);
}

/// <summary>What a person or a program sends to register a change, by names (resolved by the service).</summary>
public sealed record NewChange(string? Title, string? Description, ChangeType Type, ChangeRisk Risk)
{
    public string? Reason { get; init; }

    public Level Impact { get; init; } = Level.Medium;

    public string? Service { get; init; }

    public string? Category { get; init; }

    public DateTimeOffset? PlannedStart { get; init; }

    public DateTimeOffset? PlannedEnd { get; init; }

    public string? ImplementationPlan { get; init; }

    public string? BackoutPlan { get; init; }

    public string? TestPlan { get; init; }

    public string? Group { get; init; }

    public string? Agent { get; init; }

    public IReadOnlyList<string> TeamAgents { get; init; } = [];

    public IReadOnlyList<string> TeamGroups { get; init; } = [];

    public IReadOnlyList<string> Approvers { get; init; } = [];

    public ApprovalRule ApprovalRule { get; init; } = ApprovalRule.All;

    public int Quorum { get; init; }

    /// <summary>The tickets (id or code) the change solves; each cites it from its Información adicional.</summary>
    public IReadOnlyList<string> Tickets { get; init; } = [];

    /// <summary>The problems (id or PRB code) the change solves.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>Why someone belongs to a change, for its Notificar.</summary>
public enum ChangePersonRole
{
    Responsible,
    ResponsibleGroup,
    Team,
    Approver,
    Author,
    Requester,
}

/// <summary>Someone a change's Notificar may write to.</summary>
public sealed record ChangePerson(long Id, string UserName, string DisplayName, ChangePersonRole Role);
