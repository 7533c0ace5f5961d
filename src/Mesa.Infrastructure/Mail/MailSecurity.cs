using MailKit.Security;

namespace Mesa.Infrastructure.Mail;

public static class MailSecurity
{
    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c> as MailKit connects.</summary>
    public static SecureSocketOptions Of(string security) => security.Trim().ToLowerInvariant() switch
    {
        "tls" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        "none" => SecureSocketOptions.None,
        // Refused at start (StartupChecks) and on save in the browser; never plain text by mistake.
        var unknown => throw new InvalidOperationException($"Unknown mail security «{unknown}»."),
    };
}
