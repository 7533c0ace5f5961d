namespace Mesa.Web.Jobs;

/// <summary>
/// The "Mesa:Jobs" settings: whether the scheduler runs, and each job's interval (fractions allowed, so that a test can
/// run the five-minute sweep every few seconds).
/// </summary>
public sealed class JobOptions
{
    public bool Enabled { get; set; } = true;

    public double SlaCheckSeconds { get; set; } = 60;

    /// <summary>Guía §7: "cada cinco (5) minutos".</summary>
    public double AutoAssignMinutes { get; set; } = 5;

    public double AutoCloseMinutes { get; set; } = 60;

    /// <summary>How often the outbox is sent; failures wait their own back-off.</summary>
    public double MailSendSeconds { get; set; } = 30;

    /// <summary>How often the inbound mailboxes are read.</summary>
    public double MailFetchSeconds { get; set; } = 60;

    /// <summary>How often files no attachment names are swept from the store.</summary>
    public double FileSweepMinutes { get; set; } = 60;

    /// <summary>How often the backup job copies the SQLite database and mirrors the attachments (docs/operations.md).</summary>
    public double BackupHours { get; set; } = 24;

    /// <summary>How often the directory's people are read into accounts (docs/directory.md); nothing without a directory.</summary>
    public double DirectorySyncMinutes { get; set; } = 60;

    /// <summary>How often the sessions that expired are forgotten.</summary>
    public double SessionSweepMinutes { get; set; } = 60;

    /// <summary>How often the approvals waiting past a reminder or a timeout of their step are dealt with.</summary>
    public double ApprovalsMinutes { get; set; } = 15;

    /// <summary>How often the scheduled reports are looked at (each is sent on its Monday or first of the month, 07:00).</summary>
    public double ReportSchedulesMinutes { get; set; } = 15;

    /// <summary>How often the webhooks' deliveries are posted; a failed one waits its own back-off.</summary>
    public double WebhookSendSeconds { get; set; } = 10;
}
