using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People;

/// <summary>Builds the <see cref="Actor"/> of a signed-in user: roles and group memberships, in two small queries.</summary>
public sealed class Actors(MesaDbContext db, TimeProvider clock)
{
    /// <summary>The actor of an authenticated request: identity and roles come from its claims; only the groups are read.</summary>
    public async Task<Actor> ForSignedInAsync(long userId, string userName, IReadOnlySet<string> roles, CancellationToken ct)
    {
        var memberships = await MembershipsAsync(userId, ct);
        return new Actor(userId, userName, roles,
            memberships.Where(m => m.Role == GroupRole.Member).Select(m => m.GroupId).ToHashSet(),
            memberships.Where(m => m.Role == GroupRole.Supervisor).Select(m => m.GroupId).ToHashSet(),
            IsFirstLine: memberships.Any(m => m.Tier == 1));
    }

    /// <summary>
    /// A person's name and roles, whether their account may act now (not locked by an administrator, not
    /// deactivated), and the directory entry it follows, in one query (for token authentication); null for unknown or
    /// system users.
    /// </summary>
    public async Task<TokenHolder?> TokenHolderAsync(long userId, CancellationToken ct)
    {
        var rows = await (from u in db.Users
                          where u.Id == userId && !u.IsSystem
                          from ur in db.UserRoles.Where(ur => ur.UserId == u.Id).DefaultIfEmpty()
                          from r in db.Roles.Where(r => ur != null && r.Id == ur.RoleId).DefaultIfEmpty()
                          select new { u.UserName, u.LockoutEnd, u.DeactivatedAt, u.Origin, u.DirectoryKey, Role = r == null ? null : r.Name })
                         .ToListAsync(ct);
        if (rows.Count == 0) return null;
        var first = rows[0];
        var blocked = first.DeactivatedAt is not null || (first.LockoutEnd is { } end && end > clock.GetUtcNow());
        return new TokenHolder(first.UserName ?? "", rows.Where(r => r.Role != null).Select(r => r.Role!).ToList(), blocked,
            first.Origin == AccountOrigin.Directory ? first.DirectoryKey : null);
    }

    /// <summary>
    /// The person a signed link speaks for; a deactivated account (someone who left the entity) is nobody any more, so
    /// <paramref name="activeOnly"/> refuses it as unknown.
    /// </summary>
    public async Task<Actor> ForUserAsync(long userId, CancellationToken ct, bool activeOnly = false)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsSystem && (!activeOnly || u.DeactivatedAt == null))
            .Select(u => new { u.Id, u.UserName })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(Rules.UnknownUser, userId);

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name!).ToListAsync(ct);

        var memberships = await MembershipsAsync(userId, ct);
        return new Actor(
            user.Id,
            user.UserName ?? "",
            roles.ToHashSet(),
            memberships.Where(m => m.Role == GroupRole.Member).Select(m => m.GroupId).ToHashSet(),
            memberships.Where(m => m.Role == GroupRole.Supervisor).Select(m => m.GroupId).ToHashSet(),
            IsFirstLine: memberships.Any(m => m.Tier == 1));
    }

    private async Task<List<(long GroupId, GroupRole Role, int Tier)>> MembershipsAsync(long userId, CancellationToken ct) =>
        (await (from m in db.GroupMemberships
                join g in db.Groups on m.GroupId equals g.Id
                where m.UserId == userId && g.Active
                select new { m.GroupId, m.Role, g.Tier }).ToListAsync(ct))
        .Select(m => (m.GroupId, m.Role, m.Tier)).ToList();

    /// <summary>The system account that acts for automatic steps ("Escalado Automático").</summary>
    public async Task<Actor> SystemAsync(CancellationToken ct)
    {
        var id = await db.Users.Where(u => u.UserName == SystemUsers.AutomaticEscalation)
            .Select(u => u.Id).SingleAsync(ct);
        return new Actor(id, SystemUsers.AutomaticEscalation, new HashSet<string>(), new HashSet<long>(),
            new HashSet<long>(), IsFirstLine: false);
    }
}

/// <summary>Who a token speaks for: name, roles, whether they may act now, and the directory entry they follow (if any).</summary>
public sealed record TokenHolder(string UserName, IReadOnlyList<string> Roles, bool Blocked, string? DirectoryKey);
