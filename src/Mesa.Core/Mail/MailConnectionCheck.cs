using Mesa.Core.Mail.Inbound;

namespace Mesa.Core.Mail;

/// <summary>Why a mail server could not be used, in the order an administrator fixes them.</summary>
public enum MailConnectionProblem
{
    /// <summary>No answer at that name and port (wrong host, port, firewall).</summary>
    Unreachable,

    /// <summary>The protected connection failed (wrong security for the port, a certificate not trusted).</summary>
    SecureConnection,

    /// <summary>The server refused the user or the password.</summary>
    SignIn,

    /// <summary>The mailbox's folder does not exist.</summary>
    Folder,

    /// <summary>The mail server refused the sender or the recipient of the test message.</summary>
    Refused,

    /// <summary>Anything else; the server's own words are in the detail.</summary>
    Other,
}

/// <summary>
/// What trying a mail server said: nothing wrong (with how many messages wait in a mailbox's folder), or the problem
/// and the server's own words.
/// </summary>
public sealed record MailConnectionCheck(MailConnectionProblem? Problem, string Detail, int? Waiting = null)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// The administrators' <i>probar conexión</i>: a mailbox is signed in to and its folder opened, read-only; the mail
/// server is sent one message. Nothing is kept, moved or retried; each try gives up after <see cref="Timeout"/>.
/// </summary>
public interface IMailConnections
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    Task<MailConnectionCheck> CheckMailboxAsync(MailboxSettings mailbox, CancellationToken ct);

    Task<MailConnectionCheck> SendTestAsync(SmtpSettings smtp, OutgoingMail mail, CancellationToken ct);
}
