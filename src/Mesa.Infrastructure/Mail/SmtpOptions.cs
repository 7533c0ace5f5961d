namespace Mesa.Infrastructure.Mail;

/// <summary>Outbound mail: <c>Mesa__Smtp__Host</c>, <c>__Port</c>, <c>__From</c>, <c>__User</c>, <c>__Password</c>, <c>__Security</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? From { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public string Security { get; set; } = "none";
}
