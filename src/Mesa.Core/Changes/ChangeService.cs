using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Problems;
using Mesa.Core.Routing;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Changes;

/// <summary>
/// Guía §5 "Request for Change (RFC)" and §11 "Pestaña Cambios y entregas": registering changes with their team and
/// committee, the committee's decisions, the steps after it, the links to the tickets and problems a change solves.
/// The lists, counters and calendar are in ChangeService.Queries, the notices in ChangeService.Notice.
/// </summary>
public sealed partial class ChangeService(MesaDbContext db, TicketReferences refs, OrganisationTime time, TaskService tasks,
    Mail.MailTemplates mailTemplates)
{
    public const int PageSize = 50;

    public async Task<ChangeRequest> CreateAsync(Actor by, NewChange input, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var form = await FormAsync(input, ct);
        var links = await TicketsAsync(by, input.Tickets, ct);
        var problems = await ProblemsAsync(input.Problems, ct);
        var at = time.UtcNow;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var year = time.ToLocal(at).Year;
        var number = await YearlyNumbers.NextAsync(db, "change_counters", year, ct);
        var change = db.Changes.Add(new ChangeRequest($"{ChangeRequest.CodePrefix} {year}-{number:D6}", form, by, at)).Entity;
        foreach (var problem in problems) change.LinkProblem(problem, by, at);
        await SaveAsync(ct);
        // A ticket cites the change by its id, which the first save gave it.
        foreach (var ticket in links) LinkTicket(change, ticket, by, at);
        await SaveAsync(ct);
        await transaction.CommitAsync(ct);
        return change;
    }

    public Task<ChangeRequest> EditAsync(Actor by, string? idOrCode, NewChange input, long? version, CancellationToken ct) =>
        ActAsync(by, idOrCode, version, async (c, at) => c.Edit(await FormAsync(input, ct), by, at), ct);

    public Task<ChangeRequest> RescheduleAsync(Actor by, string? idOrCode, DateTimeOffset? start, DateTimeOffset? end,
        string? note, long? version, CancellationToken ct) =>
        ActAsync(by, idOrCode, version, (c, at) => Done(() => c.Reschedule(start, end, note, by, at)), ct);

    public Task<ChangeRequest> AssignAsync(Actor by, string? idOrCode, string? group, string? agent, string? note, long? version,
        CancellationToken ct) => ActAsync(by, idOrCode, version, async (c, at) =>
        {
            var target = await refs.GroupAsync(group, ct);
            var person = string.IsNullOrWhiteSpace(agent) ? null : await refs.UserAsync("agent", agent, ct);
            c.Assign(target, person, note, by, at);
        }, ct);

    public Task<ChangeRequest> SetTeamAsync(Actor by, string? idOrCode, IReadOnlyList<string> agents, IReadOnlyList<string> groups,
        long? version, CancellationToken ct) => ActAsync(by, idOrCode, version, async (c, at) =>
            c.SetTeam(await StaffAsync("team.agents", agents, ct), await GroupsAsync("team.groups", groups, ct), by, at), ct);

    public Task<ChangeRequest> SubmitAsync(Actor by, string? idOrCode, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, idOrCode, version, (c, at) => Done(() => c.Submit(note, by, at)), ct);

    /// <summary>One approver's decision; an approver need not be an agent (Guía §5: the committee decides).</summary>
    public async Task<ChangeRequest> DecideAsync(Actor by, string? idOrCode, ApprovalDecision decision, string? note, long? version,
        CancellationToken ct)
    {
        var change = await LoadAsync(by, idOrCode, version, ct);
        change.Decide(by.Id, decision, note, time.UtcNow);
        await SaveAsync(ct);
        return change;
    }

    /// <summary>
    /// The steps after the committee. On being applied, the change may resolve the tickets it solves, each with the
    /// solution given (those not yet assigned to anyone are left as they are and named in the answer).
    /// </summary>
    public async Task<TransitionResult> TransitionAsync(Actor by, string? idOrCode, ChangeState to, string? note,
        ReviewOutcome? outcome, string? ticketSolution, long? version, CancellationToken ct)
    {
        var skipped = new List<string>();
        var change = await ActAsync(by, idOrCode, version, async (c, at) =>
        {
            if (to == ChangeState.Evaluation)
            {
                c.Evaluate(note, by, at);
                return;
            }

            var open = await tasks.LoadOfAsync(new TaskParent(TaskParentKind.Change, c.Id), ct);
            c.Transition(to, note, outcome, open, by, at);
            if (to == ChangeState.Implemented && !string.IsNullOrWhiteSpace(ticketSolution))
                skipped.AddRange(await ResolveTicketsAsync(c, ticketSolution, by, at, ct));
        }, ct);
        return new TransitionResult(change, skipped);
    }

    public async Task LinkTicketAsync(Actor by, string? idOrCode, string ticketRef, bool link, long? version, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var ticket = (await TicketsAsync(by, [ticketRef], ct)).Single();
        await ActAsync(by, idOrCode, version, (c, at) => Done(() =>
        {
            if (link) LinkTicket(c, ticket, by, at);
            else
            {
                ticket.UnlinkChange(c, by, at);
                c.RecordTicketLink($"{ticket.Code} {ticket.Title}", linked: false, by, at);
            }
        }), ct);
    }

    public async Task LinkProblemAsync(Actor by, string? idOrCode, string problemRef, bool link, long? version, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var problem = (await ProblemsAsync([problemRef], ct)).Single();
        await ActAsync(by, idOrCode, version, (c, at) => Done(() =>
        {
            if (link) c.LinkProblem(problem, by, at);
            else c.UnlinkProblem(problem, by, at);
        }), ct);
    }

    private static void LinkTicket(ChangeRequest change, Ticket ticket, Actor by, DateTimeOffset at)
    {
        ticket.LinkChange(change, by, at);
        change.RecordTicketLink($"{ticket.Code} {ticket.Title}", linked: true, by, at);
    }

    /// <summary>Each assigned ticket the change solves gets the solution, signed by whoever applied the change.</summary>
    private async Task<List<string>> ResolveTicketsAsync(ChangeRequest change, string solution, Actor by, DateTimeOffset at,
        CancellationToken ct)
    {
        var ids = await db.TicketReferences.Where(r => r.Kind == TicketReferenceKind.Change && r.TargetId == change.Id)
            .Select(r => r.TicketId).ToListAsync(ct);
        var skipped = new List<string>();
        var linked = await db.Tickets.Where(t => ids.Contains(t.Id)).Whole().ToListAsync(ct);
        var busy = (await db.Tasks.OpenOfAny(TaskParentKind.Ticket, ids).Select(t => t.ParentId).ToListAsync(ct)).ToHashSet();
        foreach (var ticket in linked.Where(t => t.State is not (TicketState.Resolved or TicketState.Closed or TicketState.Rejected)))
        {
            if (ticket.State != TicketState.Assigned || busy.Contains(ticket.Id))
            {
                skipped.Add(ticket.Code);
                continue;
            }

            ticket.SignSolution(solution, by, at);
        }

        return skipped;
    }

    private async Task<ChangeRequestForm> FormAsync(NewChange input, CancellationToken ct)
    {
        var (service, category) = await refs.ClassificationAsync(input.Service, input.Category, ct);
        var group = string.IsNullOrWhiteSpace(input.Group) ? null : await refs.GroupAsync(input.Group, ct);
        var agent = string.IsNullOrWhiteSpace(input.Agent) ? null : await refs.StaffAsync("agent", input.Agent, ct);
        var approvers = new List<long>();
        foreach (var name in input.Approvers) approvers.Add((await refs.UserAsync("approvers", name, ct)).Id);
        return new ChangeRequestForm(input.Title, input.Description, input.Type, input.Risk, input.ImplementationPlan,
            input.BackoutPlan, input.PlannedStart, input.PlannedEnd, approvers, input.ApprovalRule, input.Quorum)
        {
            Reason = input.Reason,
            Impact = input.Impact,
            TestPlan = input.TestPlan,
            Service = service,
            Category = category,
            Group = group,
            Agent = agent,
            TeamAgents = await StaffAsync("team.agents", input.TeamAgents, ct),
            TeamGroups = await GroupsAsync("team.groups", input.TeamGroups, ct),
        };
    }

    private async Task<List<User>> StaffAsync(string field, IReadOnlyList<string> names, CancellationToken ct)
    {
        var users = new List<User>();
        foreach (var name in names) users.Add(await refs.StaffAsync(field, name, ct));
        return users;
    }

    private async Task<List<SupportGroup>> GroupsAsync(string field, IReadOnlyList<string> names, CancellationToken ct)
    {
        var groups = new List<SupportGroup>();
        foreach (var name in names)
        {
            var key = name.Trim();
            groups.Add(await db.Groups.SingleOrDefaultAsync(g => g.Name == key, ct)
                ?? throw new InputException(field, Rules.UnknownGroup, key));
        }

        return groups;
    }

    private async Task<List<Ticket>> TicketsAsync(Actor by, IReadOnlyList<string> keys, CancellationToken ct)
    {
        var tickets = new List<Ticket>();
        foreach (var key in keys)
        {
            var ticket = await TicketLookup.Match(db.Tickets.VisibleTo(by), TicketRef.Parse(key)).Include(t => t.References)
                .SingleOrDefaultAsync(ct) ?? throw new InputException("tickets", Rules.TicketNotFound, key);
            if (!tickets.Contains(ticket)) tickets.Add(ticket);
        }

        return tickets;
    }

    private async Task<List<Problem>> ProblemsAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var problems = new List<Problem>();
        foreach (var key in keys)
        {
            var id = Problem.ParseCode(key);
            var problem = (id is null ? null : await db.Problems.SingleOrDefaultAsync(p => p.Id == id, ct))
                ?? throw new InputException("problems", Rules.ProblemNotFound, key);
            if (!problems.Contains(problem)) problems.Add(problem);
        }

        return problems;
    }

    private async Task<ChangeRequest> LoadAsync(Actor by, string? idOrCode, long? version, CancellationToken ct)
    {
        var change = await Match(db.Changes, idOrCode).Include(c => c.Approvals).Include(c => c.Team).Include(c => c.Problems)
            .AsSplitQuery().SingleOrDefaultAsync(ct);
        if (change is null || !MaySee(by, change)) throw new NotFoundException(Rules.ChangeNotFound, idOrCode ?? "");
        change.CheckVersion(version);
        return change;
    }

    private async Task<ChangeRequest> ActAsync(Actor by, string? idOrCode, long? version,
        Func<ChangeRequest, DateTimeOffset, Task> act, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var change = await LoadAsync(by, idOrCode, version, ct);
        await act(change, time.UtcNow);
        await SaveAsync(ct);
        return change;
    }

    private static Task Done(Action act)
    {
        act();
        return Task.CompletedTask;
    }

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

/// <summary>A change after a step, with the linked tickets it could not resolve (not yet assigned, or with open tasks).</summary>
public sealed record TransitionResult(ChangeRequest Change, IReadOnlyList<string> TicketsNotResolved);
