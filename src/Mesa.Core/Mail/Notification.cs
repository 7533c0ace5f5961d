using Mesa.Core.Tickets;

namespace Mesa.Core.Mail;

/// <summary>
/// An e-mail Mesa owes someone about a ticket or a change: the outbox row, written in the same transaction as the change that caused it and
/// sent later by the mail-send job. <see cref="MessageId"/> is fixed at creation so that a retry after a crash
/// is recognisable as the same message.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    internal Notification(NotificationKind kind, long? recipientUserId, long? recipientGroupId, TicketAction? action,
        DateTimeOffset at, bool toSupervisors = false)
    {
        ToSupervisors = toSupervisors;
        Kind = kind;
        RecipientUserId = recipientUserId;
        RecipientGroupId = recipientGroupId;
        Action = action;
        CreatedAt = at;
        NextAttemptAt = at;
        MessageId = $"{Guid.NewGuid():N}{MessageIdSuffix}";
    }

    public long Id { get; private set; }

    /// <summary>The ticket the message is about, or null for a message about a change (<see cref="ChangeId"/>).</summary>
    public long? TicketId { get; private set; }

    /// <summary>The change (RFC) the message is about: its committee's request for a decision, or the decision.</summary>
    public long? ChangeId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>A person; or, when null, every member of <see cref="RecipientGroupId"/>.</summary>
    public long? RecipientUserId { get; private set; }

    public long? RecipientGroupId { get; private set; }

    /// <summary>With a group: its supervisors rather than its members.</summary>
    public bool ToSupervisors { get; private set; }

    /// <summary>The action whose text the message carries (a question, a published action, the solution).</summary>
    public long? ActionId { get; private set; }

    public TicketAction? Action { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public NotificationStatus Status { get; private set; } = NotificationStatus.Pending;

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// Why it will never be sent as it stands (its <see cref="Status"/> is then Failed): shown to the administrators,
    /// who may send it again once the cause is fixed.
    /// </summary>
    public UndeliverableReason? Undeliverable { get; private set; }

    public string MessageId { get; private set; } = "";

    /// <summary>How every Message-ID Mesa gives ends: a message without it was not written by Mesa.</summary>
    public const string MessageIdSuffix = "@mesa";

    /// <summary>A Notificar message's own subject (Guía §15.1); the other kinds take theirs from the templates.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// A change's Notificar message's own text (a ticket's is its action's, <see cref="Action"/>): a change has no
    /// actions, so the message travels with its e-mail and stays in the change's history.
    /// </summary>
    public string? Body { get; init; }

    /// <summary>A scheduled report's run (Guía §4), whose file the message carries.</summary>
    public long? ReportDeliveryId { get; private set; }

    /// <summary>An address outside Mesa's people (a scheduled report's list of addresses).</summary>
    public string? RecipientAddress { get; private set; }

    public const int AddressMaxLength = 320;

    /// <summary>A scheduled report's message, to one address or to the supervisors of one group.</summary>
    internal static Notification ForReport(Reports.ReportDelivery delivery, string? address, long? supervisedGroupId, string subject,
        string body, DateTimeOffset at) =>
        new(NotificationKind.ScheduledReport, null, supervisedGroupId, null, at, toSupervisors: supervisedGroupId is not null)
        {
            Subject = subject,
            Body = body,
            RecipientAddress = address,
            Delivery = delivery,
        };

    /// <summary>The run the message belongs to, set when both are saved together.</summary>
    public Reports.ReportDelivery? Delivery { get; private set; }

    public const int BodyMaxLength = 10_000;

    public const int SubjectMaxLength = 200;

    /// <summary>How long to wait after the <paramref name="attempt"/>-th failure: 1, 2, 4, … minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMinutes(Math.Min(60, 1 << Math.Min(attempt - 1, 6)));

    public void MarkSent(DateTimeOffset at)
    {
        Status = NotificationStatus.Sent;
        SentAt = at;
        Attempts++;
        LastError = null;
    }

    /// <summary>The server could not take it now: try again later, never give up on a message that can be sent.</summary>
    public void MarkRetry(string error, DateTimeOffset at)
    {
        Attempts++;
        LastError = Truncate(error);
        NextAttemptAt = at + Backoff(Attempts);
    }

    /// <summary>It cannot be sent as it stands: kept with the reason, and not tried again; the rest of the outbox flows.</summary>
    public void MarkUndeliverable(UndeliverableReason reason, string detail)
    {
        Status = NotificationStatus.Failed;
        Undeliverable = reason;
        LastError = Truncate(detail);
    }

    /// <summary>An administrator sends it again (the address was corrected, the server no longer refuses it).</summary>
    public void Requeue(DateTimeOffset at)
    {
        if (Status != NotificationStatus.Failed) throw new Common.DomainException(Common.Rules.NotificationNotFailed);
        Status = NotificationStatus.Pending;
        Undeliverable = null;
        NextAttemptAt = at;
    }

    private static string Truncate(string text) => text.Length <= ErrorMaxLength ? text : text[..ErrorMaxLength];

    public const int ErrorMaxLength = 1000;
}
