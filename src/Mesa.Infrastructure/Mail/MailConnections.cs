using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// <i>Probar conexión</i> with MailKit: each failure is named by what the administrator has to fix (the address, the
/// security, the user and password, the folder), with the server's own words beside it.
/// </summary>
public sealed class MailConnections : IMailConnections
{
    public async Task<MailConnectionCheck> CheckMailboxAsync(MailboxSettings mailbox, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(IMailConnections.Timeout);
        using var client = new ImapClient { Timeout = (int)IMailConnections.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(mailbox.Host, mailbox.Port, MailSecurity.Of(mailbox.Security), limit.Token);
            await client.AuthenticateAsync(mailbox.User, mailbox.Password, limit.Token);
            var folder = string.Equals(mailbox.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
                ? client.Inbox
                : await client.GetFolderAsync(mailbox.Folder, limit.Token);
            await folder.OpenAsync(FolderAccess.ReadOnly, limit.Token);
            var waiting = folder.Count;
            await client.DisconnectAsync(true, limit.Token);
            return new MailConnectionCheck(null, "", waiting);
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            return Failed(error);
        }
    }

    public async Task<MailConnectionCheck> SendTestAsync(SmtpSettings smtp, OutgoingMail mail, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(IMailConnections.Timeout);
        try
        {
            using var client = await SmtpMailTransport.ConnectAsync(smtp, (int)IMailConnections.Timeout.TotalMilliseconds, limit.Token);
            await client.SendAsync(SmtpMailTransport.Message(mail, smtp.From!), limit.Token);
            await client.DisconnectAsync(true, limit.Token);
            return new MailConnectionCheck(null, "");
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            return Failed(error);
        }
    }

    private static MailConnectionCheck Failed(Exception error) => new(error switch
    {
        SocketException or OperationCanceledException or TimeoutException => MailConnectionProblem.Unreachable,
        SslHandshakeException => MailConnectionProblem.SecureConnection,
        MailKit.Security.AuthenticationException or NotSupportedException => MailConnectionProblem.SignIn,
        FolderNotFoundException => MailConnectionProblem.Folder,
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted }
            => MailConnectionProblem.Refused,
        _ => MailConnectionProblem.Other,
    }, ErrorText.Describe(error));
}
