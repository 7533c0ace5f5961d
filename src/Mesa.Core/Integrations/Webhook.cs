using Mesa.Core.Common;

namespace Mesa.Core.Integrations;

/// <summary>
/// An integration's address: Mesa posts the events it subscribed to there, each body signed with the shared secret
/// (HMAC-SHA256), and tries again with growing pauses while the address does not answer 2xx.
/// </summary>
public sealed class Webhook
{
    public const int UrlMaxLength = 2_000;
    public const int SecretMinLength = 16;
    public const int SecretMaxLength = 200;

    private Webhook()
    {
    }

    public Webhook(string? url, IReadOnlyCollection<string?>? events, string? secret, string protectedSecret, long byId,
        DateTimeOffset at)
    {
        Url = CheckUrl(url);
        Events = string.Join(',', CheckEvents(events));
        CheckSecret(secret);
        Secret = protectedSecret;
        CreatedById = byId;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public string Url { get; private set; } = "";

    /// <summary>The event names it subscribed to, comma-separated in <see cref="WebhookEvents.All"/>'s order.</summary>
    public string Events { get; private set; } = "";

    /// <summary>The shared secret, encrypted with the data-protection keys (it must be read back to sign).</summary>
    public string Secret { get; private set; } = "";

    public bool Active { get; private set; } = true;

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<string> EventNames => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string eventName) => EventNames.Contains(eventName);

    /// <summary>No more deliveries are made; those already queued are abandoned when their turn comes.</summary>
    public void Deactivate() => Active = false;

    /// <summary>An absolute http or https address, without user name or password in it.</summary>
    public static string CheckUrl(string? url)
    {
        var text = url?.Trim() ?? "";
        if (text.Length == 0) throw new InputException("url", Rules.Required);
        if (text.Length > UrlMaxLength) throw new InputException("url", Rules.TooLong, UrlMaxLength);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0 || uri.Host.Length == 0)
            throw new InputException("url", Rules.WebhookUrlInvalid);
        return uri.ToString();
    }

    /// <summary>At least one event, each a known name; kept in the catalogue's order, once each.</summary>
    public static IReadOnlyList<string> CheckEvents(IReadOnlyCollection<string?>? events)
    {
        if (events is null || events.Count == 0) throw new InputException("events", Rules.Required);
        foreach (var name in events)
        {
            if (name is null || !WebhookEvents.All.Contains(name))
                throw new InputException("events", Rules.WebhookEventUnknown, name ?? "", string.Join(", ", WebhookEvents.All));
        }

        return WebhookEvents.All.Where(events.Contains).ToList();
    }

    /// <summary>Long enough that it cannot be guessed; shared with the receiver, which checks each signature with it.</summary>
    public static void CheckSecret(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) throw new InputException("secret", Rules.Required);
        if (secret.Length < SecretMinLength) throw new InputException("secret", Rules.WebhookSecretTooShort, SecretMinLength);
        if (secret.Length > SecretMaxLength) throw new InputException("secret", Rules.TooLong, SecretMaxLength);
    }
}
