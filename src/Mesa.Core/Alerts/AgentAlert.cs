using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Alerts;

/// <summary>
/// Guía §11 "Pestaña avisos / alertas": "las alertas para técnicos permiten mostrar información importante a todos
/// los técnicos del Service Desk" — a fallen service, a planned outage, a change of procedure. A supervisor or an
/// administrator publishes it for a while; it shows on every agent's panel until it ends or is withdrawn. Alerts are
/// kept, never deleted, so that what agents were told stays on record.
/// </summary>
public sealed class AgentAlert
{
    public const int TextMaxLength = 1_000;

    private AgentAlert()
    {
    }

    public AgentAlert(string? text, AlertLevel level, DateTimeOffset startsAt, DateTimeOffset? endsAt, Actor by,
        DateTimeOffset at)
    {
        if (!by.IsAdmin && by.Supervises.Count == 0) throw new ForbiddenException(Rules.AlertsBySupervisors);
        var words = text?.Trim();
        if (string.IsNullOrEmpty(words)) throw new InputException("text", Rules.Required);
        if (words.Length > TextMaxLength) throw new InputException("text", Rules.TooLong, TextMaxLength);
        if (endsAt is { } end && end <= startsAt) throw new InputException("endsAt", Rules.AlertEndsBeforeStart);
        if (endsAt is { } past && past <= at) throw new InputException("endsAt", Rules.AlertEndsInThePast);
        Text = words;
        Level = level;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt?.ToUniversalTime();
        CreatedById = by.Id;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public string Text { get; private set; } = "";

    public AlertLevel Level { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>When it stops showing by itself; without an end it shows until it is withdrawn.</summary>
    public DateTimeOffset? EndsAt { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public long? WithdrawnById { get; private set; }

    public bool ShowsAt(DateTimeOffset at) => WithdrawnAt is null && StartsAt <= at && (EndsAt is null || EndsAt > at);

    /// <summary>Takes the alert off every panel now; withdrawing it twice changes nothing.</summary>
    public void Withdraw(Actor by, DateTimeOffset at)
    {
        if (!by.IsAdmin && by.Supervises.Count == 0) throw new ForbiddenException(Rules.AlertsBySupervisors);
        if (WithdrawnAt is not null) return;
        WithdrawnAt = at;
        WithdrawnById = by.Id;
    }
}
