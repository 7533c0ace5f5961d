using System.Linq.Expressions;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// Reads tickets for the console, the portal and the API. Everything goes through <see cref="Visible"/>: a
/// requester only ever reads tickets they notified or are informed on.
/// </summary>
public sealed class TicketQueries(MesaDbContext db)
{
    public IQueryable<Ticket> Visible(Actor by) => by.IsStaff
        ? db.Tickets
        : db.Tickets.Where(t => t.RequesterId == by.Id || t.InformedUsers.Any(i => i.UserId == by.Id));

    public async Task<TicketDetails> GetAsync(Actor by, string idOrCode, CancellationToken ct)
    {
        var ticket = await TicketLookup.Match(Visible(by), idOrCode).AsNoTracking().Select(Details)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(Rules.TicketNotFound, idOrCode);
        var informed = await (from i in db.Set<InformedUser>()
                              join u in db.Users on i.UserId equals u.Id
                              where i.TicketId == ticket.Id
                              orderby u.UserName
                              select new InformedUserSummary(u.UserName!, u.DisplayName, i.OnCreation, i.OnActions,
                                  i.OnResolution, i.OnClosure)).ToListAsync(ct);
        return ticket with { InformedUsers = by.IsStaff || ticket.Requester.UserName == by.UserName ? informed : [] };
    }

    public async Task<PageOf<TicketDetails>> ListAsync(Actor by, TicketFilter filter, CancellationToken ct)
    {
        var query = Filter(by, filter);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, TicketFilter.MaxPageSize);
        var page = Math.Max(filter.Page, 1);
        var items = await Sort(query, filter.Sort).Skip((page - 1) * size).Take(size).AsNoTracking().Select(Details)
            .ToListAsync(ct);
        return new PageOf<TicketDetails>(items, total);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Actor by, string idOrCode, CancellationToken ct)
    {
        var id = await IdOfVisibleAsync(by, idOrCode, ct);
        var staff = by.IsStaff;
        var events = db.TicketEvents.Where(e => e.TicketId == id);
        if (!staff) events = events.Where(e => e.Published);
        return await (from e in events
                      join u in db.Users on e.ActorId equals u.Id
                      orderby e.Id
                      select new HistoryEntry(e.At, u.UserName!, e.Kind, e.FromState, e.ToState, e.FromSubstate,
                          e.ToSubstate,
                          staff ? e.Field : null,
                          staff ? e.OldValue : null,
                          staff ? e.NewValue : null,
                          staff || e.NotePublished ? e.Note : null)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ActionEntry>> ActionsAsync(Actor by, string idOrCode, CancellationToken ct)
    {
        var id = await IdOfVisibleAsync(by, idOrCode, ct);
        var actions = db.TicketActions.Where(a => a.TicketId == id);
        if (!by.IsStaff) actions = actions.Where(a => a.Published);
        return await (from a in actions
                      join u in db.Users on a.AuthorId equals u.Id
                      orderby a.Id
                      select new ActionEntry(a.Id, a.Kind, a.Text, a.Published, u.UserName!, a.At)).ToListAsync(ct);
    }

    /// <summary>
    /// Guía §11 "Panel inicial": per view, how many open tickets are in each state, and how many are breached
    /// ("caducadas"). Only open tickets are counted, through the state indexes, never the whole table.
    /// </summary>
    public async Task<IReadOnlyDictionary<TicketListView, ViewCounters>> CountersAsync(Actor by, CancellationToken ct)
    {
        var result = new Dictionary<TicketListView, ViewCounters>();
        foreach (var view in new[] { TicketListView.AllOpen, TicketListView.FirstLine, TicketListView.AssignedToMe,
                     TicketListView.Supervised, TicketListView.MyGroups })
        {
            var open = Filter(by, new TicketFilter(view));
            var byState = await open.GroupBy(t => t.State)
                .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
            var breached = await open.CountAsync(t => t.ResolutionBreached || t.ResponseBreached, ct);
            result[view] = new ViewCounters(
                TicketStates.Open.ToDictionary(s => s, s => byState.SingleOrDefault(x => x.State == s)?.Count ?? 0),
                breached);
        }

        return result;
    }

    private async Task<long> IdOfVisibleAsync(Actor by, string idOrCode, CancellationToken ct)
    {
        var ids = await TicketLookup.Match(Visible(by), idOrCode).Select(t => t.Id).Take(1).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : throw new NotFoundException(Rules.TicketNotFound, idOrCode);
    }

    /// <summary>Server-side sorting of the lists; the id breaks ties so that paging is stable.</summary>
    private static IQueryable<Ticket> Sort(IQueryable<Ticket> query, TicketSort sort) => sort switch
    {
        TicketSort.Newest => query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id),
        TicketSort.Oldest => query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
        TicketSort.DueDate => query.OrderBy(t => t.ResolutionDueAt == null).ThenBy(t => t.ResolutionDueAt).ThenBy(t => t.Id),
        TicketSort.Code => query.OrderBy(t => t.Code),
        TicketSort.UpdatedAt => query.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id),
    };

    private IQueryable<Ticket> Filter(Actor by, TicketFilter filter)
    {
        var query = Visible(by);
        var view = filter.View ?? (by.IsStaff ? TicketListView.AllOpen : TicketListView.Mine);
        var memberOf = by.MemberOf.ToArray();
        var supervises = by.Supervises.ToArray();
        query = view switch
        {
            TicketListView.AllOpen => query.Where(t => TicketStates.Open.Contains(t.State)),
            TicketListView.FirstLine => query.Where(t => TicketStates.Open.Contains(t.State)
                && (t.GroupId == null || t.Group!.Tier == 1)),
            TicketListView.AssignedToMe => query.Where(t => t.AgentId == by.Id && TicketStates.Open.Contains(t.State)),
            TicketListView.MyGroups => query.Where(t => t.GroupId != null && memberOf.Contains(t.GroupId.Value)
                && TicketStates.Open.Contains(t.State)),
            TicketListView.Supervised => query.Where(t => t.GroupId != null && supervises.Contains(t.GroupId.Value)
                && TicketStates.Open.Contains(t.State)),
            TicketListView.Mine => query.Where(t => t.RequesterId == by.Id),
        };
        if (filter.State is { } state) query = query.Where(t => t.State == state);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(t => t.Code.ToLower().Contains(q) || t.Title.ToLower().Contains(q)
                || t.Description.ToLower().Contains(q));
        }

        return query;
    }

    private static readonly Expression<Func<Ticket, TicketDetails>> DetailsExpression = t => new TicketDetails(
        t.Id, t.Code, t.Type, t.Title, t.Description, t.State,
        t.Substate == null ? null : new SubstateSummary(t.Substate.Code, t.Substate.Name, t.Substate.StopsClock),
        t.Origin, t.CreatedAt,
        new PersonSummary(t.Requester!.UserName!, t.Requester.DisplayName, t.Requester.Email),
        new PersonSummary(t.RegisteredBy!.UserName!, t.RegisteredBy.DisplayName, null),
        t.Service == null ? null : t.Service.Name,
        t.Category == null ? null : t.Category.Path,
        t.Impact, t.Urgency, t.Priority,
        t.Group == null ? null : t.Group.Name,
        t.Agent == null ? null : t.Agent.UserName,
        t.FirstLineService, t.FirstResponseAt, t.ResolvedAt, t.ClosureResult, t.Rating, t.ClosureComment, t.ClosedAt,
        t.UpdatedAt, t.UpdatedBy!.UserName!, t.Version,
        new SlaSummary(
            t.SlaPolicy == null ? null : t.SlaPolicy.Name,
            t.Calendar == null ? null : t.Calendar.Name,
            t.ResponseTargetMinutes, t.ResolutionTargetMinutes, t.ResponseDueAt, t.ResolutionDueAt,
            t.OriginalResponseDueAt, t.OriginalResolutionDueAt, t.RespondedAt, t.ResponseBreached, t.ResolutionBreached,
            t.ClockStops.Any(c => c.To == null),
            t.ResponseWorkingMinutes, t.ResolutionWorkingMinutes, t.StoppedWorkingMinutes));

    private static Expression<Func<Ticket, TicketDetails>> Details => DetailsExpression;
}
