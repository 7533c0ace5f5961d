namespace Mesa.Web.Jobs;

/// <summary>A job the scheduler runs every <see cref="Interval"/> and the admin API can run at once.</summary>
public sealed record ScheduledJob(string Name, TimeSpan Interval, Func<IServiceProvider, CancellationToken, Task<int>> Run);
