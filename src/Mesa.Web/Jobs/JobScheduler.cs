using Microsoft.Extensions.Options;

namespace Mesa.Web.Jobs;

/// <summary>Runs every scheduled job on its interval (ARCHITECTURE "Jobs"), unless Mesa:Jobs:Enabled is false.</summary>
public sealed class JobScheduler(JobRunner runner, IOptions<JobOptions> options, TimeProvider clock,
    ILogger<JobScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var next = runner.Jobs.ToDictionary(j => j.Name, j => clock.GetUtcNow() + j.Interval);
        // Every 5 s, or more often when a job's interval is shorter than 10 s.
        var tick = TimeSpan.FromSeconds(Math.Clamp(runner.Jobs.Min(j => j.Interval.TotalSeconds) / 2, 1, 5));
        using var timer = new PeriodicTimer(tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var job in runner.Jobs.Where(j => next[j.Name] <= clock.GetUtcNow()))
            {
                next[job.Name] = clock.GetUtcNow() + job.Interval;
                try
                {
                    await runner.RunAsync(job, scheduled: true, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // One failed run must not stop the scheduler; the next interval tries again.
                    log.LogError(error, "Job {Job} failed", job.Name);
                }
            }
        }
    }
}
