using Mesa.Core.Changes;
using Mesa.Core.Tickets;

namespace Mesa.Core.Integrations;

public enum WebhookDeliveryState
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Given up: every attempt failed, or the webhook was switched off meanwhile.</summary>
    Abandoned,
}

/// <summary>
/// One event for one webhook, queued in the same transaction as the change it tells of (the outbox pattern, as the
/// e-mails are), then posted by the webhook-send job until the receiver takes it. Its id is the
/// <c>X-Mesa-Delivery</c> header, the same on every attempt, so that a receiver can tell a retry from a new event;
/// its body is written at the first attempt and sent unchanged on the later ones.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>About seven hours of attempts with the pauses of <see cref="Pause"/>.</summary>
    public const int MaxAttempts = 12;

    public const int ErrorMaxLength = 500;

    private WebhookDelivery()
    {
    }

    internal WebhookDelivery(Webhook webhook, string eventName, Ticket? ticket, ChangeRequest? change, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        WebhookId = webhook.Id;
        Event = eventName;
        Ticket = ticket;
        Change = change;
        OccurredAt = at;
        NextAttemptAt = at;
    }

    public Guid Id { get; private set; }

    public long WebhookId { get; private set; }

    public string Event { get; private set; } = "";

    public long? TicketId { get; private set; }

    public Ticket? Ticket { get; private set; }

    public long? ChangeId { get; private set; }

    public ChangeRequest? Change { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The JSON posted, composed at the first attempt and kept, so that every retry carries the same signature.</summary>
    public string? Body { get; private set; }

    public WebhookDeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>The receiver's last HTTP status, or null when it did not answer.</summary>
    public int? LastStatus { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public void Compose(string body) => Body ??= body;

    public void Succeeded(int status, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastStatus = status;
        LastError = null;
        State = WebhookDeliveryState.Delivered;
        DeliveredAt = at;
    }

    /// <summary>A non-2xx answer or none: another attempt after a longer pause, until <see cref="MaxAttempts"/>.</summary>
    public void Failed(int? status, string error, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastStatus = status;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        if (Attempts >= MaxAttempts) State = WebhookDeliveryState.Abandoned;
        else NextAttemptAt = at + Pause(Attempts);
    }

    /// <summary>The webhook was switched off: nothing more is sent.</summary>
    public void Abandon(string reason)
    {
        State = WebhookDeliveryState.Abandoned;
        LastError = reason;
    }

    /// <summary>30 s after the first failure, doubling each time, at most two hours.</summary>
    public static TimeSpan Pause(int failures) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, failures - 1), TimeSpan.FromHours(2).TotalSeconds));
}
