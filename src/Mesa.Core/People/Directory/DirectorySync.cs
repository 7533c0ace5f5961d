using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mesa.Core.People.Directory;

/// <summary>
/// The <c>directory-sync</c> job: reads every person under the directory's base, page by page, and brings their
/// accounts in line (<see cref="DirectoryAccounts"/>); a directory account whose entry is gone is deactivated. Tickets
/// and history are never touched. Each run is kept as a <see cref="DirectorySyncRun"/> with its changes.
/// </summary>
public sealed class DirectorySync(MesaDbContext db, IDirectory directory, DirectoryAccounts accounts, TimeProvider clock,
    ILogger<DirectorySync> log)
{
    /// <summary>People applied between two clearings of the change tracker.</summary>
    private const int Batch = 200;

    /// <summary>Runs the sync; answers how many accounts it changed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!directory.IsConfigured) return 0;
        var run = new DirectorySyncRun(clock.GetUtcNow());
        db.Add(run);
        await db.SaveChangesAsync(ct);
        // Kept apart from the people's transactions, saved at each checkpoint.
        db.Entry(run).State = EntityState.Detached;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A manager may come later in the listing than the people who report to them: managers are set at the end.
        var accountOf = new Dictionary<string, long>(StringComparer.Ordinal);
        var managerOf = new Dictionary<long, string?>();
        try
        {
            await foreach (var person in directory.PeopleAsync(ct))
            {
                run.CountRead();
                seen.Add(person.Key);
                var (user, change) = await accounts.ApplyAsync(person, run.Id, ct);
                if (change is not null) run.Count(change.Kind);
                if (user is not null)
                {
                    accountOf[DistinguishedNames.Normalize(person.Dn)] = user.Id;
                    managerOf[user.Id] = person.ManagerDn is { Length: > 0 } dn ? DistinguishedNames.Normalize(dn) : null;
                }

                if (run.Read % Batch == 0) await CheckpointAsync(run, ct);
            }

            await CheckpointAsync(run, ct);
            await ApplyManagersAsync(run, accountOf, managerOf, ct);
            await DeactivateMissingAsync(run, seen, ct);
            run.Finish(clock.GetUtcNow());
        }
        catch (DirectoryUnavailableException error)
        {
            // Nobody is deactivated after a partial read: a person not read may well still be there.
            log.LogWarning(error, "The directory sync stopped: {Reason}", error.Message);
            run.Fail(error.Message, clock.GetUtcNow());
            await CheckpointAsync(run, CancellationToken.None);
            throw;
        }

        await CheckpointAsync(run, ct);
        return run.Changed;
    }

    /// <summary>
    /// Each person's manager as the directory says it: the account of the entry their <c>manager</c> names, or nobody
    /// when it names nobody or someone not read. A change is recorded like any other of the run.
    /// </summary>
    private async Task ApplyManagersAsync(DirectorySyncRun run, Dictionary<string, long> accountOf,
        Dictionary<long, string?> managerOf, CancellationToken ct)
    {
        var wanted = managerOf.ToDictionary(m => m.Key, m => m.Value is { } dn && accountOf.TryGetValue(dn, out var id) ? id : (long?)null);
        var ids = wanted.Keys.ToList();
        var current = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.ManagerId }).ToDictionaryAsync(u => u.Id, u => u.ManagerId, ct);
        foreach (var (userId, managerId) in wanted.Where(w => current.TryGetValue(w.Key, out var now) && now != w.Value))
        {
            if (await accounts.SetManagerAsync(userId, managerId == userId ? null : managerId, run.Id, ct) is { } change)
                run.Count(change.Kind);
        }

        await CheckpointAsync(run, ct);
    }

    private async Task DeactivateMissingAsync(DirectorySyncRun run, HashSet<string> seen, CancellationToken ct)
    {
        var active = await db.Users.AsNoTracking()
            .Where(u => u.Origin == AccountOrigin.Directory && u.DeactivatedAt == null && u.DirectoryKey != null)
            .Select(u => new { u.Id, u.DirectoryKey })
            .ToListAsync(ct);
        var missing = active.Where(u => !seen.Contains(u.DirectoryKey!)).Select(u => u.Id).ToList();
        // A base that lists nobody is a setting gone wrong (or a directory answering empty), not everyone leaving.
        if (seen.Count == 0 && missing.Count > 0)
            throw new DirectoryUnavailableException("The directory listed nobody under the base; no account was deactivated.");
        foreach (var id in missing)
        {
            var user = await db.Users.SingleAsync(u => u.Id == id, ct);
            if (await accounts.DeactivateMissingAsync(user, run.Id, ct) is { } change) run.Count(change.Kind);
        }
    }

    /// <summary>Saves the run's counts so far and lets go of what the last people made the context track.</summary>
    private async Task CheckpointAsync(DirectorySyncRun run, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        accounts.Forget();
        db.Update(run);
        await db.SaveChangesAsync(ct);
        db.Entry(run).State = EntityState.Detached;
    }
}
