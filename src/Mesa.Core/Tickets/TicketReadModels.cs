using Mesa.Core.Sla;

namespace Mesa.Core.Tickets;

/// <summary>A ticket as a reader sees it: names instead of ids, ready to show or to serialise.</summary>
public sealed record TicketDetails(
    long Id,
    string Code,
    TicketType Type,
    string Title,
    string Description,
    TicketState State,
    SubstateSummary? Substate,
    Origin Origin,
    DateTimeOffset CreatedAt,
    PersonSummary Requester,
    PersonSummary RegisteredBy,
    string? Service,
    string? Category,
    Level Impact,
    Level Urgency,
    Level Priority,
    string? Group,
    string? Agent,
    string? FirstLineService,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    ClosureResult? ClosureResult,
    int? Rating,
    string? ClosureComment,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    long Version,
    SlaSummary Sla)
{
    public IReadOnlyList<InformedUserSummary> InformedUsers { get; init; } = [];
}

/// <summary>The ANS of a ticket as stored (Guía §14.2 "Calendario / SLA", "Fecha respuesta / resolución").</summary>
public sealed record SlaSummary(
    string? Policy,
    string? Calendar,
    int? ResponseTargetMinutes,
    int? ResolutionTargetMinutes,
    DateTimeOffset? ResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? OriginalResponseDueAt,
    DateTimeOffset? OriginalResolutionDueAt,
    DateTimeOffset? RespondedAt,
    bool ResponseBreached,
    bool ResolutionBreached,
    bool ClockStopped,
    int? ResponseWorkingMinutes,
    int? ResolutionWorkingMinutes,
    int StoppedWorkingMinutes)
{
    /// <summary>"Caduca": recorded by the sla-check sweep, or already past due and unmet at this instant.</summary>
    public bool ResponseBreachedAt(DateTimeOffset now, bool open) =>
        ResponseBreached || (RespondedAt is null && open && ResponseDueAt < now);

    public bool ResolutionBreachedAt(DateTimeOffset now, bool working) =>
        ResolutionBreached || (working && ResolutionDueAt < now);
}

public sealed record SubstateSummary(string Code, string Name, bool StopsClock);

public sealed record PersonSummary(string UserName, string DisplayName, string? Email);

public sealed record InformedUserSummary(string UserName, string DisplayName, bool OnCreation, bool OnActions,
    bool OnResolution, bool OnClosure);

/// <summary>One line of the history (Guía §14.1).</summary>
public sealed record HistoryEntry(
    DateTimeOffset At,
    string Actor,
    TicketEventKind Kind,
    TicketState? FromState,
    TicketState? ToState,
    string? FromSubstate,
    string? ToSubstate,
    string? Field,
    string? OldValue,
    string? NewValue,
    string? Note);

/// <summary>One action of the Investigación tab (Guía §14.3).</summary>
public sealed record ActionEntry(long Id, TicketActionKind Kind, string Text, bool Published, string Author,
    DateTimeOffset At);

/// <summary>The lists of the console and the API (Guía §11): who is looking decides what "mine" means.</summary>
public enum TicketListView
{
    AllOpen,
    FirstLine,
    AssignedToMe,
    MyGroups,
    Supervised,
    Mine,
}

/// <summary>How a list is ordered: newest first by default; "due date" puts the soonest due on top.</summary>
public enum TicketSort
{
    Newest,
    Oldest,
    DueDate,
    Code,
    UpdatedAt,
}

public sealed record TicketFilter(
    TicketListView? View = null,
    TicketState? State = null,
    string? Query = null,
    int Page = 1,
    int PageSize = 50,
    TicketSort Sort = TicketSort.Newest)
{
    public const int MaxPageSize = 200;
}

/// <summary>The counters of one view of the Panel inicial: open tickets per state, and the breached ones.</summary>
public sealed record ViewCounters(IReadOnlyDictionary<TicketState, int> ByState, int Breached);

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total);
