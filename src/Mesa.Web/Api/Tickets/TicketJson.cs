using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>A ticket as contract §4 shows it. Instants are given in the organisation's zone, with their offset.</summary>
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
    public static TicketJson From(TicketDetails t, Actor viewer, OrganisationTime time)
    {
        DateTimeOffset Local(DateTimeOffset at) => time.ToLocal(at);
        DateTimeOffset? LocalOrNull(DateTimeOffset? at) => at is { } value ? time.ToLocal(value) : null;
        // No other person's e-mail reaches a requester (issue 6, isolation).
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
            new SlaJson(null, null, null, null, LocalOrNull(t.FirstResponseAt), LocalOrNull(t.ResolvedAt),
                ResponseBreached: false, ResolutionBreached: false, ClockStopped: t.Substate?.StopsClock ?? false),
            t.ClosureResult is { } result
                ? new ClosureJson(result, t.Rating, t.ClosureComment, LocalOrNull(t.ClosedAt))
                : null,
            Local(t.UpdatedAt), new UserRefJson(t.UpdatedBy, null), t.Version.ToString());
    }
}

public sealed record SubstateJson(string Code, string Name, bool StopsClock);

public sealed record PersonJson(string UserName, string DisplayName, string? Email);

public sealed record UserRefJson(string UserName, string? DisplayName);

public sealed record InformedUserJson(string UserName, string DisplayName, bool OnCreation, bool OnActions,
    bool OnResolution, bool OnClosure);

/// <summary>
/// The ANS block. Policy, calendar and due dates are filled by the ANS clock (issue 3); until a ticket has a policy
/// they are null, and a ticket without a due date cannot be breached.
/// </summary>
public sealed record SlaJson(
    string? Policy,
    string? Calendar,
    DateTimeOffset? ResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    bool ResponseBreached,
    bool ResolutionBreached,
    bool ClockStopped);

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
    DateTimeOffset At);

public sealed record PageJson<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
