using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Problems;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tasks;

/// <summary>
/// Guía §11 "Mis tareas": tasks, activities and milestones on tickets, problems and changes; adding them, working them
/// in order, the lists for me and for my groups, and the rule that a record with open tasks does not close.
/// </summary>
public sealed class TaskService(MesaDbContext db, TicketReferences refs, OrganisationTime time)
{
    public const int PageSize = 50;

    public async Task<WorkTask> AddAsync(Actor by, TaskParentKind kind, string? idOrCode, NewTask input, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var parent = await ParentAsync(by, kind, idOrCode, ct);
        Guard.Require(parent.IsOpen, Rules.TaskParentClosed, parent.Code);
        var group = string.IsNullOrWhiteSpace(input.Group) ? null : await refs.GroupAsync(input.Group, ct);
        var agent = string.IsNullOrWhiteSpace(input.Agent) ? null : await refs.StaffAsync("agent", input.Agent, ct);
        if (group is not null && agent is not null && !group.HasMember(agent.Id))
            throw new InputException("agent", Rules.AgentNotInGroup, agent.UserName!, group.Name);

        var key = new TaskParent(kind, parent.Id);
        var siblings = await LoadOfAsync(key, ct);
        var at = time.UtcNow;
        var task = new WorkTask(key, input.Kind, input.Title, input.Description, group?.Id, agent?.Id, input.DueAt,
            siblings.Count == 0 ? 1 : siblings.Max(t => t.Order) + 1, by, at);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Tasks.Add(task);
        await db.SaveChangesAsync(ct);
        // A wait names tasks by id, which the save gave this one.
        var all = siblings.Append(task).ToList();
        foreach (var id in input.After.Distinct())
        {
            var other = siblings.SingleOrDefault(t => t.Id == id) ?? throw new InputException("after", Rules.TaskDependencyNotSibling);
            task.WaitFor(other, all, by, at);
        }

        await SaveAsync(ct);
        await transaction.CommitAsync(ct);
        return task;
    }

    public async Task<TaskSummary> GetAsync(Actor by, long id, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        return (await SummariesAsync(db.Tasks.Where(t => t.Id == id), ct)).SingleOrDefault()
            ?? throw new NotFoundException(Rules.TaskNotFound, id);
    }

    /// <summary>A task's history, oldest first, for its page.</summary>
    public async Task<IReadOnlyList<TaskHistoryEntry>> HistoryAsync(Actor by, long id, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        return await (from e in db.Set<WorkTaskEvent>().Where(e => e.TaskId == id)
                      join u in db.Users on e.ActorId equals u.Id
                      orderby e.Id
                      select new TaskHistoryEntry(e.At, u.DisplayName, e.Kind, e.FromState, e.ToState, e.Note)).ToListAsync(ct);
    }

    public async Task<PageOf<TaskSummary>> ListAsync(Actor by, TaskFilter filter, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var tasks = InView(db.Tasks, by, filter.View);
        if (filter.State is { } state) tasks = tasks.Where(t => t.State == state);
        else if (!filter.IncludeDone) tasks = tasks.Where(t => t.State == WorkTaskState.Open || t.State == WorkTaskState.InProgress);
        if (filter.Kind is { } kind) tasks = tasks.Where(t => t.Kind == kind);
        if (filter.ParentKind is { } parent) tasks = tasks.Where(t => t.ParentKind == parent);
        var total = await tasks.CountAsync(ct);
        var ordered = filter.Sort == TaskSort.Newest
            ? tasks.OrderByDescending(t => t.Id)
            : tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id);
        var ids = await ordered.Skip((Paging.Check(filter.Page) - 1) * PageSize).Take(PageSize).Select(t => t.Id).ToListAsync(ct);
        var page = await SummariesAsync(db.Tasks.Where(t => ids.Contains(t.Id)), ct);
        return new PageOf<TaskSummary>(ids.Select(id => page.Single(t => t.Id == id)).ToList(), total);
    }

    /// <summary>The open tasks of each view, per state and per kind (Guía §11 "Mis tareas": activities, milestones, tasks).</summary>
    public async Task<IReadOnlyDictionary<TaskView, TaskCounters>> CountersAsync(Actor by, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var groups = by.MemberOf.Concat(by.Supervises).Distinct().ToList();
        // Both views in one round trip: the open tasks that are mine or my groups', counted by state and kind with
        // which view each belongs to (a task may be in both).
        var rows = await db.Tasks
            .Where(t => (t.State == WorkTaskState.Open || t.State == WorkTaskState.InProgress)
                        && (t.AgentId == by.Id || (t.GroupId != null && groups.Contains(t.GroupId.Value))))
            .GroupBy(t => new { t.State, t.Kind, Mine = t.AgentId == by.Id, Groups = t.GroupId != null && groups.Contains(t.GroupId.Value) })
            .Select(g => new { g.Key.State, g.Key.Kind, g.Key.Mine, g.Key.Groups, Count = g.Count() }).ToListAsync(ct);
        TaskCounters Of(Func<bool, bool, bool> inView)
        {
            var view = rows.Where(r => inView(r.Mine, r.Groups)).ToList();
            return new TaskCounters(
                new[] { WorkTaskState.Open, WorkTaskState.InProgress }.ToDictionary(s => s, s => view.Where(r => r.State == s).Sum(r => r.Count)),
                Enum.GetValues<WorkTaskKind>().ToDictionary(k => k, k => view.Where(r => r.Kind == k).Sum(r => r.Count)));
        }

        return new Dictionary<TaskView, TaskCounters>
        {
            [TaskView.AssignedToMe] = Of((mine, _) => mine),
            [TaskView.MyGroups] = Of((_, inGroups) => inGroups),
        };
    }

    /// <summary>The tasks of a record named by its id or code, for whoever may see the record.</summary>
    public async Task<IReadOnlyList<TaskSummary>> OfRecordAsync(Actor by, TaskParentKind kind, string? idOrCode, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var parent = await ParentAsync(by, kind, idOrCode, ct);
        return await OfAsync(new TaskParent(kind, parent.Id), ct);
    }

    /// <summary>A record's tasks in their order, as its page shows them.</summary>
    public async Task<IReadOnlyList<TaskSummary>> OfAsync(TaskParent parent, CancellationToken ct) =>
        (await SummariesAsync(db.Tasks.Where(t => t.ParentKind == parent.Kind && t.ParentId == parent.Id), ct))
            .OrderBy(t => t.Order).ToList();

    /// <summary>A record's tasks, to be changed or to be asked whether any is open.</summary>
    public async Task<IReadOnlyList<WorkTask>> LoadOfAsync(TaskParent parent, CancellationToken ct) =>
        await db.Tasks.Where(t => t.ParentKind == parent.Kind && t.ParentId == parent.Id).ToListAsync(ct);

    /// <summary>Guía §11: a record closes only when none of its tasks is open.</summary>
    public async Task RequireNoneOpenAsync(TaskParent parent, CancellationToken ct) =>
        WorkTask.RequireNoneOpen(await db.Tasks.OpenOf(parent).ToListAsync(ct));

    public Task<WorkTask> StartAsync(Actor by, long id, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, (t, siblings, at) => t.Start(siblings, by, at), ct);

    public Task<WorkTask> CompleteAsync(Actor by, long id, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, (t, siblings, at) => t.Complete(siblings, by, at), ct);

    public Task<WorkTask> CancelAsync(Actor by, long id, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, (t, _, at) => t.Cancel(note, by, at), ct);

    public async Task<WorkTask> ReassignAsync(Actor by, long id, string? group, string? agent, string? note, long? version,
        CancellationToken ct)
    {
        var target = string.IsNullOrWhiteSpace(group) ? null : await refs.GroupAsync(group, ct);
        var person = string.IsNullOrWhiteSpace(agent) ? null : await refs.StaffAsync("agent", agent, ct);
        if (target is not null && person is not null && !target.HasMember(person.Id))
            throw new InputException("agent", Rules.AgentNotInGroup, person.UserName!, target.Name);
        return await ActAsync(by, id, version, (t, _, at) => t.Reassign(target?.Id, person?.Id, note, by, at), ct);
    }

    private async Task<WorkTask> ActAsync(Actor by, long id, long? version,
        Action<WorkTask, IReadOnlyCollection<WorkTask>, DateTimeOffset> act, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException(Rules.TaskNotFound, id);
        if (version is { } v && v != task.Version) throw new StaleVersionException();
        var siblings = await LoadOfAsync(task.Parent, ct);
        act(task, siblings, time.UtcNow);
        await SaveAsync(ct);
        return task;
    }

    private static IQueryable<WorkTask> InView(IQueryable<WorkTask> tasks, Actor by, TaskView view)
    {
        var groups = by.MemberOf.Concat(by.Supervises).Distinct().ToList();
        return view == TaskView.AssignedToMe
            ? tasks.Where(t => t.AgentId == by.Id)
            : tasks.Where(t => t.GroupId != null && groups.Contains(t.GroupId.Value));
    }

    /// <summary>Tasks with who has them and the record each belongs to (its code and title).</summary>
    private async Task<List<TaskSummary>> SummariesAsync(IQueryable<WorkTask> tasks, CancellationToken ct)
    {
        var rows = await (from t in tasks
                          from g in db.Groups.Where(g => g.Id == t.GroupId).DefaultIfEmpty()
                          from a in db.Users.Where(u => u.Id == t.AgentId).DefaultIfEmpty()
                          select new
                          {
                              Task = t,
                              Group = g == null ? null : g.Name,
                              AgentUserName = a == null ? null : a.UserName,
                              Agent = a == null ? null : a.DisplayName
                          }).ToListAsync(ct);
        List<long> Of(TaskParentKind kind) => rows.Where(r => r.Task.ParentKind == kind).Select(r => r.Task.ParentId).Distinct().ToList();
        var ticketIds = Of(TaskParentKind.Ticket);
        var problemIds = Of(TaskParentKind.Problem);
        var changeIds = Of(TaskParentKind.Change);
        var parents = new Dictionary<(TaskParentKind, long), (string Code, string Title)>();
        foreach (var t in await db.Tickets.Where(t => ticketIds.Contains(t.Id)).Select(t => new { t.Id, t.Code, t.Title }).ToListAsync(ct))
            parents[(TaskParentKind.Ticket, t.Id)] = (t.Code, t.Title);
        foreach (var p in await db.Problems.Where(p => problemIds.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            parents[(TaskParentKind.Problem, p.Id)] = (Problem.CodeOf(p.Id), p.Title);
        foreach (var c in await db.Changes.Where(c => changeIds.Contains(c.Id)).Select(c => new { c.Id, c.Code, c.Title }).ToListAsync(ct))
            parents[(TaskParentKind.Change, c.Id)] = (c.Code, c.Title);
        return rows.Select(r =>
        {
            var (code, title) = parents.GetValueOrDefault((r.Task.ParentKind, r.Task.ParentId), ("", ""));
            return new TaskSummary(r.Task.Id, r.Task.Kind, r.Task.Title, r.Task.Description, r.Task.State, r.Task.Order, r.Group,
                r.AgentUserName, r.Agent, r.Task.DueAt, r.Task.DoneAt, r.Task.After.ToList(), r.Task.ParentKind, r.Task.ParentId,
                code, title, r.Task.Version);
        }).ToList();
    }

    private sealed record ParentRecord(long Id, string Code, bool IsOpen);

    private async Task<ParentRecord> ParentAsync(Actor by, TaskParentKind kind, string? idOrCode, CancellationToken ct)
    {
        var key = idOrCode?.Trim() ?? "";
        ParentRecord? parent = kind switch
        {
            TaskParentKind.Ticket => await TicketLookup.Match(db.Tickets.VisibleTo(by), TicketRef.Parse(key))
                .Select(t => new ParentRecord(t.Id, t.Code, t.State != TicketState.Resolved && t.State != TicketState.Closed
                    && t.State != TicketState.Rejected)).SingleOrDefaultAsync(ct),
            TaskParentKind.Problem => Problem.ParseCode(key) is { } pid
                ? await db.Problems.Where(p => p.Id == pid).Select(p => new ParentRecord(p.Id, Problem.CodeOf(p.Id),
                    p.State != ProblemState.Resolved && p.State != ProblemState.Closed)).SingleOrDefaultAsync(ct)
                : null,
            _ => await ChangeKey(key).Select(c => new ParentRecord(c.Id, c.Code,
                c.State != Changes.ChangeState.Rejected && c.State != Changes.ChangeState.Closed)).SingleOrDefaultAsync(ct),
        };
        return parent ?? throw new NotFoundException(kind switch
        {
            TaskParentKind.Ticket => Rules.TicketNotFound,
            TaskParentKind.Problem => Rules.ProblemNotFound,
            _ => Rules.ChangeNotFound,
        }, key);
    }

    private IQueryable<Changes.ChangeRequest> ChangeKey(string key) =>
        long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? db.Changes.Where(c => c.Id == id)
            : db.Changes.Where(c => c.Code == key.ToUpperInvariant());

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException();
        }
    }
}
