namespace Mesa.Core.Sla;

/// <summary>
/// A stretch during which a ticket's ANS clock stood still: a clock-stopping substate (Guía §10), or the wait for
/// the user's confirmation of a solution. Kept as its own row when it happens, so that a later reclassification,
/// priority change or edited substate never forgets time already stopped.
/// </summary>
public sealed class ClockStop
{
    public const string Resolved = "resolved";

    private ClockStop()
    {
    }

    public ClockStop(DateTimeOffset from, string reason, bool stopsClock = true, bool extendsDueDate = true)
    {
        From = from;
        Reason = reason;
        StopsClock = stopsClock;
        ExtendsDueDate = extendsDueDate;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset? To { get; private set; }

    /// <summary>The substate code, or <see cref="Resolved"/>.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>
    /// Guía §10: a substate may stop the clock "y/o" extend the estimated resolution date. The flags are the
    /// substate's when the stop began, kept with it, so that changing a substate later never rewrites a ticket's past.
    /// </summary>
    public bool StopsClock { get; private set; } = true;

    public bool ExtendsDueDate { get; private set; } = true;

    public bool IsOpen => To is null;

    public void End(DateTimeOffset at) => To ??= at;

    public ClockPause AsPause => new(From, To);
}
