namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// A message read from a mailbox, as Mesa needs it: who wrote, to whom, what it answers, the words as plain text
/// (HTML turned into text, so nothing a mail carries can run in a page) and the attached files. Built from the MIME
/// message by the infrastructure; decided on by <see cref="MailIntake"/>. <see cref="FromVerified"/>: the mailbox's
/// own receiving server vouches for the From address (DMARC passed for its domain).
/// </summary>
public sealed record InboundMail(
    string MessageId,
    MailRecipient From,
    IReadOnlyList<string> Recipients,
    string Subject,
    string Text,
    IReadOnlyList<string> Answers,
    IReadOnlyList<InboundAttachment> Attachments,
    AutomaticMail Automatic = AutomaticMail.No,
    bool FromVerified = false)
{
    public const int MessageIdMaxLength = 400;
}

/// <summary>A file that came with a message; <see cref="Content"/> is null when it was over the size limit.</summary>
public sealed record InboundAttachment(string FileName, string ContentType, long Size, byte[]? Content);

/// <summary>Why a message is no person's words: it never creates a ticket and is never answered.</summary>
public enum AutomaticMail
{
    No,
    AutoReply,
    Bounce,
    FromMesa,
}
