using Mesa.Core.Catalog;
using Mesa.Core.Data;
using Mesa.Core.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.People.Directory;

/// <summary>
/// Guía §8 "Acceso integrado Windows": the directory is the source of internal accounts. Makes and keeps a person's
/// Mesa account as the directory describes them: name, address, phone, department as Localización, the role of the
/// highest mapped group they belong to, and their membership of the mapped Mesa groups. Every account it changes gets
/// a <see cref="DirectoryChange"/> in the same transaction.
/// </summary>
public sealed class DirectoryAccounts(MesaDbContext db, IOptions<DirectoryOptions> options, ILookupNormalizer normalizer,
    TimeProvider clock)
{
    private readonly DirectoryOptions _options = options.Value;
    private Dictionary<string, long>? _roleIds;
    private Dictionary<string, long>? _locations;
    private List<(string Dn, SupportGroup Group)>? _groups;

    /// <summary>
    /// Forgets what was read once for many people (roles, places, the mapped groups and their members), after the
    /// caller cleared the change tracker: a sync of tens of thousands of people does not keep them all tracked.
    /// </summary>
    public void Forget()
    {
        _locations = null;
        _groups = null;
    }

    /// <summary>The role a person's mapped groups give: the highest of admin, supervisor and agent; otherwise requester.</summary>
    public string RoleOf(DirectoryPerson person)
    {
        foreach (var role in new[] { Roles.Admin, Roles.Supervisor, Roles.Agent })
        {
            if (_options.Roles.TryGetValue(role, out var dn) && !string.IsNullOrWhiteSpace(dn)
                && person.Groups.Contains(DistinguishedNames.Normalize(dn)))
                return role;
        }

        return Roles.Requester;
    }

    /// <summary>
    /// Brings the person's account in line with the directory: made if missing (and the person enabled), updated,
    /// deactivated or reactivated. Null when the person has no account: disabled before ever having one, or a local
    /// account holds their name (a conflict, recorded).
    /// </summary>
    public async Task<(User? User, DirectoryChange? Change)> ApplyAsync(DirectoryPerson person, long? syncId,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(u => u.DirectoryKey == person.Key, ct);
        var fields = new List<string>();
        var kind = DirectoryChangeKind.Updated;
        if (user is null)
        {
            var normalized = normalizer.NormalizeName(person.UserName);
            var holder = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
            if (holder is not null && !MayTake(holder, person))
                return (null, await RecordAsync(new DirectoryChange(syncId, null, person.UserName,
                    DirectoryChangeKind.Conflict, [], now), transaction, ct));
            if (holder is null && !person.Enabled) return (null, null);
            if (holder is null)
            {
                user = NewAccount(person);
                db.Users.Add(user);
                kind = DirectoryChangeKind.Created;
            }
            else
            {
                user = holder;
                fields.Add(DirectoryFields.Linked);
            }

            user.LinkToDirectory(person.Key);
        }

        if (!person.Enabled)
        {
            if (!user.IsActive) return (user, null);
            user.Deactivate(now);
            await RevokeTokensAsync(user.Id, now, ct);
            return (user, await RecordAsync(new DirectoryChange(syncId, user.Id, user.UserName!,
                DirectoryChangeKind.Deactivated, [], now), transaction, ct));
        }

        if (!user.IsActive)
        {
            user.Reactivate();
            if (kind == DirectoryChangeKind.Updated) kind = DirectoryChangeKind.Reactivated;
        }

        await ApplyProfileAsync(user, person, fields, ct);
        if (kind == DirectoryChangeKind.Created) await db.SaveChangesAsync(ct);
        await ApplyRoleAsync(user, person, kind == DirectoryChangeKind.Created, fields, ct);
        await ApplyGroupsAsync(user, person, fields, ct);
        if (kind == DirectoryChangeKind.Updated && fields.Count == 0)
        {
            await transaction.CommitAsync(ct);
            return (user, null);
        }

        return (user, await RecordAsync(new DirectoryChange(syncId, user.Id, user.UserName!, kind, fields, now),
            transaction, ct));
    }

    /// <summary>The person's manager, as the directory now names them; recorded as a change of the run.</summary>
    public async Task<DirectoryChange?> SetManagerAsync(long userId, long? managerId, long? syncId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        if (user.ManagerId == managerId)
        {
            await transaction.CommitAsync(ct);
            return null;
        }

        user.ManagerId = managerId;
        return await RecordAsync(new DirectoryChange(syncId, user.Id, user.UserName!, DirectoryChangeKind.Updated,
            [DirectoryFields.Manager], clock.GetUtcNow()), transaction, ct);
    }

    /// <summary>Deactivates a directory account whose entry is gone from the directory (deleted, or out of the base).</summary>
    public async Task<DirectoryChange?> DeactivateMissingAsync(User user, long? syncId, CancellationToken ct)
    {
        if (!user.IsActive) return null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        user.Deactivate(now);
        await RevokeTokensAsync(user.Id, now, ct);
        return await RecordAsync(new DirectoryChange(syncId, user.Id, user.UserName!, DirectoryChangeKind.Deactivated,
            [], now), transaction, ct);
    }

    /// <summary>
    /// A directory person takes an existing account of the same user name only when it is theirs beyond doubt: another
    /// directory account (the entry was made anew), or a local account with the same e-mail address (made by hand
    /// before the directory was connected). Anything else is someone else's account and is left alone.
    /// </summary>
    private static bool MayTake(User holder, DirectoryPerson person) =>
        !holder.IsSystem && holder.AnonymizedAt is null
        && (holder.Origin == AccountOrigin.Directory
            || (holder.Email is { Length: > 0 } email && person.Email is { Length: > 0 }
                && string.Equals(email, person.Email, StringComparison.OrdinalIgnoreCase)));

    private User NewAccount(DirectoryPerson person) => new()
    {
        UserName = person.UserName,
        NormalizedUserName = normalizer.NormalizeName(person.UserName),
        EmailConfirmed = true,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };

    private async Task ApplyProfileAsync(User user, DirectoryPerson person, List<string> fields, CancellationToken ct)
    {
        var name = Clip(person.DisplayName, User.DisplayNameMaxLength);
        if (user.DisplayName != name)
        {
            user.DisplayName = name;
            fields.Add(DirectoryFields.Name);
        }

        var email = person.Email is { Length: > 0 and <= User.UserNameMaxLength } e ? e : null;
        if (!string.Equals(user.Email, email, StringComparison.Ordinal))
        {
            user.Email = email;
            user.NormalizedEmail = email is null ? null : normalizer.NormalizeEmail(email);
            user.EmailConfirmed = email is not null;
            fields.Add(DirectoryFields.Email);
        }

        var phone = person.Phone is { Length: > 0 } p ? Clip(p, 50) : null;
        if (user.PhoneNumber != phone)
        {
            user.PhoneNumber = phone;
            fields.Add(DirectoryFields.Phone);
        }

        var location = await LocationAsync(person.Department, ct);
        if (location is not null && user.LocationId != location)
        {
            user.LocationId = location;
            fields.Add(DirectoryFields.Location);
        }
    }

    private async Task ApplyRoleAsync(User user, DirectoryPerson person, bool isNew, List<string> fields, CancellationToken ct)
    {
        _roleIds ??= await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var wanted = _roleIds[RoleOf(person)];
        var current = isNew ? [] : await db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(ct);
        if (current.Count == 1 && current[0].RoleId == wanted) return;
        db.UserRoles.RemoveRange(current);
        db.UserRoles.Add(new IdentityUserRole<long> { UserId = user.Id, RoleId = wanted });
        // A new role changes what the person may do: their sessions take it at once.
        if (!isNew)
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            fields.Add(DirectoryFields.Role);
        }
    }

    private async Task ApplyGroupsAsync(User user, DirectoryPerson person, List<string> fields, CancellationToken ct)
    {
        _groups ??= await MappedGroupsAsync(ct);
        var changed = false;
        foreach (var (dn, group) in _groups)
        {
            var wanted = person.Groups.Contains(dn);
            if (wanted == group.HasMember(user.Id)) continue;
            if (wanted) group.AddMember(user.Id);
            else group.Remove(user.Id, GroupRole.Member);
            changed = true;
        }

        if (changed) fields.Add(DirectoryFields.Groups);
    }

    /// <summary>The Mesa groups the settings map, with their memberships; a name no group has is left out.</summary>
    private async Task<List<(string Dn, SupportGroup Group)>> MappedGroupsAsync(CancellationToken ct)
    {
        var names = _options.Groups.Select(g => g.Group).ToList();
        var groups = await db.Groups.Include(g => g.Memberships).Where(g => names.Contains(g.Name)).ToListAsync(ct);
        return (from mapping in _options.Groups
                where !string.IsNullOrWhiteSpace(mapping.Dn)
                from g in groups.Where(g => g.Name == mapping.Group)
                select (DistinguishedNames.Normalize(mapping.Dn), g)).ToList();
    }

    /// <summary>
    /// The Localización named like the person's department (any level of the tree, the shallowest first); a department
    /// with no Localización yet gets one at the top of the tree.
    /// </summary>
    private async Task<long?> LocationAsync(string? department, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(department)) return null;
        var name = department.Trim();
        if (_locations is null)
        {
            var all = await db.Locations.AsNoTracking().Where(l => l.Active)
                .Select(l => new { l.Id, l.Name, l.Path }).ToListAsync(ct);
            _locations = all.OrderBy(l => l.Path.Count(c => c == '/')).ThenBy(l => l.Id)
                .GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        }

        if (_locations.TryGetValue(name, out var id)) return id;
        Location made;
        try
        {
            made = Location.Root(Clip(name, CatalogNames.MaxLength));
        }
        catch (Common.InputException)
        {
            return null;
        }

        db.Locations.Add(made);
        await db.SaveChangesAsync(ct);
        return _locations[name] = made.Id;
    }

    private async Task RevokeTokensAsync(long userId, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var token in await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct))
            token.Revoke(now);
    }

    private async Task<DirectoryChange> RecordAsync(DirectoryChange change,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
    {
        db.Add(change);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return change;
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
