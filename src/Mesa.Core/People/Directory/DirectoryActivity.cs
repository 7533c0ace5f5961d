using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People.Directory;

/// <summary>What the directory did to the accounts, for the administrators: the sync runs, each run's changes, and the accounts with their origin.</summary>
public sealed class DirectoryActivity(MesaDbContext db)
{
    public const int ChangesShown = 1_000;
    public const int AccountsShown = 50;

    public sealed record SyncSummary(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Read, int Created,
        int Updated, int Deactivated, int Reactivated, int Conflicts, string? Error)
    {
        public int Changed => Created + Updated + Deactivated + Reactivated;
    }

    public sealed record ChangeLine(DateTimeOffset At, string UserName, DirectoryChangeKind Kind, IReadOnlyList<string> Fields);

    public sealed record SyncDetail(SyncSummary Sync, IReadOnlyList<ChangeLine> Changes, int MoreChanges);

    public sealed record AccountLine(string UserName, string DisplayName, AccountOrigin Origin, string? Role, bool Active);

    public async Task<IReadOnlyList<SyncSummary>> RecentSyncsAsync(int take, CancellationToken ct) =>
        await db.DirectorySyncs.AsNoTracking().OrderByDescending(s => s.Id).Take(take)
            .Select(s => new SyncSummary(s.Id, s.StartedAt, s.FinishedAt, s.Read, s.Created, s.Updated, s.Deactivated,
                s.Reactivated, s.Conflicts, s.Error))
            .ToListAsync(ct);

    /// <summary>A run and its first <see cref="ChangesShown"/> changes (a first sync of a big directory makes thousands).</summary>
    public async Task<SyncDetail> SyncAsync(long id, CancellationToken ct)
    {
        var sync = await db.DirectorySyncs.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SyncSummary(s.Id, s.StartedAt, s.FinishedAt, s.Read, s.Created, s.Updated, s.Deactivated,
                s.Reactivated, s.Conflicts, s.Error))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(Rules.NotFound);
        var changes = await db.DirectoryChanges.AsNoTracking().Where(c => c.SyncId == id).OrderBy(c => c.Id)
            .Take(ChangesShown + 1).ToListAsync(ct);
        var total = changes.Count > ChangesShown ? await db.DirectoryChanges.CountAsync(c => c.SyncId == id, ct) : changes.Count;
        return new SyncDetail(sync, changes.Take(ChangesShown).Select(Line).ToList(), total - Math.Min(total, ChangesShown));
    }

    /// <summary>The last changes made when people signed in (not by a sync run).</summary>
    public async Task<IReadOnlyList<ChangeLine>> SignInChangesAsync(int take, CancellationToken ct) =>
        (await db.DirectoryChanges.AsNoTracking().Where(c => c.SyncId == null).OrderByDescending(c => c.Id).Take(take)
            .ToListAsync(ct)).Select(Line).ToList();

    /// <summary>Accounts whose user name, name or address contains the text, with where their password lives.</summary>
    public async Task<IReadOnlyList<AccountLine>> AccountsAsync(string? text, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().Where(u => !u.IsSystem && u.AnonymizedAt == null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var key = text.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(key) || u.NormalizedEmail!.Contains(key)
                || u.DisplayName.ToUpper().Contains(key));
        }

        var users = await query.OrderBy(u => u.UserName).Take(AccountsShown)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Origin, u.DeactivatedAt }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return users.Select(u => new AccountLine(u.UserName!, u.DisplayName, u.Origin,
            roles.FirstOrDefault(r => r.UserId == u.Id)?.Name, u.DeactivatedAt is null)).ToList();
    }

    private static ChangeLine Line(DirectoryChange c) =>
        new(c.At, c.UserName, c.Kind, c.Fields.Length == 0 ? [] : c.Fields.Split(','));
}
