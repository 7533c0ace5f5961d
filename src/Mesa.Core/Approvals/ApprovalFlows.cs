using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Approvals;

/// <summary>
/// The approval flows an administrator keeps (Guía §14.2 "Flujo de trabajo"), which flow a new request follows (its
/// template's, else its category's or the nearest category above it with one), and who approves each step for it.
/// </summary>
public sealed class ApprovalFlows(MesaDbContext db)
{
    public async Task<IReadOnlyList<ApprovalFlow>> AllAsync(CancellationToken ct) =>
        await db.ApprovalFlows.AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct);

    public async Task<ApprovalFlow> GetAsync(int id, CancellationToken ct) =>
        await db.ApprovalFlows.SingleOrDefaultAsync(f => f.Id == id, ct)
        ?? throw new NotFoundException(Rules.ApprovalFlowNotFound, id);

    /// <summary>The user names of the approvers named by <see cref="ApproverKind.Person"/> steps, by id.</summary>
    public async Task<IReadOnlyDictionary<long, string>> PeopleOfAsync(IEnumerable<ApprovalFlow> flows, CancellationToken ct)
    {
        var ids = flows.SelectMany(f => f.Steps).Select(s => s.PersonId).OfType<long>().Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!, ct);
    }

    /// <summary>Creates a flow, or redefines the one with <paramref name="id"/>; names are unique.</summary>
    public async Task<ApprovalFlow> SaveAsync(int? id, ApprovalFlowDefinition definition, CancellationToken ct)
    {
        var names = definition.Steps.Select(s => s.Person?.Trim()).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        var people = await db.Users.Where(u => names.Contains(u.UserName!) && !u.IsSystem)
            .ToDictionaryAsync(u => u.UserName!, StringComparer.OrdinalIgnoreCase, ct);
        ApprovalFlow flow;
        if (id is { } key)
        {
            flow = await GetAsync(key, ct);
            flow.Define(definition, people);
        }
        else
        {
            flow = db.ApprovalFlows.Add(new ApprovalFlow(definition, people)).Entity;
        }

        if (await db.ApprovalFlows.AnyAsync(f => f.Id != flow.Id && f.Name == flow.Name, ct))
            throw new InputException("name", Rules.ApprovalFlowNameTaken, flow.Name);
        await db.SaveChangesAsync(ct);
        return flow;
    }

    /// <summary>The active flow named so, for a template or a category to use; blank is none.</summary>
    public async Task<ApprovalFlow?> NamedAsync(string field, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var wanted = name.Trim();
        var flow = await db.ApprovalFlows.SingleOrDefaultAsync(f => f.Name == wanted, ct)
            ?? throw new InputException(field, Rules.UnknownApprovalFlow, wanted);
        return flow.Active ? flow : throw new InputException(field, Rules.ApprovalFlowInactive, wanted);
    }

    /// <summary>The names of the active flows, for the screens that choose one.</summary>
    public async Task<IReadOnlyList<string>> ActiveNamesAsync(CancellationToken ct) =>
        await db.ApprovalFlows.AsNoTracking().Where(f => f.Active).OrderBy(f => f.Name).Select(f => f.Name).ToListAsync(ct);

    /// <summary>Who approves a "manager" step for <paramref name="userName"/>; blank is nobody.</summary>
    public async Task SetManagerAsync(string userName, string? manager, CancellationToken ct)
    {
        var user = await UserAsync("userName", userName, ct);
        var boss = string.IsNullOrWhiteSpace(manager) ? null : await UserAsync("manager", manager, ct);
        if (boss?.Id == user.Id) throw new InputException("manager", Rules.ManagerIsSelf);
        user.ManagerId = boss?.Id;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who approves an "owner of the service" step for the service; blank is nobody.</summary>
    public async Task SetServiceOwnerAsync(long serviceId, string? owner, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, ct)
            ?? throw new NotFoundException(Rules.UnknownService, serviceId);
        service.ChangeOwner(string.IsNullOrWhiteSpace(owner) ? null : (await UserAsync("owner", owner, ct)).Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The flow the requests of a category (and of the categories below it without their own) follow.</summary>
    public async Task SetCategoryFlowAsync(long categoryId, string? flow, CancellationToken ct)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == categoryId, ct)
            ?? throw new NotFoundException(Rules.UnknownCategory, categoryId);
        category.UseApprovalFlow(await NamedAsync("approvalFlow", flow, ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task<User> UserAsync(string field, string userName, CancellationToken ct)
    {
        var name = userName.Trim();
        return await db.Users.SingleOrDefaultAsync(u => u.UserName == name && !u.IsSystem, ct)
            ?? throw new InputException(field, Rules.UnknownUser, name);
    }

    /// <summary>
    /// The flow a new request follows: its template's; else its category's, or that of the nearest category above it
    /// that has one. Incidents follow none (Guía §5: approvals belong to requests), nor do inactive flows.
    /// </summary>
    public async Task<ApprovalFlow?> ForAsync(Tickets.TicketType type, int? templateFlowId, Category? category, CancellationToken ct)
    {
        if (type != Tickets.TicketType.Request) return null;
        var flowId = templateFlowId;
        if (flowId is null && category is not null)
        {
            var candidates = await db.Categories.AsNoTracking()
                .Where(c => c.ServiceId == category.ServiceId && c.ApprovalFlowId != null)
                .Select(c => new { c.Path, c.ApprovalFlowId }).ToListAsync(ct);
            flowId = candidates
                .Where(c => c.Path == category.Path || category.Path.StartsWith(c.Path + "/", StringComparison.Ordinal))
                .OrderByDescending(c => c.Path.Length).Select(c => c.ApprovalFlowId).FirstOrDefault();
        }

        return flowId is { } id ? await db.ApprovalFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.Active, ct) : null;
    }

    /// <summary>
    /// The steps of <paramref name="flow"/> for one request, each with its approver: the requester's manager, the
    /// service's owner or the named person; a step nobody can decide (none set, an inactive account, the requester
    /// themself) carries the reason it will be skipped.
    /// </summary>
    public async Task<IReadOnlyList<TicketApproval>> PlanAsync(ApprovalFlow flow, User requester, Service? service,
        CancellationToken ct)
    {
        var steps = flow.Steps.OrderBy(s => s.Position).ToList();
        var ids = steps.Select(s => s.Kind switch
        {
            ApproverKind.Manager => requester.ManagerId,
            ApproverKind.ServiceOwner => service?.OwnerId,
            _ => s.PersonId,
        }).ToList();
        var wanted = ids.OfType<long>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return steps.Select((step, i) =>
        {
            var approver = ids[i] is { } id ? people.GetValueOrDefault(id) : null;
            ApprovalSkipReason? skip = approver switch
            {
                null => ApprovalSkipReason.NoApprover,
                { IsActive: false } or { IsSystem: true } => ApprovalSkipReason.ApproverInactive,
                _ when approver.Id == requester.Id => ApprovalSkipReason.ApproverIsRequester,
                _ => null,
            };
            return new TicketApproval(step, approver, skip);
        }).ToList();
    }
}
