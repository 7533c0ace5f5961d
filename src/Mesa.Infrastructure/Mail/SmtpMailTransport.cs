using MailKit.Net.Smtp;
using Mesa.Core.Common;
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
public sealed class SmtpMailTransport(IOptions<MesaSettings> settings) : IMailTransport, IAsyncDisposable
{
    // As the settings are when the run starts: a change in the browser takes effect on the next run.
    private readonly SmtpSettings _smtp = settings.Value.Smtp;
    private SmtpClient? _client;

    public bool IsConfigured => _smtp.IsConfigured;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var message = Message(mail, _smtp.From!);
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

    /// <summary>The e-mail as it goes on the wire, from the server's sender address.</summary>
    internal static MimeMessage Message(OutgoingMail mail, string from)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = mail.MessageId };
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var to in mail.To) message.To.Add(new MailboxAddress(to.Name, to.Address));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.TicketCode is not null) message.Headers.Add("X-Mesa-Ticket", mail.TicketCode);
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        foreach (var file in mail.Files) body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>A session with the server, signed in when it has a user.</summary>
    internal static async Task<SmtpClient> ConnectAsync(SmtpSettings smtp, int timeoutMilliseconds, CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = timeoutMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, MailSecurity.Of(smtp.Security), ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true }) return _client;
        _client?.Dispose();
        _client = null;
        _client = await ConnectAsync(_smtp, 30_000, ct);
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
    /// <summary>Outbound mail by <see cref="MesaSettings.Smtp"/> (without a host the outbox keeps its messages), and the mailboxes' reader.</summary>
    public static IServiceCollection AddMesaMail(this IServiceCollection services)
    {
        services.AddScoped<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<Mesa.Core.Mail.Inbound.IMailboxReader, ImapMailboxReader>();
        services.AddSingleton<IMailConnections, MailConnections>();
        return services;
    }
}
