namespace Mesa.Core.Jobs;

/// <summary>
/// One run of a scheduled job, kept for a week: which instance ran it, when, and how much it did. With
/// several instances the last scheduled run tells the others that this interval's work is done.
/// </summary>
public sealed class JobRun
{
    private JobRun()
    {
    }

    public JobRun(string job, string instance, bool scheduled, DateTimeOffset startedAt)
    {
        Job = job;
        Instance = instance;
        Scheduled = scheduled;
        StartedAt = startedAt;
    }

    public const int InstanceMaxLength = 200;

    public long Id { get; private set; }

    public string Job { get; private set; } = "";

    public string Instance { get; private set; } = "";

    /// <summary>False for a run an admin asked for (<c>POST /api/v1/admin/jobs/{job}/run</c>).</summary>
    public bool Scheduled { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Processed { get; private set; }

    public bool Failed { get; private set; }

    public void Finish(int processed, DateTimeOffset at)
    {
        Processed = processed;
        FinishedAt = at;
    }

    public void Fail(DateTimeOffset at)
    {
        Failed = true;
        FinishedAt = at;
    }
}
