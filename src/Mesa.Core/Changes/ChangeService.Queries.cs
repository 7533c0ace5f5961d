using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Problems;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Changes;

/// <summary>
/// Guía §11 "Pestaña Cambios y entregas", the reading side: a change, the views and their counters, the calendar, the
/// changes a ticket or a problem cites.
/// </summary>
public sealed partial class ChangeService
{
    public async Task<ChangeDetails> GetAsync(Actor by, string? idOrCode, CancellationToken ct)
    {
        var change = await Match(db.Changes.AsNoTracking(), idOrCode)
            .Include(c => c.Approvals).Include(c => c.Team).Include(c => c.Problems).Include(c => c.Events)
            .AsSplitQuery().SingleOrDefaultAsync(ct);
        if (change is null || !MaySee(by, change)) throw new NotFoundException(Rules.ChangeNotFound, idOrCode ?? "");

        var userIds = change.Approvals.Select(a => a.ApproverId).Concat(change.Events.Select(e => e.ActorId))
            .Concat(change.Team.Where(m => m.Kind == ChangeTeamMemberKind.Agent).Select(m => m.MemberId))
            .Append(change.CreatedById).Append(change.AgentId ?? 0).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new NamedRef(u.UserName!, u.DisplayName), ct);
        var groupIds = change.Team.Where(m => m.Kind == ChangeTeamMemberKind.Group).Select(m => m.MemberId)
            .Append(change.GroupId ?? 0).Distinct().ToList();
        var groups = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => new NamedRef(g.Name, g.Name), ct);
        var service = change.ServiceId is { } sid ? await db.Services.Where(s => s.Id == sid).Select(s => s.Name).SingleAsync(ct) : null;
        var category = change.CategoryId is { } cid ? await db.Categories.Where(c => c.Id == cid).Select(c => c.Path).SingleAsync(ct) : null;
        var tickets = await (from r in db.TicketReferences.Where(r => r.Kind == TicketReferenceKind.Change && r.TargetId == change.Id)
                             join t in db.Tickets on r.TicketId equals t.Id
                             orderby t.Id
                             select new SolvedTicket(t.Id, t.Code, t.Title, t.State)).ToListAsync(ct);
        var problemIds = change.Problems.Select(p => p.ProblemId).ToList();
        var problems = (await db.Problems.Where(p => problemIds.Contains(p.Id)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.State }).ToListAsync(ct))
            .Select(p => new SolvedProblem(p.Id, Problem.CodeOf(p.Id), p.Title, p.State)).ToList();
        NamedRef Person(long id) => users.TryGetValue(id, out var u) ? u : new NamedRef("", "");

        return new ChangeDetails(change.Id, change.Code, change.Title, change.Description, change.Reason, change.Type,
            change.Risk, change.Impact, service, category, change.PlannedStart, change.PlannedEnd, change.ImplementationPlan,
            change.BackoutPlan, change.TestPlan, change.State, change.ReviewOutcome,
            change.GroupId is { } g ? groups[g] : null, change.AgentId is { } a ? Person(a) : null,
            change.Team.Where(m => m.Kind == ChangeTeamMemberKind.Agent).Select(m => Person(m.MemberId)).ToList(),
            change.Team.Where(m => m.Kind == ChangeTeamMemberKind.Group).Select(m => groups[m.MemberId]).ToList(),
            change.ApprovalRule, change.Quorum, ApprovalTally.Needed(change.ApprovalRule, change.Approvals.Count, change.Quorum),
            change.Approvals.OrderBy(x => x.Id).Select(x => new ChangeApprovalLine(Person(x.ApproverId).Key,
                Person(x.ApproverId).Name, x.Decision, x.Note, x.At)).ToList(),
            tickets, problems, await tasks.OfAsync(new TaskParent(TaskParentKind.Change, change.Id), ct),
            Person(change.CreatedById).Name, change.CreatedAt, change.UpdatedAt, change.ClosedAt, change.Version,
            change.Events.OrderBy(e => e.Id).Select(e => new ChangeHistoryEntry(e.At, Person(e.ActorId).Key,
                Person(e.ActorId).Name, e.Kind, e.FromState, e.ToState, e.Note)).ToList());
    }

    public async Task<PageOf<ChangeSummary>> ListAsync(Actor by, ChangeFilter filter, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var changes = InView(db.Changes, by, filter.View);
        if (filter.State is { } state) changes = changes.Where(c => c.State == state);
        else if (!filter.IncludeClosed) changes = changes.Where(c => c.State != ChangeState.Closed);
        if (filter.Type is { } type) changes = changes.Where(c => c.Type == type);
        if (filter.Risk is { } risk) changes = changes.Where(c => c.Risk == risk);
        SearchText.CheckQuery(filter.Query);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var pattern = "%" + SearchText.Fold(filter.Query).Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            changes = changes.Where(c => EF.Functions.Like(c.SearchText, pattern, "\\"));
        }

        var total = await changes.CountAsync(ct);
        IOrderedQueryable<ChangeRequest> ordered = filter.Sort switch
        {
            ChangeSort.Oldest => changes.OrderBy(c => c.Id),
            ChangeSort.Window => changes.OrderBy(c => c.PlannedStart == null).ThenBy(c => c.PlannedStart).ThenBy(c => c.Id),
            ChangeSort.UpdatedAt => changes.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id),
            _ => changes.OrderByDescending(c => c.Id),
        };
        var ids = await ordered.Skip((Paging.Check(filter.Page) - 1) * PageSize).Take(PageSize).Select(c => c.Id).ToListAsync(ct);
        var rows = await (from c in db.Changes.Where(c => ids.Contains(c.Id))
                          from g in db.Groups.Where(g => g.Id == c.GroupId).DefaultIfEmpty()
                          from a in db.Users.Where(u => u.Id == c.AgentId).DefaultIfEmpty()
                          select new ChangeSummary(c.Id, c.Code, c.Title, c.Type, c.Risk, c.State, g == null ? null : g.Name,
                              a == null ? null : a.DisplayName, c.PlannedStart, c.PlannedEnd, c.CreatedAt, c.UpdatedAt))
            .ToListAsync(ct);
        // The page's order is the one its ids were read in.
        return new PageOf<ChangeSummary>(ids.Select(id => rows.Single(r => r.Id == id)).ToList(), total);
    }

    /// <summary>
    /// The counters of each view of the panel's tab, per state of the changes the view shows. Only changes not closed
    /// are read, through their partial index (a small share of ten years of changes): one grouped pass serves the
    /// overview, mine and my groups; the two work-team views add one small query each.
    /// </summary>
    public async Task<IReadOnlyDictionary<ChangeView, ChangeCounters>> CountersAsync(Actor by, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var groups = by.MemberOf.Concat(by.Supervises).Distinct().ToList();
        var rows = await db.Changes.Where(c => c.State != ChangeState.Closed)
            .GroupBy(c => new { c.State, c.GroupId, c.AgentId })
            .Select(g => new { g.Key.State, g.Key.GroupId, g.Key.AgentId, Count = g.Count() }).ToListAsync(ct);
        // Both work-team views from the few team rows of the person and their groups (the index on Kind and
        // MemberId), each with its change's state, in one query; a change counts once per view.
        var seats = await db.Set<ChangeTeamMember>()
            .Where(m => (m.Kind == ChangeTeamMemberKind.Agent && m.MemberId == by.Id)
                        || (m.Kind == ChangeTeamMemberKind.Group && groups.Contains(m.MemberId)))
            .Join(db.Changes.Where(c => c.State != ChangeState.Closed && c.State != ChangeState.New), m => m.ChangeId, c => c.Id,
                (m, c) => new { c.Id, c.State, m.Kind })
            .ToListAsync(ct);
        Dictionary<ChangeState, int> TeamCounts(ChangeTeamMemberKind kind) => seats.Where(s => s.Kind == kind)
            .DistinctBy(s => s.Id).GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Count());
        var team = TeamCounts(ChangeTeamMemberKind.Agent);
        var groupsTeam = TeamCounts(ChangeTeamMemberKind.Group);

        ChangeCounters Count(ChangeView view, Func<long?, long?, bool> included) => new(Enum.GetValues<ChangeState>()
            .Where(s => Counted(view, s))
            .ToDictionary(s => s, s => rows.Where(r => r.State == s && included(r.GroupId, r.AgentId)).Sum(r => r.Count)));
        ChangeCounters Team(ChangeView view, Dictionary<ChangeState, int> counts) =>
            new(Enum.GetValues<ChangeState>().Where(s => Counted(view, s)).ToDictionary(s => s, s => counts.GetValueOrDefault(s)));
        return new Dictionary<ChangeView, ChangeCounters>
        {
            [ChangeView.AllOpen] = Count(ChangeView.AllOpen, (_, _) => true),
            [ChangeView.AssignedToMe] = Count(ChangeView.AssignedToMe, (_, agent) => agent == by.Id),
            [ChangeView.MyGroups] = Count(ChangeView.MyGroups, (group, _) => group is { } g && groups.Contains(g)),
            [ChangeView.MyTeam] = Team(ChangeView.MyTeam, team),
            [ChangeView.MyGroupsTeam] = Team(ChangeView.MyGroupsTeam, groupsTeam),
        };
    }

    /// <summary>Guía §11: the two work-team views leave out new and closed changes; no view counts closed ones.</summary>
    public static bool Counted(ChangeView view, ChangeState state) => state != ChangeState.Closed
        && !(state == ChangeState.New && view is ChangeView.MyTeam or ChangeView.MyGroupsTeam);

    /// <summary>The changes that cite a problem, for the problem's page.</summary>
    public Task<List<ChangeSummary>> OfProblemAsync(long problemId, CancellationToken ct) =>
        (from c in db.Changes.Where(c => c.Problems.Any(p => p.ProblemId == problemId))
         orderby c.Id
         select new ChangeSummary(c.Id, c.Code, c.Title, c.Type, c.Risk, c.State, null, null, c.PlannedStart, c.PlannedEnd,
             c.CreatedAt, c.UpdatedAt)).ToListAsync(ct);

    /// <summary>
    /// The change calendar: the changes not rejected nor closed whose window touches [since, until), in window order, each
    /// with the changes it overlaps on its service.
    /// </summary>
    public async Task<(IReadOnlyList<CalendarEntry> Entries, IReadOnlyDictionary<long, IReadOnlyList<string>> Overlaps)> CalendarAsync(
        Actor by, DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var entries = await (from c in db.Changes
                             where c.PlannedStart != null && c.PlannedEnd != null && c.PlannedStart < until && c.PlannedEnd > since
                                   && c.State != ChangeState.Rejected && c.State != ChangeState.Closed
                             from s in db.Services.Where(s => s.Id == c.ServiceId).DefaultIfEmpty()
                             orderby c.PlannedStart, c.Id
                             select new CalendarEntry(c.Id, c.Code, c.Title, c.State, c.ServiceId, s == null ? null : s.Name,
                                 c.PlannedStart!.Value, c.PlannedEnd!.Value)).Take(MaxCalendarEntries).ToListAsync(ct);
        return (entries, ChangeCalendar.Overlaps(entries));
    }

    /// <summary>More changes than this in one month is no calendar a person reads; the list pages them.</summary>
    public const int MaxCalendarEntries = 1_000;

    /// <summary>The changes a ticket cites, for the ticket's Información adicional.</summary>
    public Task<List<ChangeSummary>> OfTicketAsync(long ticketId, CancellationToken ct) =>
        (from r in db.TicketReferences.Where(r => r.Kind == TicketReferenceKind.Change && r.TicketId == ticketId)
         join c in db.Changes on r.TargetId equals c.Id
         orderby c.Id
         select new ChangeSummary(c.Id, c.Code, c.Title, c.Type, c.Risk, c.State, null, null, c.PlannedStart, c.PlannedEnd,
             c.CreatedAt, c.UpdatedAt)).ToListAsync(ct);

    /// <summary>Staff see every change; anybody else only the changes they are asked to approve.</summary>
    private static bool MaySee(Actor by, ChangeRequest change) =>
        by.IsStaff || change.Approvals.Any(a => a.ApproverId == by.Id);

    private static IQueryable<ChangeRequest> InView(IQueryable<ChangeRequest> changes, Actor by, ChangeView view)
    {
        var groups = by.MemberOf.Concat(by.Supervises).Distinct().ToList();
        return view switch
        {
            ChangeView.AssignedToMe => changes.Where(c => c.AgentId == by.Id),
            ChangeView.MyGroups => changes.Where(c => c.GroupId != null && groups.Contains(c.GroupId.Value)),
            ChangeView.MyTeam => changes.Where(c => c.State != ChangeState.New
                && c.Team.Any(m => m.Kind == ChangeTeamMemberKind.Agent && m.MemberId == by.Id)),
            ChangeView.MyGroupsTeam => changes.Where(c => c.State != ChangeState.New
                && c.Team.Any(m => m.Kind == ChangeTeamMemberKind.Group && groups.Contains(m.MemberId))),
            _ => changes,
        };
    }

    internal static IQueryable<ChangeRequest> Match(IQueryable<ChangeRequest> changes, string? idOrCode)
    {
        var key = idOrCode?.Trim() ?? "";
        if (long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return changes.Where(c => c.Id == id);
        var code = key.ToUpperInvariant();
        return code.Length is 0 or > Ticket.CodeMaxLength ? changes.Where(c => false) : changes.Where(c => c.Code == code);
    }
}
