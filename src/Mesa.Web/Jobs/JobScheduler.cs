using Microsoft.Extensions.Options;

namespace Mesa.Web.Jobs;

/// <summary>
/// Runs every scheduled job on its own interval, each on its own loop, side by side (ARCHITECTURE "Jobs"), unless
/// Mesa:Jobs:Enabled is false. A slow run of one job (an IMAP server that takes a minute to answer) never delays
/// another: the ANS check keeps its minute whatever the mailboxes do. Across instances each job still runs once per
/// interval (<see cref="JobRunner"/>).
/// </summary>
public sealed class JobScheduler(JobRunner runner, IOptions<JobOptions> options, TimeProvider clock,
    ILogger<JobScheduler> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled ? Task.WhenAll(runner.Jobs.Select(job => KeepAsync(job, stoppingToken))) : Task.CompletedTask;

    /// <summary>One job's loop: a run every interval; a run longer than the interval is followed by the next at once.</summary>
    private async Task KeepAsync(ScheduledJob job, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(job.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(job, scheduled: true, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // One failed run must not stop the job's loop; the next interval tries again.
                    log.LogError(error, "Job {Job} failed", job.Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Mesa is stopping.
        }
    }
}
