using System.Net.Mail;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People;

/// <summary>
/// People and their roles as an administrator keeps them (Guía §4: the platform is parametrized by its administrators):
/// find, create, change, deactivate, reactivate and delete accounts; roles, groups and supervised groups, location,
/// manager and language. The directory owns what it says about its accounts (name, address, phone, location, role,
/// whether they may sign in): those fields are read-only here. A person is deleted only when nothing names them;
/// otherwise deactivated, which ends their sessions and tokens at once.
/// </summary>
public sealed class PeopleAdministration(MesaDbContext db, UserManager<User> users, TicketReferences refs, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The interface languages a person may have (the organisation's, Spanish, is the default).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["es", "en"];

    public sealed record Filter(string? Query = null, string? Role = null, string? Group = null, bool? Active = null);

    /// <summary>A person's fields; on a change, a null field stays as it is.</summary>
    public sealed record PersonInput(
        string? UserName = null,
        string? DisplayName = null,
        string? Email = null,
        string? Phone = null,
        IReadOnlyList<string>? Roles = null,
        IReadOnlyList<string>? Groups = null,
        IReadOnlyList<string>? Supervises = null,
        string? Location = null,
        string? Manager = null,
        string? Language = null,
        string? Password = null,
        bool? Active = null);

    public sealed record PersonView(long Id, string UserName, string DisplayName, string? Email, string? Phone,
        IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, IReadOnlyList<string> Supervises, string? Location,
        string? Manager, string? Language, AccountOrigin Origin, bool Active, DateTimeOffset? DeactivatedAt, int OpenTickets);

    /// <summary>A page of people matching the filter, by name, and how many match.</summary>
    public async Task<(IReadOnlyList<PersonView> People, int Total)> FindAsync(Filter filter, int page, int pageSize,
        CancellationToken ct)
    {
        var query = Matching(filter);
        var total = await query.CountAsync(ct);
        var ids = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(u => u.Id).ToListAsync(ct);
        return (await ViewsAsync(ids, ct), total);
    }

    /// <summary>Every person the filter matches, by name (a bulk action's targets).</summary>
    public async Task<IReadOnlyList<string>> UserNamesAsync(Filter filter, CancellationToken ct) =>
        await Matching(filter).OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(ct);

    public async Task<PersonView> GetAsync(string userName, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        return (await ViewsAsync([user.Id], ct))[0];
    }

    /// <summary>A new local account; without a password the person signs in by a link or sets one with "¿Olvidó su contraseña?".</summary>
    public async Task<User> CreateAsync(PersonInput input, CancellationToken ct)
    {
        var userName = Required("userName", input.UserName);
        if (userName.Length > User.UserNameMaxLength) throw new InputException("userName", Rules.TooLong, User.UserNameMaxLength);
        if (userName.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c)))
            throw new InputException("userName", Rules.InvalidUserName, userName);
        if (await users.FindByNameAsync(userName) is not null) throw new InputException("userName", Rules.DuplicateUserName, userName);
        Required("displayName", input.DisplayName);

        var user = new User { UserName = userName, LockoutEnabled = true, EmailConfirmed = true };
        user.NormalizedUserName = users.NormalizeName(userName);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        db.Users.Add(user);
        await ApplyAsync(user, input with { Roles = input.Roles is { Count: > 0 } ? input.Roles : [Roles.Requester] }, creating: true, ct);
        if (input.Active == false) user.Deactivate(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Changes the fields given; the lists given (roles, groups, supervised groups) become exactly those.</summary>
    public async Task<User> UpdateAsync(Actor by, string userName, PersonInput input, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        if (input.UserName is { } renamed && !string.Equals(renamed.Trim(), user.UserName, StringComparison.Ordinal))
            throw new InputException("userName", Rules.UserNameFixed);
        if (input.Active == false && user.Id == by.Id) throw new DomainException(Rules.CannotDeactivateSelf);
        await ApplyAsync(user, input, creating: false, ct);
        if (input.Active is { } active && active != user.IsActive)
        {
            if (user.Origin == AccountOrigin.Directory) throw new InputException("active", Rules.DirectoryOwnsField);
            if (active) user.Reactivate();
            else await DeactivateAsync(user, ct);
        }

        await RefuseNoAdminLeftAsync(ct);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>
    /// Deletes an account that nothing names (a person created by mistake). One with open tickets, or with any record
    /// or history that names them, can only be deactivated: their past stays readable.
    /// </summary>
    public async Task DeleteAsync(Actor by, string userName, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        if (user.Id == by.Id) throw new DomainException(Rules.CannotDeactivateSelf);
        if (await db.Tickets.Where(TicketStates.IsOpenTicket).AnyAsync(t => t.RequesterId == user.Id || t.AgentId == user.Id, ct))
            throw new DomainException(Rules.PersonHasOpenTickets, user.UserName!);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.GroupMemberships.RemoveRange(await db.GroupMemberships.Where(m => m.UserId == user.Id).ToListAsync(ct));
        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(ct));
        db.ApiTokens.RemoveRange(await db.ApiTokens.Where(t => t.UserId == user.Id).ToListAsync(ct));
        db.Users.Remove(user);
        try
        {
            await db.SaveChangesAsync(ct);
            await RefuseNoAdminLeftAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Something still names the person (a closed ticket, a history line, a knowledge article): the database's
            // own foreign keys say so, on both engines, without a list of tables to keep in step here.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            throw new DomainException(Rules.PersonHasRecords, userName.Trim());
        }
    }

    /// <summary>Sets a new password for a local account (the administrator tells the person by a safe channel).</summary>
    public async Task SetPasswordAsync(string userName, string? password, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        if (user.Origin == AccountOrigin.Directory) throw new InputException("password", Rules.DirectoryOwnsField);
        await SetPasswordAsync(user, Required("password", password));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The open tickets a person works as agent, oldest first: what to hand over when they leave.</summary>
    public async Task<IReadOnlyList<(long Id, string Code, string Title, string? Group)>> OpenTicketsAsync(string userName,
        CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        var rows = await db.Tickets.AsNoTracking().Where(TicketStates.IsOpenTicket).Where(t => t.AgentId == user.Id)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.Code, t.Title, Group = db.Groups.Where(g => g.Id == t.GroupId).Select(g => g.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Code, r.Title, r.Group)).ToList();
    }

    private IQueryable<User> Matching(Filter filter)
    {
        var query = db.Users.AsNoTracking().Where(u => !u.IsSystem && u.AnonymizedAt == null);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(u => u.UserName!.ToLower().Contains(q) || u.DisplayName.ToLower().Contains(q)
                || (u.Email != null && u.Email.ToLower().Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            var role = filter.Role.Trim().ToUpperInvariant();
            query = query.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.NormalizedName == role)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Group))
        {
            var group = filter.Group.Trim();
            query = query.Where(u => db.GroupMemberships.Any(m => m.UserId == u.Id && db.Groups.Any(g => g.Id == m.GroupId && g.Name == group)));
        }

        if (filter.Active is { } active) query = query.Where(u => (u.DeactivatedAt == null) == active);
        return query;
    }

    private async Task<List<PersonView>> ViewsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var roles = await (from r in db.UserRoles
                           join role in db.Roles on r.RoleId equals role.Id
                           where ids.Contains(r.UserId)
                           select new { r.UserId, role.Name }).ToListAsync(ct);
        var groups = await (from m in db.GroupMemberships
                            join g in db.Groups on m.GroupId equals g.Id
                            where ids.Contains(m.UserId)
                            select new { m.UserId, m.Role, g.Name }).ToListAsync(ct);
        var placeIds = people.Values.Where(u => u.LocationId != null).Select(u => u.LocationId!.Value).Distinct().ToList();
        var places = await db.Locations.Where(l => placeIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Path, ct);
        var managerIds = people.Values.Where(u => u.ManagerId != null).Select(u => u.ManagerId!.Value).Distinct().ToList();
        var managers = await db.Users.Where(u => managerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!, ct);
        var open = await db.Tickets.Where(TicketStates.IsOpenTicket).Where(t => t.AgentId != null && ids.Contains(t.AgentId.Value))
            .GroupBy(t => t.AgentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return ids.Where(people.ContainsKey).Select(id =>
        {
            var u = people[id];
            return new PersonView(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber,
                Order(roles.Where(r => r.UserId == id).Select(r => r.Name!)),
                groups.Where(g => g.UserId == id && g.Role == GroupRole.Member).Select(g => g.Name).Order(StringComparer.CurrentCulture).ToList(),
                groups.Where(g => g.UserId == id && g.Role == GroupRole.Supervisor).Select(g => g.Name).Order(StringComparer.CurrentCulture).ToList(),
                u.LocationId is { } l ? places.GetValueOrDefault(l) : null,
                u.ManagerId is { } m ? managers.GetValueOrDefault(m) : null,
                u.Language, u.Origin, u.IsActive, u.DeactivatedAt, open.GetValueOrDefault(id));
        }).ToList();

        static List<string> Order(IEnumerable<string> names) => names.OrderBy(n => People.Roles.All.ToList().IndexOf(n)).ToList();
    }

    private async Task ApplyAsync(User user, PersonInput input, bool creating, CancellationToken ct)
    {
        var directory = user.Origin == AccountOrigin.Directory;
        void Owned(string field, bool changes)
        {
            if (directory && changes) throw new InputException(field, Rules.DirectoryOwnsField);
        }

        if (input.DisplayName is { } name)
        {
            var trimmed = Required("displayName", name);
            if (trimmed.Length > User.DisplayNameMaxLength) throw new InputException("displayName", Rules.TooLong, User.DisplayNameMaxLength);
            Owned("displayName", trimmed != user.DisplayName);
            user.DisplayName = trimmed;
        }

        if (input.Email is { } email)
        {
            var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
            if (address is not null && (address.Length > User.UserNameMaxLength || !MailAddress.TryCreate(address, out var parsed)
                    || parsed.Address != address))
                throw new InputException("email", Rules.InvalidEmail, address);
            Owned("email", address != user.Email);
            var normalized = address is null ? null : users.NormalizeEmail(address);
            if (normalized is not null && await db.Users.AnyAsync(u => u.Id != user.Id && u.NormalizedEmail == normalized && !u.IsSystem, ct))
                throw new InputException("email", Rules.DuplicateEmail, address!);
            user.Email = address;
            user.NormalizedEmail = normalized;
        }

        if (input.Phone is { } phone)
        {
            var number = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
            if (number is { Length: > 50 }) throw new InputException("phone", Rules.TooLong, 50);
            Owned("phone", number != user.PhoneNumber);
            user.PhoneNumber = number;
        }

        if (input.Location is { } location)
        {
            var place = string.IsNullOrWhiteSpace(location) ? null : await refs.LocationAsync(location, ct);
            Owned("location", place?.Id != user.LocationId);
            user.LocationId = place?.Id;
        }

        if (input.Manager is { } manager)
            user.ManagerId = string.IsNullOrWhiteSpace(manager) ? null : (await refs.UserAsync("manager", manager, ct)).Id;

        if (input.Language is { } language)
        {
            var code = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
            if (code is not null && !Languages.Contains(code)) throw new InputException("language", Rules.InvalidValue, language);
            user.Language = code;
        }

        if (input.Password is { } password)
        {
            if (directory) throw new InputException("password", Rules.DirectoryOwnsField);
            await SetPasswordAsync(user, Required("password", password));
        }

        var roles = input.Roles is null ? null : await RolesAsync(user, input.Roles, directory && !creating, ct);
        var staff = roles?.Contains(People.Roles.Agent) ?? await HasRoleAsync(user, People.Roles.Agent, ct);
        var supervisor = roles?.Contains(People.Roles.Supervisor) ?? await HasRoleAsync(user, People.Roles.Supervisor, ct);
        if (input.Groups is { } groups) await SetGroupsAsync(user, GroupRole.Member, "groups", groups, ct);
        if (input.Supervises is { } supervises) await SetGroupsAsync(user, GroupRole.Supervisor, "supervises", supervises, ct);

        // A member takes tickets and a supervisor oversees them (Guía §4): the roles follow from the places.
        var userId = db.Entry(user).Property(u => u.Id).CurrentValue;
        if (user.Id != 0) await db.GroupMemberships.Where(m => m.UserId == userId).LoadAsync(ct);
        var memberships = db.ChangeTracker.Entries<GroupMembership>()
            .Where(e => e.Entity.UserId == userId && e.State != EntityState.Deleted).Select(e => e.Entity).ToList();
        if (memberships.Any(m => m.Role == GroupRole.Member) && !staff)
            throw new InputException("groups", Rules.NotAnAgent, user.UserName!);
        if (memberships.Any(m => m.Role == GroupRole.Supervisor) && !supervisor)
            throw new InputException("supervises", Rules.NotASupervisor, user.UserName!);
    }

    private async Task<List<string>> RolesAsync(User user, IReadOnlyList<string> wanted, bool directoryOwned, CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var raw in wanted.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            var name = raw.Trim().ToLowerInvariant();
            if (!People.Roles.All.Contains(name)) throw new InputException("roles", Rules.UnknownRole, raw.Trim());
            if (!names.Contains(name)) names.Add(name);
        }

        if (names.Count == 0) names.Add(People.Roles.Requester);
        var all = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var userId = db.Entry(user).Property(u => u.Id).CurrentValue;
        var current = user.Id == 0 ? [] : await db.UserRoles.Where(r => r.UserId == userId).ToListAsync(ct);
        var currentNames = current.Select(r => all.First(a => a.Value == r.RoleId).Key).ToHashSet();
        if (directoryOwned && !currentNames.SetEquals(names)) throw new InputException("roles", Rules.DirectoryOwnsField);
        foreach (var gone in current.Where(r => !names.Contains(all.First(a => a.Value == r.RoleId).Key))) db.UserRoles.Remove(gone);
        // A new account's id is a temporary one until the save, which ties its roles to the id the database gives.
        foreach (var name in names.Where(n => !currentNames.Contains(n)))
            db.UserRoles.Add(new IdentityUserRole<long> { UserId = userId, RoleId = all[name] });
        return names;
    }

    private async Task SetGroupsAsync(User user, GroupRole role, string field, IReadOnlyList<string> names, CancellationToken ct)
    {
        var wanted = new List<SupportGroup>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct())
            wanted.Add(await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Name == name, ct)
                       ?? throw new InputException(field, Rules.UnknownGroup, name));
        var userId = db.Entry(user).Property(u => u.Id).CurrentValue;
        var current = await db.Groups.Include(g => g.Memberships)
            .Where(g => g.Memberships.Any(m => m.UserId == userId && m.Role == role)).ToListAsync(ct);
        foreach (var group in current.Where(g => !wanted.Contains(g))) group.Remove(userId, role);
        foreach (var group in wanted) group.Add(userId, role);
    }

    private async Task DeactivateAsync(User user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        user.Deactivate(now);
        foreach (var token in await db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(ct))
            token.Revoke(now);
    }

    private async Task SetPasswordAsync(User user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded) throw new InputException("password", Rules.WeakPassword, users.Options.Password.RequiredLength);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Someone must still be able to administer Mesa after a change that takes the role from someone.</summary>
    private async Task RefuseNoAdminLeftAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var adminRole = await db.Roles.Where(r => r.NormalizedName == "ADMIN").Select(r => r.Id).SingleAsync(ct);
        var admins = await db.UserRoles.Where(r => r.RoleId == adminRole)
            .Where(r => db.Users.Any(u => u.Id == r.UserId && u.DeactivatedAt == null && !u.IsSystem))
            .Select(r => r.UserId).ToListAsync(ct);
        var links = db.ChangeTracker.Entries<IdentityUserRole<long>>().Where(e => e.Entity.RoleId == adminRole).ToList();
        var losing = links.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.UserId)
            .Concat(db.ChangeTracker.Entries<User>()
                .Where(e => e.State is EntityState.Deleted || (e.State == EntityState.Modified && !e.Entity.IsActive))
                .Select(e => e.Entity.Id).Where(admins.Contains))
            .ToHashSet();
        if (losing.Count == 0 || links.Any(e => e.State == EntityState.Added)) return;
        if (admins.All(losing.Contains)) throw new DomainException(Rules.LastAdministrator);
    }

    private async Task<bool> HasRoleAsync(User user, string role, CancellationToken ct)
    {
        if (user.Id == 0) return false;
        var normalized = role.ToUpperInvariant();
        return await db.UserRoles.AnyAsync(r => r.UserId == user.Id && db.Roles.Any(x => x.Id == r.RoleId && x.NormalizedName == normalized), ct);
    }

    private async Task<User> FindUserAsync(string userName, CancellationToken ct)
    {
        var normalized = users.NormalizeName(userName.Trim());
        return await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized && !u.IsSystem && u.AnonymizedAt == null, ct)
               ?? throw new NotFoundException(Rules.UnknownUser, userName.Trim());
    }

    private static string Required(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new InputException(field, Rules.Required) : value.Trim();
}
