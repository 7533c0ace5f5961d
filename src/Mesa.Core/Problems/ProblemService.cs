using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Knowledge;
using Mesa.Core.People;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Problems;

/// <summary>
/// Guía §11 "Problemas y errores conocidos": registering problems, giving them to a group and agent, recording the root
/// cause and workaround (error conocido), resolving and closing them; the lists and the panel's counters.
/// </summary>
public sealed class ProblemService(MesaDbContext db, KnowledgeBase knowledge, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The counters of each view, from one grouped query over the problems not closed.</summary>
    public async Task<IReadOnlyDictionary<ProblemView, ProblemCounters>> CountersAsync(Actor by, CancellationToken ct)
    {
        RequireStaff(by);
        var rows = await db.Problems.Where(p => p.State != ProblemState.Closed)
            .GroupBy(p => new { p.State, p.GroupId, p.AgentId })
            .Select(g => new { g.Key.State, g.Key.GroupId, g.Key.AgentId, Count = g.Count() }).ToListAsync(ct);
        ProblemCounters Count(Func<long?, long?, bool> included) => new(Enum.GetValues<ProblemState>()
            .Where(s => s != ProblemState.Closed)
            .ToDictionary(s => s, s => rows.Where(r => r.State == s && included(r.GroupId, r.AgentId)).Sum(r => r.Count)));
        return new Dictionary<ProblemView, ProblemCounters>
        {
            [ProblemView.All] = Count((_, _) => true),
            [ProblemView.AssignedToMe] = Count((_, agent) => agent == by.Id),
            [ProblemView.MyGroups] = Count((group, _) => group is { } g && (by.MemberOf.Contains(g) || by.Supervises.Contains(g))),
        };
    }

    public async Task<PageOf<ProblemSummary>> ListAsync(Actor by, ProblemFilter filter, CancellationToken ct)
    {
        RequireStaff(by);
        var problems = db.Problems.AsQueryable();
        if (filter.State is { } state) problems = problems.Where(p => p.State == state);
        else if (!filter.IncludeClosed) problems = problems.Where(p => p.State != ProblemState.Closed);
        switch (filter.View)
        {
            case ProblemView.AssignedToMe:
                problems = problems.Where(p => p.AgentId == by.Id);
                break;
            case ProblemView.MyGroups:
                var groups = by.MemberOf.Concat(by.Supervises).Distinct().ToList();
                problems = problems.Where(p => p.GroupId != null && groups.Contains(p.GroupId.Value));
                break;
        }

        SearchText.CheckQuery(filter.Query);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim();
            var id = Problem.ParseCode(text);
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            problems = problems.Where(p => p.Id == id || EF.Functions.Like(p.Title, pattern, "\\"));
        }

        var total = await problems.CountAsync(ct);
        var page = await (from p in problems.OrderByDescending(p => p.Id).Skip((Paging.Check(filter.Page) - 1) * PageSize).Take(PageSize)
                          from g in db.Groups.Where(g => g.Id == p.GroupId).DefaultIfEmpty()
                          from a in db.Users.Where(u => u.Id == p.AgentId).DefaultIfEmpty()
                          select new ProblemSummary(p.Id, p.Title, p.State, g == null ? null : g.Name,
                              a == null ? null : a.DisplayName, p.CreatedAt, p.UpdatedAt,
                              db.TicketReferences.Count(r => r.Kind == TicketReferenceKind.Problem && r.TargetId == p.Id)))
            .ToListAsync(ct);
        return new PageOf<ProblemSummary>(page.OrderByDescending(p => p.Id).ToList(), total);
    }

    public async Task<ProblemDetails> GetAsync(Actor by, string? idOrCode, CancellationToken ct)
    {
        RequireStaff(by);
        var id = Problem.ParseCode(idOrCode) ?? throw new NotFoundException(Rules.ProblemNotFound, idOrCode ?? "");
        var row = await (from p in db.Problems.Where(p => p.Id == id)
                         join c in db.Users on p.CreatedById equals c.Id
                         from g in db.Groups.Where(g => g.Id == p.GroupId).DefaultIfEmpty()
                         from a in db.Users.Where(u => u.Id == p.AgentId).DefaultIfEmpty()
                         select new { Problem = p, CreatedBy = c.DisplayName, Group = g == null ? null : g.Name, Agent = a == null ? null : a.DisplayName })
            .AsNoTracking().SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(Rules.ProblemNotFound, idOrCode ?? "");
        var history = await (from e in db.Set<ProblemEvent>().Where(e => e.ProblemId == id)
                             join u in db.Users on e.ActorId equals u.Id
                             orderby e.Id
                             select new ProblemHistoryEntry(e.At, u.DisplayName, e.Kind, e.FromState, e.ToState, e.Note))
            .ToListAsync(ct);
        var problem = row.Problem;
        return new ProblemDetails(problem.Id, problem.Title, problem.Description, problem.State, problem.GroupId,
            row.Group, row.Agent, problem.RootCause, problem.Workaround, problem.Solution, row.CreatedBy,
            problem.CreatedAt, problem.UpdatedAt, problem.Version,
            await knowledge.CitingAsync(TicketReferenceKind.Problem, id, ct), history);
    }

    public async Task<long> CreateAsync(Actor by, string? title, string? description, CancellationToken ct)
    {
        var problem = db.Problems.Add(new Problem(title, description, by, clock.GetUtcNow())).Entity;
        await db.SaveChangesAsync(ct);
        return problem.Id;
    }

    public Task EditAsync(Actor by, string? idOrCode, string? title, string? description, string? rootCause,
        string? workaround, long? version, CancellationToken ct) =>
        ActAsync(idOrCode, version, (p, at) => p.Edit(title, description, rootCause, workaround, by, at), ct);

    /// <summary>Gives the problem to a group (by name) and, optionally, one of its agents (by user name).</summary>
    public async Task AssignAsync(Actor by, string? idOrCode, string? group, string? agent, string? note, long? version,
        CancellationToken ct)
    {
        RequireStaff(by);
        if (string.IsNullOrWhiteSpace(group)) throw new InputException("group", Rules.Required);
        var target = await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Name == group.Trim(), ct)
            ?? throw new InputException("group", Rules.UnknownGroup, group.Trim());
        User? person = null;
        if (!string.IsNullOrWhiteSpace(agent))
        {
            person = await db.Users.SingleOrDefaultAsync(u => u.UserName == agent.Trim(), ct)
                ?? throw new InputException("agent", Rules.UnknownUser, agent.Trim());
        }

        await ActAsync(idOrCode, version, (p, at) => p.Assign(target, person, note, by, at), ct);
    }

    public Task DeclareKnownErrorAsync(Actor by, string? idOrCode, string? rootCause, string? workaround, long? version,
        CancellationToken ct) =>
        ActAsync(idOrCode, version, (p, at) => p.DeclareKnownError(rootCause, workaround, by, at), ct);

    public Task ResolveAsync(Actor by, string? idOrCode, string? solution, long? version, CancellationToken ct) =>
        FinishingAsync(idOrCode, version, (p, at) => p.Resolve(solution, by, at), ct);

    public Task CloseAsync(Actor by, string? idOrCode, string? note, long? version, CancellationToken ct) =>
        FinishingAsync(idOrCode, version, (p, at) => p.Close(note, by, at), ct);

    /// <summary>Guía §11 "Mis tareas": a problem is resolved or closed only when none of its tasks is open.</summary>
    private async Task FinishingAsync(string? idOrCode, long? version, Action<Problem, DateTimeOffset> step, CancellationToken ct)
    {
        var open = Problem.ParseCode(idOrCode) is { } id
            ? await db.Tasks.OpenOf(new TaskParent(TaskParentKind.Problem, id)).ToListAsync(ct)
            : [];
        await ActAsync(idOrCode, version, (p, at) =>
        {
            WorkTask.RequireNoneOpen(open);
            step(p, at);
        }, ct);
    }

    public Task ReopenAsync(Actor by, string? idOrCode, string? note, long? version, CancellationToken ct) =>
        ActAsync(idOrCode, version, (p, at) => p.Reopen(note, by, at), ct);

    internal async Task<Problem> LoadAsync(string? idOrCode, CancellationToken ct)
    {
        var id = Problem.ParseCode(idOrCode);
        return (id is null ? null : await db.Problems.SingleOrDefaultAsync(p => p.Id == id, ct))
            ?? throw new NotFoundException(Rules.ProblemNotFound, idOrCode ?? "");
    }

    private async Task ActAsync(string? idOrCode, long? version, Action<Problem, DateTimeOffset> change, CancellationToken ct)
    {
        var problem = await LoadAsync(idOrCode, ct);
        problem.CheckVersion(version);
        change(problem, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException();
        }
    }

    private static void RequireStaff(Actor by)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
    }
}
