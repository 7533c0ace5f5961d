using MailKit.Net.Smtp;
using MailKit.Security;
using Mesa.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// Sends through the configured SMTP server with MailKit. One connection per job run (the transport lives in the
/// run's scope), opened on the first message. Every message says it was generated automatically, so that
/// auto-responders stay quiet and Mesa never answers itself.
/// </summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport, IAsyncDisposable
{
    private readonly SmtpOptions _smtp = options.Value;
    private SmtpClient? _client;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_smtp.Host) && !string.IsNullOrWhiteSpace(_smtp.From);

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = mail.MessageId };
        message.From.Add(MailboxAddress.Parse(_smtp.From!));
        foreach (var to in mail.To) message.To.Add(new MailboxAddress(to.Name, to.Address));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.TicketCode is not null) message.Headers.Add("X-Mesa-Ticket", mail.TicketCode);
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        foreach (var file in mail.Files) body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        message.Body = body.ToMessageBody();

        var client = await ConnectedAsync(ct);
        try
        {
            await client.SendAsync(message, ct);
        }
        catch (SmtpCommandException refused) when (IsRefusedForGood(refused))
        {
            await DisposeAsync();
            throw new MailRefusedByServerException($"{(int)refused.StatusCode} {refused.Message}", refused);
        }
        catch
        {
            // A broken session is not reused: the next message (or run) connects afresh.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A permanent (5xx) refusal of this message's recipients or content. A refused sender is the server's setting
    /// for every message, so it is retried like an outage rather than set aside.
    /// </summary>
    private static bool IsRefusedForGood(SmtpCommandException refused) =>
        (int)refused.StatusCode >= 500
        && refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true }) return _client;
        _client?.Dispose();
        _client = new SmtpClient { Timeout = 30_000 };
        var security = _smtp.Security.Trim().ToLowerInvariant() switch
        {
            "tls" => SecureSocketOptions.SslOnConnect,
            "starttls" => SecureSocketOptions.StartTls,
            "none" => SecureSocketOptions.None,
            // Refused at start (StartupChecks); never plain text by mistake.
            var unknown => throw new InvalidOperationException($"Unknown mail security «{unknown}»."),
        };
        await _client.ConnectAsync(_smtp.Host!, _smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(_smtp.User)) await _client.AuthenticateAsync(_smtp.User, _smtp.Password ?? "", ct);
        return _client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is null) return;
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: true);
        }
        catch (Exception error) when (error is IOException or MailKit.ServiceNotConnectedException or SmtpProtocolException)
        {
            // Already gone; nothing to close politely.
        }

        _client.Dispose();
        _client = null;
    }
}

public static class MailSetup
{
    /// <summary>Outbound mail from the "Mesa:Smtp" section; without a host, the outbox simply keeps its messages.</summary>
    public static IServiceCollection AddMesaMail(this IServiceCollection services,
        Microsoft.Extensions.Configuration.IConfiguration smtp)
    {
        services.Configure<SmtpOptions>(smtp);
        services.AddScoped<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<Mesa.Core.Mail.Inbound.IMailboxReader, ImapMailboxReader>();
        return services;
    }
}
