using Mesa.Core.Data;
using Mesa.Infrastructure.Jobs;

namespace Mesa.Web.Jobs;

/// <summary>
/// Runs a job in its own scope, once at a time: an in-process lock per job, plus the database lock across
/// instances. A run that finds the job already running elsewhere does nothing and reports 0.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IEnumerable<ScheduledJob> jobs, ILogger<JobRunner> log)
{
    private readonly Dictionary<string, SemaphoreSlim> _running =
        jobs.ToDictionary(j => j.Name, _ => new SemaphoreSlim(1, 1), StringComparer.Ordinal);

    public IReadOnlyList<ScheduledJob> Jobs { get; } = jobs.ToList();

    public ScheduledJob? Find(string name) => Jobs.FirstOrDefault(j => j.Name == name);

    /// <summary>Runs the job and waits for it, as the admin API does.</summary>
    public async Task<int> RunAsync(ScheduledJob job, CancellationToken ct)
    {
        var gate = _running[job.Name];
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
            if (!await JobLock.TryAcquireAsync(db, job.Name, ct)) return 0;
            try
            {
                int processed;
                try
                {
                    processed = await job.Run(scope.ServiceProvider, ct);
                }
                catch
                {
                    Hosting.MesaMetrics.JobRuns.WithLabels(job.Name, "failed").Inc();
                    throw;
                }

                Hosting.MesaMetrics.JobRuns.WithLabels(job.Name, "done").Inc();
                Hosting.MesaMetrics.JobItems.WithLabels(job.Name).Inc(processed);
                if (processed > 0) log.LogInformation("Job {Job} processed {Count}", job.Name, processed);
                return processed;
            }
            finally
            {
                await JobLock.ReleaseAsync(db, job.Name);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
