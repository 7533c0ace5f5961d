using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Routing;

/// <summary>
/// Groups with their members, supervisors and assignment mode, and the assignment rules, as
/// the admin keeps them. Groups and rules are deactivated, never deleted: tickets and their history name them.
/// </summary>
public sealed class RoutingAdministration(MesaDbContext db, TicketReferences refs)
{
    public sealed record GroupInput(
        string Name,
        int Tier,
        AssignmentMode Mode,
        bool Active,
        IReadOnlyList<string> Members,
        IReadOnlyList<string> Supervisors);

    public sealed record GroupView(long Id, string Name, int Tier, AssignmentMode Mode, bool Active,
        IReadOnlyList<Person> Members, IReadOnlyList<Person> Supervisors, int OpenTickets);

    public sealed record Person(string UserName, string DisplayName);

    public sealed record RuleInput(
        string Name,
        string Group,
        TicketType? Type = null,
        string? ServiceType = null,
        string? Service = null,
        string? Category = null,
        string? Location = null,
        bool Active = true);

    public sealed record RuleView(int Id, string Name, string Group, TicketType? Type, string? ServiceType, string? Service,
        string? Category, string? Location, bool Active);

    public async Task<IReadOnlyList<GroupView>> GroupsAsync(CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Include(g => g.Memberships).OrderBy(g => g.Tier).ThenBy(g => g.Name)
            .ToListAsync(ct);
        var people = await db.Users.AsNoTracking().Where(u => db.GroupMemberships.Any(m => m.UserId == u.Id))
            .ToDictionaryAsync(u => u.Id, u => new Person(u.UserName!, u.DisplayName), ct);
        var open = await db.Tickets.Where(TicketStates.IsOpenTicket).Where(t => t.GroupId != null)
            .GroupBy(t => t.GroupId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return groups.Select(g => new GroupView(g.Id, g.Name, g.Tier, g.Mode, g.Active,
            Of(g, GroupRole.Member), Of(g, GroupRole.Supervisor), open.GetValueOrDefault(g.Id))).ToList();

        List<Person> Of(SupportGroup g, GroupRole role) =>
            g.Memberships.Where(m => m.Role == role).Select(m => people[m.UserId]).OrderBy(p => p.DisplayName).ToList();
    }

    public async Task<GroupView> GroupAsync(long id, CancellationToken ct) =>
        (await GroupsAsync(ct)).SingleOrDefault(g => g.Id == id) ?? throw new NotFoundException(Rules.UnknownGroup, id);

    /// <summary>
    /// Creates a group, or changes the one with <paramref name="id"/>: its members and supervisors become exactly
    /// the lists given. Members must be agents; supervisors must have the supervisor role.
    /// </summary>
    public async Task<SupportGroup> SaveGroupAsync(long? id, GroupInput input, CancellationToken ct)
    {
        var group = id is { } key
            ? await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == key, ct)
              ?? throw new NotFoundException(Rules.UnknownGroup, key)
            : db.Groups.Add(new SupportGroup(input.Name, input.Tier)).Entity;
        group.Rename(input.Name);
        if (await db.Groups.AnyAsync(g => g.Id != group.Id && g.Name == group.Name, ct))
            throw new InputException("name", Rules.DuplicateName, group.Name);
        group.ChangeTier(input.Tier);
        group.ChangeMode(input.Mode);
        group.SetActive(input.Active);
        await SetPeopleAsync(group, GroupRole.Member, "members", input.Members, Roles.Agent, ct);
        await SetPeopleAsync(group, GroupRole.Supervisor, "supervisors", input.Supervisors, Roles.Supervisor, ct);
        await db.SaveChangesAsync(ct);
        return group;
    }

    /// <summary>Adds one person to a group (an import row); nothing happens when they are already there.</summary>
    public async Task AddToGroupAsync(string groupName, string userName, GroupRole role, CancellationToken ct)
    {
        var group = await refs.GroupAsync(groupName, ct);
        var user = await StaffAsync("user", userName,
            role == GroupRole.Member ? Roles.Agent : Roles.Supervisor, ct);
        group.Add(user.Id, role);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetModeAsync(string group, AssignmentMode mode, CancellationToken ct)
    {
        var target = await db.Groups.SingleOrDefaultAsync(g => g.Name == group, ct)
            ?? throw new NotFoundException(Rules.UnknownGroup, group);
        target.ChangeMode(mode);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<RuleView>> RulesAsync(CancellationToken ct) =>
        await (from r in db.AssignmentRules.AsNoTracking()
               join g in db.Groups on r.GroupId equals g.Id
               orderby r.Id
               select new RuleView(r.Id, r.Name, g.Name, r.Type,
                   db.ServiceTypes.Where(t => t.Id == r.ServiceTypeId).Select(t => t.Name).FirstOrDefault(),
                   db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault(),
                   db.Categories.Where(c => c.Id == r.CategoryId).Select(c => c.Path).FirstOrDefault(),
                   db.Locations.Where(l => l.Id == r.LocationId).Select(l => l.Path).FirstOrDefault(),
                   r.Active)).ToListAsync(ct);

    public async Task<RuleView> RuleAsync(int id, CancellationToken ct) =>
        (await RulesAsync(ct)).SingleOrDefault(r => r.Id == id) ?? throw new NotFoundException(Rules.UnknownRule, id);

    /// <summary>
    /// Creates a rule, or changes the one with <paramref name="id"/>. A rule's name is unique, so that an import
    /// file can name the rule it updates.
    /// </summary>
    public async Task<AssignmentRule> SaveRuleAsync(int? id, RuleInput input, CancellationToken ct)
    {
        var group = await refs.GroupAsync(input.Group, ct);
        var criteria = await CriteriaAsync(input, ct);
        var rule = id is { } key
            ? await db.AssignmentRules.SingleOrDefaultAsync(r => r.Id == key, ct) ?? throw new NotFoundException(Rules.UnknownRule, key)
            : db.AssignmentRules.Add(new AssignmentRule(input.Name, group.Id, criteria)).Entity;
        rule.Rename(input.Name);
        if (await db.AssignmentRules.AnyAsync(r => r.Id != rule.Id && r.Name == rule.Name, ct))
            throw new InputException("name", Rules.DuplicateName, rule.Name);
        rule.SendTo(group.Id);
        rule.Change(criteria);
        rule.SetActive(input.Active);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    /// <summary>The id of the rule with this name, for an import row that updates it.</summary>
    public async Task<int?> RuleIdAsync(string name, CancellationToken ct)
    {
        var key = name.Trim();
        return await db.AssignmentRules.Where(r => r.Name == key).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
    }

    private async Task<RuleCriteria> CriteriaAsync(RuleInput input, CancellationToken ct)
    {
        int? serviceTypeId = null;
        if (!string.IsNullOrWhiteSpace(input.ServiceType))
        {
            var key = input.ServiceType.Trim();
            serviceTypeId = (await db.ServiceTypes.SingleOrDefaultAsync(t => t.Name == key && t.Active, ct)
                             ?? throw new InputException("serviceType", Rules.UnknownServiceType, key)).Id;
        }

        var (service, category) = await refs.ClassificationAsync(input.Service, input.Category, ct);
        // A category names its service, but a rule on a category alone matches that category in any ticket.
        var serviceId = string.IsNullOrWhiteSpace(input.Service) ? null : service?.Id;
        var location = string.IsNullOrWhiteSpace(input.Location) ? null : await refs.LocationAsync(input.Location, ct);
        return new RuleCriteria(input.Type, serviceTypeId, serviceId, category?.Id, location?.Id);
    }

    private async Task SetPeopleAsync(SupportGroup group, GroupRole role, string field, IReadOnlyList<string> userNames,
        string requiredRole, CancellationToken ct)
    {
        var wanted = new List<long>();
        foreach (var name in userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
            wanted.Add((await StaffAsync(field, name, requiredRole, ct)).Id);
        foreach (var gone in group.Memberships.Where(m => m.Role == role && !wanted.Contains(m.UserId)).ToList())
            group.Remove(gone.UserId, role);
        foreach (var userId in wanted) group.Add(userId, role);
    }

    private async Task<User> StaffAsync(string field, string userName, string role, CancellationToken ct)
    {
        var user = await refs.UserAsync(field, userName, ct);
        var normalisedRole = role.ToUpperInvariant();
        var hasRole = await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalisedRole), ct);
        if (!hasRole) throw new InputException(field, role == Roles.Agent ? Rules.NotAnAgent : Rules.NotASupervisor, user.UserName!);
        return user;
    }
}
