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

    /// <summary>The template it was registered from (Guía §5 Plantilla), on a single ticket's read.</summary>
    public string? Template { get; init; }

    /// <summary>The answers to the template's fields (Información adicional), on a single ticket's read.</summary>
    public IReadOnlyList<FieldAnswer> Fields { get; init; } = [];

    /// <summary>Guía §14.5: the values of the custom fields the reader may see, in the fields' order.</summary>
    public IReadOnlyList<CustomFields.CustomFieldEntry> CustomFields { get; init; } = [];

    /// <summary>"Localización / Cliente": the location's path.</summary>
    public string? Location { get; init; }

    /// <summary>"Solución para el usuario": the text of the last signed solution, if any.</summary>
    public string? Solution { get; init; }

    /// <summary>Guía §14.2 "Flujo de trabajo actual": its approval flow, on a single ticket's read.</summary>
    public Approvals.ApprovalFlowView? Approval { get; init; }

    /// <summary>The minutes of work its actions recorded, added up.</summary>
    public int MinutesSpent { get; init; }

    /// <summary>The ticket this duplicate was merged into, where its follow-up continues.</summary>
    public TicketCodeRef? MergedInto { get; init; }

    /// <summary>The ticket this one was split from.</summary>
    public TicketCodeRef? SplitFrom { get; init; }

    /// <summary>Why the automatic assignment could not place this Nueva ticket, if so.</summary>
    public Routing.UnplacedReason? Unplaced { get; init; }

    /// <summary>
    /// What the reader may do to the ticket now (<see cref="TicketStanding.Available"/>), on a single ticket's read;
    /// the console, the portal and the API offer these and nothing else.
    /// </summary>
    public IReadOnlySet<TicketCommand> Allowed { get; init; } = new HashSet<TicketCommand>();

    public bool May(TicketCommand command) => Allowed.Contains(command);

    /// <summary>"Caduca" (Guía §14.2): the response is due and unmet at this instant, or already recorded as breached.</summary>
    public bool ResponseBreachedAt(DateTimeOffset now) => Sla.ResponseBreachedAt(now, TicketStates.IsOpen(State));

    /// <summary>The resolution is due and the ticket is still being worked (not yet Resuelta), or recorded as breached.</summary>
    public bool ResolutionBreachedAt(DateTimeOffset now) =>
        Sla.ResolutionBreachedAt(now, State is TicketState.New or TicketState.Assigned);

    public bool BreachedAt(DateTimeOffset now) => ResponseBreachedAt(now) || ResolutionBreachedAt(now);
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

/// <summary>Another ticket named by its id and code.</summary>
public sealed record TicketCodeRef(long Id, string Code);

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
    DateTimeOffset At)
{
    /// <summary>The minutes the action took, as its author said (staff only).</summary>
    public int? MinutesSpent { get; init; }
}

/// <summary>A file of a ticket (Guía §14 Información adicional), with who added it and the action it came with.</summary>
public sealed record AttachmentEntry(long Id, string FileName, string ContentType, long Size, string Sha256, bool Published,
    string AddedBy, DateTimeOffset At, long? ActionId);

/// <summary>The lists of the console and the API (Guía §11): who is looking decides what "mine" means.</summary>
public enum TicketListView
{
    AllOpen,
    FirstLine,
    AssignedToMe,
    MyGroups,
    Supervised,
    Mine,

    /// <summary>The portal's "Mis Incidencias": tickets I notified or am informed on, open or not.</summary>
    Following,

    /// <summary>Every ticket, closed ones included: where a report's figure leads (supervisors and administrators).</summary>
    All,
}

/// <summary>How a list is ordered: newest first by default; "due date" puts the soonest due on top.</summary>
public enum TicketSort
{
    Newest,
    Oldest,
    DueDate,
    DueDateLast,
    Code,
    CodeDescending,
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

    public TicketType? Type { get; init; }

    /// <summary>A substate code, e.g. <c>pending-user</c>.</summary>
    public string? Substate { get; init; }

    public string? Group { get; init; }

    /// <summary>An agent's user name.</summary>
    public string? Agent { get; init; }

    /// <summary>With an agent (true) or without one (false); in Asignada, false is "Asignada a un grupo".</summary>
    public bool? HasAgent { get; init; }

    /// <summary>With a group (true) or without one (false): a report's row "Sin grupo".</summary>
    public bool? HasGroup { get; init; }

    public string? Service { get; init; }

    /// <summary>A category path; its subcategories match too ("/Hardware" finds "/Hardware/Impresora").</summary>
    public string? Category { get; init; }

    /// <summary>Only the category itself, not those below it: a report's row "by category".</summary>
    public bool ExactCategory { get; init; }

    public Origin? Origin { get; init; }

    /// <summary>A location path ("Localización / Cliente", Guía §14.2); the locations below it match too.</summary>
    public string? Location { get; init; }

    /// <summary>Only the tickets a report's figure counts (Guía §4): breached, rated 5, reopened…</summary>
    public Reports.TicketMeasure? Measure { get; init; }

    public Level? Priority { get; init; }

    /// <summary>Caducada: the response or the resolution is breached (true), or neither (false).</summary>
    public bool? Breached { get; init; }

    /// <summary>Nueva tickets the automatic assignment could not place.</summary>
    public bool Unplaced { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Exclusive: tickets registered before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Guía §14.5: custom fields by name and the value each must hold (text fields: contain).</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();
}

/// <summary>The counters of one view of the Panel inicial: open tickets per state, and the breached ones.</summary>
public sealed record ViewCounters(IReadOnlyDictionary<TicketState, int> ByState, int Breached)
{
    /// <summary>"Asignada a un grupo": tickets in Asignada with a group and no agent yet (part of ByState[Assigned]).</summary>
    public int GroupOnly { get; init; }
}

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A Nueva ticket the automatic assignment could not place, with the reason (the supervisors' panel).</summary>
public sealed record UnplacedTicket(long Id, string Code, string Title, DateTimeOffset CreatedAt, Routing.UnplacedReason Reason);

/// <summary>A ticket related to another (Guía §14 Información adicional), as its list shows it.</summary>
public sealed record RelatedTicket(long Id, string Code, string Title, TicketState State, string? Agent,
    DateTimeOffset RelatedAt);

/// <summary>Guía §11.5: a knowledge article a ticket cites.</summary>
public sealed record LinkedArticle(long Id, string Title, Knowledge.KnowledgeAudience Audience, bool Retired,
    DateTimeOffset LinkedAt)
{
    public string Code => Knowledge.KnowledgeArticle.CodeOf(Id);
}

/// <summary>Guía §11.5: a problem a ticket is a case of, with its workaround once it is an error conocido.</summary>
public sealed record LinkedProblem(long Id, string Title, Problems.ProblemState State, string? Workaround,
    DateTimeOffset LinkedAt)
{
    public string Code => Problems.Problem.CodeOf(Id);
}
