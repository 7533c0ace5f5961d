using Mesa.Core.Data;
using Mesa.Core.Jobs;
using Mesa.Infrastructure.Jobs;

namespace Mesa.Web.Jobs;

/// <summary>
/// Runs a job in its own scope, once at a time: an in-process lock per job, plus the database lock across
/// instances. A run that finds the job already running elsewhere does nothing and reports 0.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IEnumerable<ScheduledJob> jobs, Hosting.MesaMetrics metrics,
    ILogger<JobRunner> log)
{
    private readonly Dictionary<string, SemaphoreSlim> _running =
        jobs.ToDictionary(j => j.Name, _ => new SemaphoreSlim(1, 1), StringComparer.Ordinal);

    public IReadOnlyList<ScheduledJob> Jobs { get; } = jobs.ToList();

    public ScheduledJob? Find(string name) => Jobs.FirstOrDefault(j => j.Name == name);

    /// <summary>Whether this instance is running the job right now.</summary>
    public bool IsRunning(string name) => _running[name].CurrentCount == 0;

    /// <summary>
    /// Starts the job and answers at once, with the job already marked running (<see cref="IsRunning"/>): for a page
    /// that shows the run's progress. The run does not carry the request's context; a failure is logged and recorded.
    /// </summary>
    public void Start(ScheduledJob job)
    {
        Task<int> run;
        using (ExecutionContext.SuppressFlow())
            run = RunAsync(job, scheduled: false, CancellationToken.None);
        _ = run.ContinueWith(t => log.LogWarning(t.Exception, "Job {Job} started from a page failed", job.Name),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>Runs the job and waits for it, as the admin API does.</summary>
    public Task<int> RunAsync(ScheduledJob job, CancellationToken ct) => RunAsync(job, scheduled: false, ct);

    /// <summary>
    /// A scheduled run does nothing when another instance already ran the job within this interval; a run an admin
    /// asks for always runs (unless the job is running elsewhere right now). Either way the run is recorded.
    /// </summary>
    public async Task<int> RunAsync(ScheduledJob job, bool scheduled, CancellationToken ct)
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
                var runs = scope.ServiceProvider.GetRequiredService<JobRuns>();
                if (scheduled && !await runs.DueAsync(job.Name, job.Interval, ct)) return 0;
                var run = await runs.StartAsync(job.Name, scheduled, ct);
                int processed;
                try
                {
                    processed = await job.Run(scope.ServiceProvider, ct);
                }
                catch
                {
                    metrics.JobFailed(job.Name);
                    await RecordAsync(runs, run, null);
                    throw;
                }

                metrics.JobFinished(job.Name, processed);
                if (processed > 0) log.LogInformation("Job {Job} processed {Count}", job.Name, processed);
                await RecordAsync(runs, run, processed);
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

    private async Task RecordAsync(JobRuns runs, JobRun run, int? processed)
    {
        try
        {
            await runs.FinishAsync(run, processed);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The record is for operators; losing it must not turn a finished run into a failed one.
            log.LogWarning(error, "Could not record the end of job {Job}", run.Job);
        }
    }
}
