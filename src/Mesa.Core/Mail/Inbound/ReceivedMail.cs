namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// Every message Mesa took from a mailbox, kept with what became of it. Its Message-ID is unique across all
/// mailboxes: a reply-all that reaches two service mailboxes, a CC'd copy or a message read again after a crash is
/// taken once, and replies thread by it as they do by the Message-IDs Mesa sent.
/// </summary>
public sealed class ReceivedMail
{
    private ReceivedMail()
    {
    }

    public ReceivedMail(InboundMail mail, string mailbox, DateTimeOffset at)
    {
        MessageId = Cut(mail.MessageId, InboundMail.MessageIdMaxLength);
        Mailbox = Cut(mailbox, AddressMaxLength);
        From = Cut(mail.From.Address.Trim().ToLowerInvariant(), AddressMaxLength);
        Subject = Cut(mail.Subject, SubjectMaxLength);
        ReceivedAt = at;
    }

    public const int AddressMaxLength = 320;
    public const int SubjectMaxLength = 400;

    public long Id { get; private set; }

    public string MessageId { get; private set; } = "";

    /// <summary>The address of the mailbox it was read from.</summary>
    public string Mailbox { get; private set; } = "";

    public string From { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public ReceivedMailOutcome Outcome { get; private set; }

    /// <summary>The ticket it created or commented on.</summary>
    public long? TicketId { get; private set; }

    public void Became(ReceivedMailOutcome outcome, long? ticketId)
    {
        Outcome = outcome;
        TicketId = ticketId;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

public enum ReceivedMailOutcome
{
    /// <summary>A new ticket, origin Correo.</summary>
    TicketCreated,

    /// <summary>A reply or comment on a ticket the sender takes part in (Guía §15.1).</summary>
    Commented,

    /// <summary>An auto-reply, a bounce or Mesa's own mail: no ticket, no answer.</summary>
    Automatic,

    /// <summary>From an unknown address while the policy is to ignore them.</summary>
    UnknownSender,

    /// <summary>A reply or comment whose sender could not be verified: held on the ticket for an agent.</summary>
    Held,
}
