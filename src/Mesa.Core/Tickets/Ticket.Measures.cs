using Mesa.Core.Routing;

namespace Mesa.Core.Tickets;

/// <summary>
/// What the reports count that the state alone forgets (Guía §3 "análisis de indicadores de desempeño", §4
/// "seguimiento de los ANS"): how often the ticket came back and whether it reached second line. Kept by the
/// lifecycle methods themselves, so that a report reads one row per ticket and never disagrees with its history.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>Guía §14.4: how many times the requester answered "Incorrecta" to a solution.</summary>
    public int IncorrectAnswers { get; private set; }

    /// <summary>Guía §13: how many times an assignment was revoked back to Nueva.</summary>
    public int Revocations { get; private set; }

    /// <summary>Guía §12: the first time the ticket reached a group of second line (tier 2 or more).</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    private void CountAssignment(SupportGroup group, DateTimeOffset at)
    {
        if (group.Tier > 1) EscalatedAt ??= at;
    }
}
