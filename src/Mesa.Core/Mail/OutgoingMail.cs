namespace Mesa.Core.Mail;

/// <summary>A person an e-mail goes to.</summary>
public sealed record MailRecipient(string Name, string Address);

/// <summary>
/// An e-mail ready for the wire. <see cref="MessageId"/> is the outbox row's, so that a message sent again after a
/// crash is the same message to every reader; <see cref="TicketCode"/> threads replies.
/// </summary>
public sealed record OutgoingMail(
    string MessageId,
    IReadOnlyList<MailRecipient> To,
    string Subject,
    string Text,
    string Html,
    string? TicketCode = null)
{
    /// <summary>Files sent with the message (a Notificar message's report).</summary>
    public IReadOnlyList<MailFile> Files { get; init; } = [];
}

/// <summary>A file attached to an outgoing e-mail.</summary>
public sealed record MailFile(string FileName, string ContentType, byte[] Content);

/// <summary>The way out: SMTP in production and in the tests alike (a real server on loopback), set by the host.</summary>
public interface IMailTransport
{
    /// <summary>False when no SMTP server is configured: the outbox then keeps everything for later.</summary>
    bool IsConfigured { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}

/// <summary>
/// The mail server refused this message for good (a 5xx answer to its recipients or to its content): sent again it
/// would be refused again. A refusal of the sender or of the sign-in is the server's setting, not the message's, and is
/// not this.
/// </summary>
public sealed class MailRefusedByServerException(string message, Exception? inner = null) : Exception(message, inner);
