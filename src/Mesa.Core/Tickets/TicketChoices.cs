using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// What the ticket form and the list filters offer to choose from: the catalogue, the groups with their agents,
/// the substates an agent may set, and people to pick as "Notificado por".
/// </summary>
public sealed class TicketChoices(MesaDbContext db)
{
    public const int PeopleLimit = 20;

    /// <summary>Active services, each with its active category paths in tree order (Guía §14.2 "Servicio / Categoría").</summary>
    public async Task<IReadOnlyList<ServiceChoice>> CatalogAsync(CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Path)
            .Select(c => new { c.ServiceId, c.Path }).ToListAsync(ct);
        return services.Select(s => new ServiceChoice(s.Name,
            categories.Where(c => c.ServiceId == s.Id).Select(c => c.Path).ToList())).ToList();
    }

    /// <summary>Active groups with the agents who may take their tickets (Guía §12: group first, agent last).</summary>
    public async Task<IReadOnlyList<GroupChoice>> GroupsAsync(CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.Active).OrderBy(g => g.Tier).ThenBy(g => g.Name)
            .Select(g => new { g.Id, g.Name, g.Tier }).ToListAsync(ct);
        var members = await (from m in db.GroupMemberships
                             join u in db.Users on m.UserId equals u.Id
                             where m.Role == GroupRole.Member && !u.IsSystem
                             orderby u.DisplayName
                             select new { m.GroupId, Person = new PersonChoice(u.UserName!, u.DisplayName) })
            .AsNoTracking().ToListAsync(ct);
        return groups.Select(g => new GroupChoice(g.Name, g.Tier,
            members.Where(m => m.GroupId == g.Id).Select(m => m.Person).ToList())).ToList();
    }

    /// <summary>The substates an agent sets by hand; the automatic ones (a question, the user's answer) are the system's.</summary>
    public async Task<IReadOnlyList<SubstateSummary>> ManualSubstatesAsync(CancellationToken ct) =>
        await db.Substates.AsNoTracking().Where(s => s.Active && !s.Automatic && s.State == TicketState.Assigned)
            .OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SubstateSummary(s.Code, s.Name, s.StopsClock)).ToListAsync(ct);

    public async Task<IReadOnlyList<SubstateSummary>> SubstatesAsync(CancellationToken ct) =>
        await db.Substates.AsNoTracking().Where(s => s.Active).OrderBy(s => s.State).ThenBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SubstateSummary(s.Code, s.Name, s.StopsClock)).ToListAsync(ct);

    /// <summary>Everyone who works tickets: agents, supervisors and administrators.</summary>
    public async Task<IReadOnlyList<PersonChoice>> StaffAsync(CancellationToken ct)
    {
        string[] staff = [Roles.Agent, Roles.Supervisor];
        return await (from u in db.Users
                      where !u.IsSystem && db.UserRoles.Any(ur => ur.UserId == u.Id &&
                          db.Roles.Any(r => r.Id == ur.RoleId && staff.Contains(r.Name!)))
                      orderby u.DisplayName
                      select new PersonChoice(u.UserName!, u.DisplayName)).AsNoTracking().ToListAsync(ct);
    }

    /// <summary>The paths of the active locations, for "Localización / Cliente" (Guía §14.2).</summary>
    public async Task<IReadOnlyList<string>> LocationsAsync(CancellationToken ct) =>
        await db.Locations.AsNoTracking().Where(l => l.Active).OrderBy(l => l.Path).Select(l => l.Path).ToListAsync(ct);

    /// <summary>The people with one role (the agents who may be members of a group, the supervisors), by name.</summary>
    public async Task<IReadOnlyList<PersonChoice>> InRoleAsync(string role, CancellationToken ct) =>
        await (from u in db.Users
               where !u.IsSystem && db.UserRoles.Any(ur => ur.UserId == u.Id &&
                   db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
               orderby u.DisplayName
               select new PersonChoice(u.UserName!, u.DisplayName)).AsNoTracking().ToListAsync(ct);

    /// <summary>People whose user name, name or e-mail contains the text, for "Notificado por" and "Otros informados".</summary>
    public async Task<IReadOnlyList<PersonChoice>> PeopleAsync(string? text, CancellationToken ct)
    {
        var q = (text ?? "").Trim();
        if (q.Length < 2) return [];
        var upper = q.ToUpperInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsSystem && (u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
                || u.DisplayName.Contains(q)))
            .OrderBy(u => u.DisplayName).Take(PeopleLimit)
            .Select(u => new PersonChoice(u.UserName!, u.DisplayName)).ToListAsync(ct);
    }
}

public sealed record ServiceChoice(string Name, IReadOnlyList<string> Categories);

public sealed record GroupChoice(string Name, int Tier, IReadOnlyList<PersonChoice> Agents);

public sealed record PersonChoice(string UserName, string DisplayName);
