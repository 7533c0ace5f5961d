namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// The way in: IMAP in production and in the tests alike (Dovecot on loopback). Hands each waiting message to
/// <c>take</c> and moves it to the processed folder once <c>take</c> answers true, so that a crash in between
/// reads it again (and <see cref="MailIntake"/> recognises it by its Message-ID); a message <c>take</c> could not
/// handle stays where it is for the next run.
/// </summary>
public interface IMailboxReader
{
    Task ReadAsync(MailboxSettings mailbox, long maxAttachmentBytes, Func<InboundMail, Task<bool>> take, CancellationToken ct);
}
