using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>A ticket as the API shows it. Instants are given in the organisation's zone, with their offset.</summary>
public sealed record TicketJson(
    long Id,
    string Code,
    TicketType Type,
    string Title,
    string Description,
    TicketState State,
    SubstateJson? Substate,
    Origin Origin,
    DateTimeOffset CreatedAt,
    PersonJson Requester,
    UserRefJson RegisteredBy,
    string? Service,
    string? Category,
    Level Impact,
    Level Urgency,
    Level Priority,
    string? Group,
    string? Agent,
    string? FirstLineService,
    IReadOnlyList<InformedUserJson> InformedUsers,
    SlaJson Sla,
    ClosureJson? Closure,
    DateTimeOffset UpdatedAt,
    UserRefJson UpdatedBy,
    string Version)
{
    /// <summary>"Localización / Cliente" as a path, or null.</summary>
    public string? Location { get; init; }

    /// <summary>The template it was registered from (Guía §5 Plantilla), or null; only on a single ticket.</summary>
    public string? Template { get; init; }

    /// <summary>The answers to its template's fields, in order; only on a single ticket.</summary>
    public IReadOnlyList<FieldAnswer> Fields { get; init; } = [];

    /// <summary>Guía §14.5: the custom fields' values by name (those the caller may see), typed as JSON types them.</summary>
    public IReadOnlyDictionary<string, object?> CustomFields { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// What the caller may do to the ticket now (<c>assign</c>, <c>solution</c>, <c>confirm</c>…), the same the console
    /// and the portal offer; only on a single ticket, empty in lists.
    /// </summary>
    public IReadOnlySet<TicketCommand> Actions { get; init; } = new HashSet<TicketCommand>();

    /// <summary>Guía §14.2 "Flujo de trabajo actual": its approval flow, or null; only on a single ticket.</summary>
    public Approvals.ApprovalFlowJson? Approval { get; init; }

    /// <summary>The minutes of work its actions recorded, added up.</summary>
    public int MinutesSpent { get; init; }

    /// <summary>The ticket this duplicate was merged into, or null.</summary>
    public TicketCodeRef? MergedInto { get; init; }

    /// <summary>The ticket this one was split from, or null.</summary>
    public TicketCodeRef? SplitFrom { get; init; }

    public static TicketJson From(TicketDetails t, Actor viewer, OrganisationTime time)
    {
        DateTimeOffset Local(DateTimeOffset at) => time.ToLocal(at);
        DateTimeOffset? LocalOrNull(DateTimeOffset? at) => at is { } value ? time.ToLocal(value) : null;
        // No other person's e-mail reaches a requester.
        var showEmail = viewer.IsStaff || t.Requester.UserName == viewer.UserName;

        return new TicketJson(
            t.Id, t.Code, t.Type, t.Title, t.Description, t.State,
            t.Substate is { } s ? new SubstateJson(s.Code, s.Name, s.StopsClock) : null,
            t.Origin, Local(t.CreatedAt),
            new PersonJson(t.Requester.UserName, t.Requester.DisplayName, showEmail ? t.Requester.Email : null),
            new UserRefJson(t.RegisteredBy.UserName, t.RegisteredBy.DisplayName),
            t.Service, t.Category, t.Impact, t.Urgency, t.Priority, t.Group, t.Agent, t.FirstLineService,
            t.InformedUsers.Select(i => new InformedUserJson(i.UserName, i.DisplayName, i.OnCreation, i.OnActions,
                i.OnResolution, i.OnClosure)).ToList(),
            SlaJson.From(t, time),
            t.ClosureResult is { } result
                ? new ClosureJson(result, t.Rating, t.ClosureComment, LocalOrNull(t.ClosedAt))
                : null,
            Local(t.UpdatedAt), new UserRefJson(t.UpdatedBy, null), t.Version.ToString())
        {
            Location = t.Location,
            Template = t.Template,
            Fields = t.Fields,
            CustomFields = CustomFieldsJson.Write(t.CustomFields),
            Actions = t.Allowed,
            Approval = t.Approval is { } flow ? Approvals.ApprovalFlowJson.From(flow, time) : null,
            MinutesSpent = t.MinutesSpent,
            MergedInto = t.MergedInto,
            SplitFrom = t.SplitFrom,
        };
    }
}

public sealed record SubstateJson(string Code, string Name, bool StopsClock);

public sealed record PersonJson(string UserName, string DisplayName, string? Email);

public sealed record UserRefJson(string UserName, string? DisplayName);

public sealed record InformedUserJson(string UserName, string DisplayName, bool OnCreation, bool OnActions,
    bool OnResolution, bool OnClosure);

/// <summary>
/// The ANS block (Guía §14.2): the effective due dates (pushed by clock stops) beside the original ones, whether each
/// target is breached ("caduca"), and the measures in working minutes. A ticket with no policy has nulls.
/// </summary>
public sealed record SlaJson(
    string? Policy,
    string? Calendar,
    int? ResponseTargetMinutes,
    int? ResolutionTargetMinutes,
    DateTimeOffset? ResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? OriginalResponseDueAt,
    DateTimeOffset? OriginalResolutionDueAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    bool ResponseBreached,
    bool ResolutionBreached,
    bool ClockStopped,
    int? ResponseWorkingMinutes,
    int? ResolutionWorkingMinutes,
    int StoppedWorkingMinutes)
{
    public static SlaJson From(TicketDetails t, OrganisationTime time)
    {
        DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? time.ToLocal(value) : null;
        var s = t.Sla;
        var now = time.UtcNow;
        return new SlaJson(s.Policy, s.Calendar, s.ResponseTargetMinutes, s.ResolutionTargetMinutes,
            Local(s.ResponseDueAt), Local(s.ResolutionDueAt), Local(s.OriginalResponseDueAt),
            Local(s.OriginalResolutionDueAt), Local(t.FirstResponseAt), Local(t.ResolvedAt),
            t.ResponseBreachedAt(now),
            t.ResolutionBreachedAt(now),
            s.ClockStopped, s.ResponseWorkingMinutes, s.ResolutionWorkingMinutes, s.StoppedWorkingMinutes);
    }
}

public sealed record ClosureJson(ClosureResult Result, int? Rating, string? Comment, DateTimeOffset? ClosedAt);

public sealed record HistoryJson(
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

public sealed record ActionJson(long Id, TicketActionKind Kind, string Text, bool Published, string Author,
    DateTimeOffset At)
{
    /// <summary>The minutes the action took, as its author said; null when not said, and for requesters.</summary>
    public int? MinutesSpent { get; init; }
}

public sealed record PageJson<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>A ticket related to another one (Guía §14 Información adicional).</summary>
public sealed record RelatedJson(long Id, string Code, string Title, TicketState State, string? Agent,
    DateTimeOffset RelatedAt);
