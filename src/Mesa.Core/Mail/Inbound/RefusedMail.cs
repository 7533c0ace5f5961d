namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// A message of a service mailbox that Mesa could not take: kept here with the reason, for the administrators to see,
/// while it waits for another try and once it has been moved to the mailbox's error folder. Mail intake never stops on
/// one message: a message over the size limit or one that cannot be read goes to the error folder at once, any other
/// after <see cref="MaxTries"/> failed runs, and the run goes on with the next message.
/// </summary>
public sealed class RefusedMail
{
    /// <summary>How many runs may fail on a message before it leaves the mailbox for the error folder.</summary>
    public const int MaxTries = 3;

    public const int KeyMaxLength = InboundMail.MessageIdMaxLength;
    public const int DetailMaxLength = 1000;

    private RefusedMail()
    {
    }

    public RefusedMail(string mailbox, WaitingMail mail, DateTimeOffset at)
    {
        Mailbox = mailbox;
        MessageKey = KeyOf(mail);
        From = Cut(mail.From.Trim().ToLowerInvariant(), ReceivedMail.AddressMaxLength);
        Subject = Cut(mail.Subject, ReceivedMail.SubjectMaxLength);
        Size = mail.Size;
        FirstAt = at;
    }

    public long Id { get; private set; }

    /// <summary>The address of the mailbox it waits in (or waited in).</summary>
    public string Mailbox { get; private set; } = "";

    /// <summary>Its Message-ID, or the IMAP server's own id of it when it has none.</summary>
    public string MessageKey { get; private set; } = "";

    public string From { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>Its size in bytes, as the mail server gave it.</summary>
    public long Size { get; private set; }

    public MailRefusalReason Reason { get; private set; }

    /// <summary>What went wrong, in the words of the part that failed, for whoever looks into it.</summary>
    public string Detail { get; private set; } = "";

    public int Tries { get; private set; }

    public DateTimeOffset FirstAt { get; private set; }

    public DateTimeOffset LastAt { get; private set; }

    /// <summary>When it left the mailbox for the error folder; null while it waits for another try.</summary>
    public DateTimeOffset? MovedAt { get; private set; }

    public bool Moved => MovedAt is not null;

    /// <summary>
    /// One more failed try. A reason that no new try can change moves it at once; any other after
    /// <see cref="MaxTries"/>. True when it must leave the mailbox now.
    /// </summary>
    public bool Failed(MailRefusalReason reason, string detail, DateTimeOffset at)
    {
        Tries++;
        Reason = reason;
        Detail = Cut(detail, DetailMaxLength);
        LastAt = at;
        if (MailRefusal.IsFinal(reason) || Tries >= MaxTries) MovedAt = at;
        return Moved;
    }

    /// <summary>How a waiting message is known here: its Message-ID (or the server's id of it), within the column.</summary>
    public static string KeyOf(WaitingMail mail) => Cut(mail.Key, KeyMaxLength);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
