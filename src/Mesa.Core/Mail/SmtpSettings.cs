namespace Mesa.Core.Mail;

/// <summary>
/// The server Mesa sends its e-mails through (<c>Mesa__Smtp__Host</c>, <c>__Port</c>, <c>__From</c>, <c>__User</c>,
/// <c>__Password</c>, <c>__Security</c>), or as an administrator set it in the browser where the settings say nothing.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The address the e-mails come from ("mesadeservicio@entidad.gov.co").</summary>
    public string? From { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public string Security { get; set; } = "none";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
