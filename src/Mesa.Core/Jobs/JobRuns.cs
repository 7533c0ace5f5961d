using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Jobs;

/// <summary>
/// The record of job runs. The caller holds the job's lock across instances (advisory lock on PostgreSQL) while it
/// asks <see cref="DueAsync"/> and starts, so two instances never both decide that an interval's run is theirs.
/// </summary>
public sealed class JobRuns(MesaDbContext db, TimeProvider clock)
{
    /// <summary>How long the record of runs is kept.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    /// <summary>
    /// This process's name in the record: the host and process id, enough to tell two instances apart.
    /// </summary>
    public static string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// Whether a scheduled run is due: no instance started one within the last interval. A tenth of the interval is
    /// forgiven, so that an instance whose timer fires a little early does not skip its own turn.
    /// </summary>
    public async Task<bool> DueAsync(string job, TimeSpan interval, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - (interval * 0.9);
        return !await db.JobRuns.AnyAsync(r => r.Job == job && r.Scheduled && r.StartedAt > since, ct);
    }

    public async Task<JobRun> StartAsync(string job, bool scheduled, CancellationToken ct)
    {
        var run = new JobRun(job, Instance, scheduled, clock.GetUtcNow());
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Records the end of a run and forgets this job's runs older than <see cref="Kept"/>.</summary>
    public async Task FinishAsync(JobRun run, int? processed)
    {
        var now = clock.GetUtcNow();
        // Whatever a failed job left unsaved in the context must not be saved with the record of its failure.
        db.ChangeTracker.Clear();
        if (processed is { } count) run.Finish(count, now);
        else run.Fail(now);
        db.JobRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None);
        var before = now - Kept;
        await db.JobRuns.Where(r => r.Job == run.Job && r.StartedAt < before).ExecuteDeleteAsync(CancellationToken.None);
    }

    public async Task<IReadOnlyList<JobRun>> LatestAsync(int count, CancellationToken ct) =>
        await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(ct);
}
