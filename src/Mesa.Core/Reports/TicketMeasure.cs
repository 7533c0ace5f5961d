using System.Linq.Expressions;
using Mesa.Core.Tickets;

namespace Mesa.Core.Reports;

/// <summary>
/// A fact about one ticket that a report counts (Guía §4 "seguimiento de los ANS", §14.1, §14.4). The same
/// predicate counts a report's figure and lists the tickets behind it, so that the two can never disagree.
/// </summary>
public enum TicketMeasure
{
    /// <summary>Every ticket of the period.</summary>
    Registered,

    /// <summary>The user heard from the desk: a first response, or a solution.</summary>
    Responded,

    /// <summary>Responded before the effective response date, and never recorded as breached.</summary>
    ResponseMet,
    ResponseBreached,

    /// <summary>A solution stands (signed, and not answered "Incorrecta").</summary>
    Resolved,
    ResolutionMet,
    ResolutionBreached,
    Closed,
    Rejected,
    Open,

    /// <summary>Guía §14.2: solved on first contact, signed in "Servicio 1ª Línea".</summary>
    ClosedAtFirstLine,

    /// <summary>Guía §14.4 "Cierre automático".</summary>
    ClosedAutomatically,

    /// <summary>Came back at least once: an "Incorrecta" answer or a revoked assignment.</summary>
    Reopened,
    AnsweredIncorrect,
    Revoked,

    /// <summary>Guía §12: reached a second-line group.</summary>
    Escalated,

    /// <summary>Closed with a survey answer (Guía §14.4), and each of its five values.</summary>
    Rated,
    Rated1,
    Rated2,
    Rated3,
    Rated4,
    Rated5,

    /// <summary>Open, with an agent.</summary>
    InProgress,

    /// <summary>Open, with its response or resolution breached.</summary>
    BreachedNow,

    /// <summary>Open, not breached, but past the warning share of its resolution time.</summary>
    AtRisk,

    /// <summary>Open without an agent.</summary>
    Unassigned,

    /// <summary>Nueva, and the automatic assignment found no place for it.</summary>
    Unplaced,
    StateNew,
    StateAssigned,
    StateResolved,

    /// <summary>Open, by age since registration (wall time).</summary>
    AgeUnderOneDay,
    AgeOneToThreeDays,
    AgeThreeToSevenDays,
    AgeSevenToThirtyDays,
    AgeOverThirtyDays,
}

/// <summary>The predicate of each <see cref="TicketMeasure"/>, written once for the reports and the ticket list.</summary>
public static class TicketMeasures
{
    /// <summary>Whether the measure holds for open tickets only (a ticket that has it is Nueva, Asignada or Resuelta).</summary>
    public static bool OnlyOpen(TicketMeasure measure) => measure is TicketMeasure.Open or TicketMeasure.InProgress
        or TicketMeasure.BreachedNow or TicketMeasure.AtRisk or TicketMeasure.Unassigned or TicketMeasure.Unplaced
        or TicketMeasure.StateNew or TicketMeasure.StateAssigned or TicketMeasure.StateResolved
        or TicketMeasure.AgeUnderOneDay or TicketMeasure.AgeOneToThreeDays or TicketMeasure.AgeThreeToSevenDays
        or TicketMeasure.AgeSevenToThirtyDays or TicketMeasure.AgeOverThirtyDays;

    /// <summary>
    /// The predicate of <paramref name="measure"/>; <paramref name="now"/> is the instant the backlog's measures
    /// (at risk, ages) are taken at. Open states are written as constants so that the open-ticket index applies.
    /// </summary>
    public static Expression<Func<Ticket, bool>> Of(TicketMeasure measure, DateTimeOffset now)
    {
        var day = TimeSpan.FromDays(1);
        DateTimeOffset Ago(int days) => now - days * day;
        var oneDayAgo = Ago(1);
        var threeDaysAgo = Ago(3);
        var sevenDaysAgo = Ago(7);
        var thirtyDaysAgo = Ago(30);
        return measure switch
        {
            TicketMeasure.Registered => t => true,
            TicketMeasure.Responded => t => t.RespondedAt != null,
            TicketMeasure.ResponseMet => t => t.RespondedAt != null && t.ResponseDueAt != null
                                             && t.RespondedAt <= t.ResponseDueAt && !t.ResponseBreached,
            TicketMeasure.ResponseBreached => t => t.ResponseBreached,
            TicketMeasure.Resolved => t => t.ResolvedAt != null,
            TicketMeasure.ResolutionMet => t => t.ResolvedAt != null && t.ResolutionDueAt != null
                                               && t.ResolvedAt <= t.ResolutionDueAt && !t.ResolutionBreached,
            TicketMeasure.ResolutionBreached => t => t.ResolutionBreached,
            TicketMeasure.Closed => t => t.State == TicketState.Closed,
            TicketMeasure.Rejected => t => t.State == TicketState.Rejected,
            TicketMeasure.Open => t => t.State == TicketState.New || t.State == TicketState.Assigned || t.State == TicketState.Resolved,
            TicketMeasure.ClosedAtFirstLine => t => t.ClosureResult == ClosureResult.FirstLine,
            TicketMeasure.ClosedAutomatically => t => t.ClosureResult == ClosureResult.Automatic,
            TicketMeasure.Reopened => t => t.IncorrectAnswers > 0 || t.Revocations > 0,
            TicketMeasure.AnsweredIncorrect => t => t.IncorrectAnswers > 0,
            TicketMeasure.Revoked => t => t.Revocations > 0,
            TicketMeasure.Escalated => t => t.EscalatedAt != null,
            TicketMeasure.Rated => t => t.Rating != null,
            TicketMeasure.Rated1 => t => t.Rating == 1,
            TicketMeasure.Rated2 => t => t.Rating == 2,
            TicketMeasure.Rated3 => t => t.Rating == 3,
            TicketMeasure.Rated4 => t => t.Rating == 4,
            TicketMeasure.Rated5 => t => t.Rating == 5,
            TicketMeasure.InProgress => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                              || t.State == TicketState.Resolved) && t.AgentId != null,
            TicketMeasure.BreachedNow => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                               || t.State == TicketState.Resolved) && (t.ResponseBreached || t.ResolutionBreached),
            TicketMeasure.AtRisk => t => (t.State == TicketState.New || t.State == TicketState.Assigned)
                                         && !t.ResponseBreached && !t.ResolutionBreached
                                         && t.ResolutionWarnAt != null && t.ResolutionWarnAt <= now,
            TicketMeasure.Unassigned => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                              || t.State == TicketState.Resolved) && t.AgentId == null,
            TicketMeasure.Unplaced => t => t.State == TicketState.New && t.UnplacedReason != null,
            TicketMeasure.StateNew => t => t.State == TicketState.New,
            TicketMeasure.StateAssigned => t => t.State == TicketState.Assigned,
            TicketMeasure.StateResolved => t => t.State == TicketState.Resolved,
            TicketMeasure.AgeUnderOneDay => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                                  || t.State == TicketState.Resolved) && t.CreatedAt > oneDayAgo,
            TicketMeasure.AgeOneToThreeDays => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                                     || t.State == TicketState.Resolved)
                                                    && t.CreatedAt <= oneDayAgo && t.CreatedAt > threeDaysAgo,
            TicketMeasure.AgeThreeToSevenDays => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                                       || t.State == TicketState.Resolved)
                                                      && t.CreatedAt <= threeDaysAgo && t.CreatedAt > sevenDaysAgo,
            TicketMeasure.AgeSevenToThirtyDays => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                                        || t.State == TicketState.Resolved)
                                                       && t.CreatedAt <= sevenDaysAgo && t.CreatedAt > thirtyDaysAgo,
            TicketMeasure.AgeOverThirtyDays => t => (t.State == TicketState.New || t.State == TicketState.Assigned
                                                     || t.State == TicketState.Resolved) && t.CreatedAt <= thirtyDaysAgo,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };
    }
}
