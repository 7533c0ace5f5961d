namespace Mesa.Web.Jobs;

/// <summary>The "Mesa:Jobs" settings: whether the scheduler runs, and each job's interval in seconds.</summary>
public sealed class JobOptions
{
    public bool Enabled { get; set; } = true;

    public int SlaCheckSeconds { get; set; } = 60;

    /// <summary>Guía §7: "cada cinco (5) minutos".</summary>
    public int AutoAssignMinutes { get; set; } = 5;

    public int AutoCloseMinutes { get; set; } = 60;

    /// <summary>How often the outbox is sent (issue 7); failures wait their own back-off.</summary>
    public int MailSendSeconds { get; set; } = 30;
}
