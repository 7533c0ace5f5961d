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
        try
        {
            await foreach (var person in directory.PeopleAsync(ct))
            {
                run.CountRead();
                seen.Add(person.Key);
                var (_, change) = await accounts.ApplyAsync(person, run.Id, ct);
                if (change is not null) run.Count(change.Kind);
                if (run.Read % Batch == 0) await CheckpointAsync(run, ct);
            }

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
