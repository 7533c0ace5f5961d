using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// Turns the names a person or an integration uses (a service, a category path, a group, a user name, a substate
/// code) into the records they stand for, or a 400 that says which field named something unknown.
/// </summary>
public sealed class TicketReferences(MesaDbContext db)
{
    public async Task<(Service?, Category?)> ClassificationAsync(string? serviceName, string? categoryPath,
        CancellationToken ct, Service? preferred = null)
    {
        Service? service = null;
        if (!string.IsNullOrWhiteSpace(serviceName))
        {
            var name = serviceName.Trim();
            service = await db.Services.SingleOrDefaultAsync(s => s.Name == name && s.Active, ct)
                ?? throw new InputException("service", Rules.UnknownService, name);
        }

        if (string.IsNullOrWhiteSpace(categoryPath)) return (service, null);

        var path = NormalisePath(categoryPath);
        var candidates = await db.Categories
            .Where(c => c.Path == path && c.Active && (service == null || c.ServiceId == service.Id)
                        && db.Services.Any(s => s.Id == c.ServiceId && s.Active))
            .ToListAsync(ct);
        var category = candidates.Count switch
        {
            0 => throw new InputException("category", Rules.UnknownCategory, path),
            1 => candidates[0],
            _ => candidates.SingleOrDefault(c => c.ServiceId == preferred?.Id)
                 ?? throw new InputException("category", Rules.AmbiguousCategory, path),
        };
        service ??= await db.Services.SingleAsync(s => s.Id == category.ServiceId, ct);
        return (service, category);
    }

    public async Task<Location> LocationAsync(string path, CancellationToken ct)
    {
        var key = NormalisePath(path);
        return await db.Locations.SingleOrDefaultAsync(l => l.Path == key && l.Active, ct)
            ?? throw new InputException("location", Rules.UnknownLocation, key);
    }

    /// <summary>The requester's own location, when they have one and it is still in use.</summary>
    public async Task<Location?> LocationOfAsync(User requester, CancellationToken ct) =>
        requester.LocationId is { } id ? await db.Locations.SingleOrDefaultAsync(l => l.Id == id && l.Active, ct) : null;

    public async Task<SupportGroup> GroupAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException("group", Rules.Required);
        var key = name.Trim();
        return await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Name == key, ct)
            ?? throw new InputException("group", Rules.UnknownGroup, key);
    }

    public async Task<User> UserAsync(string field, string userName, CancellationToken ct)
    {
        var key = userName.Trim();
        var normalised = key.ToUpperInvariant();
        return await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalised && !u.IsSystem, ct)
            ?? throw new InputException(field, Rules.UnknownUser, key);
    }

    /// <summary>A user who works tickets (agent, supervisor or administrator), or a 400 on the field.</summary>
    public async Task<User> StaffAsync(string field, string userName, CancellationToken ct)
    {
        var user = await UserAsync(field, userName, ct);
        string[] staff = [Roles.Agent, Roles.Supervisor, Roles.Admin];
        var isStaff = await db.UserRoles.AnyAsync(r => r.UserId == user.Id
            && db.Roles.Any(x => x.Id == r.RoleId && staff.Contains(x.Name!)), ct);
        return isStaff ? user : throw new InputException(field, Rules.NotAnAgent, user.UserName!);
    }

    public async Task<Substate> SubstateAsync(string code, CancellationToken ct)
    {
        var key = code.Trim();
        return await db.Substates.SingleOrDefaultAsync(s => s.Code == key && s.Active, ct)
            ?? throw new InputException("substate", Rules.UnknownSubstate, key);
    }

    public async Task<IReadOnlyList<InformedUser>> InformedUsersAsync(IReadOnlyList<InformedUserInput> rows,
        CancellationToken ct)
    {
        var names = rows.Select(r => r.UserName.Trim()).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InputException("informedUsers", Rules.DuplicateInformedUser, duplicate.Key);

        var normalised = names.Select(n => n.ToUpperInvariant()).ToList();
        var users = await db.Users.Where(u => normalised.Contains(u.NormalizedUserName!) && !u.IsSystem)
            .Select(u => new { u.Id, u.NormalizedUserName }).ToListAsync(ct);
        var missing = names.FirstOrDefault(n =>
            !users.Any(u => string.Equals(u.NormalizedUserName, n, StringComparison.OrdinalIgnoreCase)));
        if (missing is not null) throw new InputException("informedUsers", Rules.UnknownUser, missing);

        return rows.Select(r => new InformedUser(
            users.Single(u => string.Equals(u.NormalizedUserName, r.UserName.Trim(), StringComparison.OrdinalIgnoreCase)).Id,
            r.OnCreation, r.OnActions, r.OnResolution, r.OnClosure)).ToList();
    }

    /// <summary>"Hardware/Equipo" and "/Hardware/Equipo/" both mean "/Hardware/Equipo".</summary>
    public static string NormalisePath(string path) => "/" + path.Trim().Trim('/');
}
