namespace Mesa.Core.Mail.Inbound;

/// <summary>Why a message of a service mailbox could not be taken.</summary>
public enum MailRefusalReason
{
    /// <summary>Larger than <c>Mesa__MailMaxMegabytes</c>: not even downloaded.</summary>
    TooLarge,

    /// <summary>The message could not be read as MIME.</summary>
    Unreadable,

    /// <summary>Its sender address is empty, too long or not an address: nobody to register it for.</summary>
    SenderInvalid,

    /// <summary>Taking it failed for another reason (the database, the file store); tried again next run.</summary>
    Failed,
}

public static class MailRefusal
{
    /// <summary>Whether another try could never change the outcome, so the message leaves the mailbox at once.</summary>
    public static bool IsFinal(MailRefusalReason reason) => reason != MailRefusalReason.Failed;
}

/// <summary>Thrown by <see cref="MailIntake"/> for a message it will never be able to take.</summary>
public sealed class MailRefusedException(MailRefusalReason reason, string detail) : Exception(detail)
{
    public MailRefusalReason Reason { get; } = reason;
}
