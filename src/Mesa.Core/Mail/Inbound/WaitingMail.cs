namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// A message waiting in a mailbox, as the reader hands it over: what the server says of it (from its envelope, before
/// anything is downloaded) and, when it could be read, the message itself; otherwise why not.
/// </summary>
public sealed record WaitingMail(string Key, string From, string Subject, long Size, InboundMail? Mail,
    MailRefusalReason? Unread = null, string? UnreadDetail = null);

/// <summary>What the reader does with a message once Mesa has looked at it.</summary>
public enum MailVerdict
{
    /// <summary>Taken (or taken before): to the processed folder.</summary>
    Taken,

    /// <summary>Failed this time: left where it is for the next run.</summary>
    Later,

    /// <summary>Can never be taken: to the error folder, recorded in <see cref="RefusedMail"/>.</summary>
    Refused,
}
