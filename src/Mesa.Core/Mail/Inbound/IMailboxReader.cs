namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// The way in: IMAP in production and in the tests alike (Dovecot on loopback). Hands each waiting message to
/// <c>take</c>, oldest first, and moves it as <c>take</c> answers: <see cref="MailVerdict.Taken"/> to the processed
/// folder, <see cref="MailVerdict.Refused"/> to the error folder, <see cref="MailVerdict.Later"/> nowhere. A message is
/// moved only after <c>take</c> has answered, so that a crash in between reads it again (and <see cref="MailIntake"/>
/// recognises it by its Message-ID). A message larger than <see cref="MailReadLimits.MaxMessageBytes"/> is never
/// downloaded, and one that cannot be read is handed over all the same, without its content and with the reason.
/// </summary>
public interface IMailboxReader
{
    Task ReadAsync(MailboxSettings mailbox, MailReadLimits limits, Func<WaitingMail, Task<MailVerdict>> take,
        CancellationToken ct);
}

/// <summary>The size of a whole message Mesa downloads, and of a file it keeps from one.</summary>
public sealed record MailReadLimits(long MaxMessageBytes, long MaxAttachmentBytes);
