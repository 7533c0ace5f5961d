namespace Mesa.Web.Jobs;

/// <summary>The "Mesa:Jobs" settings: whether the scheduler runs, and each job's interval in seconds.</summary>
public sealed class JobOptions
{
    public bool Enabled { get; set; } = true;

    public int SlaCheckSeconds { get; set; } = 60;
}
