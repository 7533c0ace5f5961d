namespace Mesa.Core.Mail;

public enum NotificationStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>Why an e-mail will not be sent as it stands.</summary>
public enum UndeliverableReason
{
    /// <summary>Nobody it is for has an e-mail address on file.</summary>
    NoRecipient,

    /// <summary>It could not be written (a file it carries is missing, its template fails).</summary>
    NotComposed,

    /// <summary>The mail server refused it for good (a 5xx answer to its recipients or its content).</summary>
    RefusedByServer,
}
