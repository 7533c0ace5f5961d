using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.Sla;

namespace Mesa.Core.Tickets;

/// <summary>
/// The ANS of the ticket (Guía §4, §14.2 "Calendario / SLA", "Fecha respuesta / resolución", "caduca"): the terms
/// taken from the policy, the clock stops, the due dates recomputed from them, and the breaches recorded once.
/// </summary>
public sealed partial class Ticket
{
    private readonly List<ClockStop> _clockStops = [];

    public int? SlaPolicyId { get; private set; }

    public SlaPolicy? SlaPolicy { get; private set; }

    public int? CalendarId { get; private set; }

    public BusinessCalendar? Calendar { get; private set; }

    /// <summary>What the terms were chosen from (service, category, priority): they are chosen again only when it changes.</summary>
    public string? SlaBasis { get; private set; }

    public int? ResponseTargetMinutes { get; private set; }

    public int? ResolutionTargetMinutes { get; private set; }

    /// <summary>"Fecha respuesta": the effective due date, pushed by the clock stops.</summary>
    public DateTimeOffset? ResponseDueAt { get; private set; }

    /// <summary>"Fecha resolución": the effective due date, pushed by the clock stops.</summary>
    public DateTimeOffset? ResolutionDueAt { get; private set; }

    /// <summary>The due dates the targets alone would give, shown beside the effective ones.</summary>
    public DateTimeOffset? OriginalResponseDueAt { get; private set; }

    public DateTimeOffset? OriginalResolutionDueAt { get; private set; }

    /// <summary>When the user first heard from the desk: the first response, or else the first solution.</summary>
    public DateTimeOffset? RespondedAt { get; private set; }

    public bool ResponseBreached { get; private set; }

    public bool ResolutionBreached { get; private set; }

    /// <summary>When the configured share of the resolution time (default 75%) will have been used.</summary>
    public DateTimeOffset? ResolutionWarnAt { get; private set; }

    /// <summary>When the warning at the configured share of the resolution time was sent.</summary>
    public DateTimeOffset? ResolutionWarnedAt { get; private set; }

    /// <summary>Measures for reports, in working minutes of the calendar (wall time follows from the instants).</summary>
    public int? ResponseWorkingMinutes { get; private set; }

    public int? ResolutionWorkingMinutes { get; private set; }

    public int StoppedWorkingMinutes { get; private set; }

    public IReadOnlyCollection<ClockStop> ClockStops => _clockStops;

    public bool ClockStopped => _clockStops.Any(s => s.IsOpen);

    /// <summary>The stops that move the due dates (Guía §14.2 "sumando los tiempos transcurridos en subestados").</summary>
    public IReadOnlyList<ClockPause> Pauses => _clockStops.Where(s => s.ExtendsDueDate).Select(s => s.AsPause).ToList();

    /// <summary>The stops not counted in the ticket's working minutes (its response and resolution times).</summary>
    public IReadOnlyList<ClockPause> MeasurePauses => _clockStops.Where(s => s.StopsClock).Select(s => s.AsPause).ToList();

    /// <summary>The key of what decides the terms; the caller compares it with <see cref="SlaBasis"/>.</summary>
    public string CurrentSlaBasis => $"{ServiceId}:{CategoryId}:{Priority}";

    /// <summary>Takes the terms of a policy (Guía §14.2 "Calendario / SLA") and records the change when there is one.</summary>
    public void ApplySlaTerms(SlaPolicy policy, BusinessCalendar calendar, Actor by, DateTimeOffset at)
    {
        var target = policy.TargetFor(Priority);
        var changed = SlaPolicyId != policy.Id || ResponseTargetMinutes != target.ResponseMinutes
                      || ResolutionTargetMinutes != target.ResolutionMinutes || CalendarId != calendar.Id;
        SlaBasis = CurrentSlaBasis;
        if (!changed) return;
        if (SlaPolicyId is not null)
        {
            Record(new TicketEvent(TicketEventKind.SlaChanged, by.Id, at, null, published: false)
            {
                Field = "Sla",
                OldValue = $"{SlaPolicy?.Name} ({ResponseTargetMinutes}/{ResolutionTargetMinutes} min)",
                NewValue = $"{policy.Name} ({target.ResponseMinutes}/{target.ResolutionMinutes} min)",
            });
            Touch(by, at);
        }

        SlaPolicy = policy;
        SlaPolicyId = policy.Id;
        Calendar = calendar;
        CalendarId = calendar.Id;
        ResponseTargetMinutes = target.ResponseMinutes;
        ResolutionTargetMinutes = target.ResolutionMinutes;
    }

    /// <summary>
    /// Guía §14.2: "La fecha de resolución se calcula partiendo de la fecha de registro, sumando el tiempo definido
    /// para su ANS y los tiempos transcurridos en subestados con parada de reloj". A pure recomputation from the
    /// registration, the targets and the stored stops: the same history always gives the same dates.
    /// </summary>
    public void RecomputeDueDates(CalendarSchedule calendar, double warningShare)
    {
        if (ResponseTargetMinutes is not { } response || ResolutionTargetMinutes is not { } resolution) return;
        var pauses = Pauses;
        ResponseDueAt = SlaClock.DueAt(calendar, CreatedAt, response, pauses);
        ResolutionDueAt = SlaClock.DueAt(calendar, CreatedAt, resolution, pauses);
        ResolutionWarnAt = SlaClock.DueAt(calendar, CreatedAt, (int)Math.Floor(resolution * warningShare), pauses);
        OriginalResponseDueAt = SlaClock.DueAt(calendar, CreatedAt, response, []);
        OriginalResolutionDueAt = SlaClock.DueAt(calendar, CreatedAt, resolution, []);

        var measured = MeasurePauses;
        ResponseWorkingMinutes = RespondedAt is { } responded ? Minutes(calendar, responded, measured) : null;
        ResolutionWorkingMinutes = ResolvedAt is { } resolved ? Minutes(calendar, resolved, measured) : null;
        var end = ClosedAt ?? ResolvedAt ?? UpdatedAt;
        StoppedWorkingMinutes = (int)Math.Round((SlaClock.WorkingTimeBetween(calendar, CreatedAt, end, []) -
            SlaClock.WorkingTimeBetween(calendar, CreatedAt, end, measured)).TotalMinutes);
    }

    /// <summary>
    /// Guía §14.2 "caduca": marks (once) the targets whose due date has passed unmet, writes it in the history and
    /// tells the agent and the group's supervisors. Returns whether anything new was recorded.
    /// </summary>
    public bool RecordBreaches(Actor system, DateTimeOffset now) => RecordBreaches(system, now, tell: true);

    /// <param name="tell">False for a ticket brought from the desk before Mesa: its breaches are its past, not news.</param>
    private bool RecordBreaches(Actor system, DateTimeOffset now, bool tell)
    {
        var recorded = false;
        if (!ResponseBreached && ResponseDueAt is { } responseDue && (RespondedAt ?? now) > responseDue
            && (RespondedAt is not null || IsOpen))
        {
            ResponseBreached = true;
            RecordBreach("response", responseDue, system, now, tell);
            recorded = true;
        }

        if (!ResolutionBreached && ResolutionDueAt is { } resolutionDue && (ResolvedAt ?? now) > resolutionDue
            && (ResolvedAt is not null || State is TicketState.New or TicketState.Assigned))
        {
            ResolutionBreached = true;
            RecordBreach("resolution", resolutionDue, system, now, tell);
            recorded = true;
        }

        if (recorded) Touch(system, now);
        return recorded;
    }

    /// <summary>
    /// A warning, once, when the configured share of the resolution time is used (the instant is computed
    /// with the due dates). Returns whether it was given now.
    /// </summary>
    public bool WarnNearBreach(Actor system, DateTimeOffset now)
    {
        if (ResolutionWarnedAt is not null || ResolutionBreached || ResolutionWarnAt is not { } warnAt || warnAt > now
            || State is not (TicketState.New or TicketState.Assigned)) return false;
        ResolutionWarnedAt = now;
        Record(new TicketEvent(TicketEventKind.SlaWarning, system.Id, now, null, published: false)
        {
            Field = "resolution",
            NewValue = ResolutionDueAt?.ToString("O"),
        });
        NotifyStaff(NotificationKind.SlaWarning, now);
        Touch(system, now);
        return true;
    }

    private void RecordBreach(string which, DateTimeOffset due, Actor system, DateTimeOffset now, bool tell)
    {
        Record(new TicketEvent(TicketEventKind.SlaBreached, system.Id, now, null, published: false)
        {
            Field = which,
            NewValue = due.ToString("O"),
        });
        if (tell) NotifyStaff(NotificationKind.SlaBreach, now);
    }

    /// <summary>ANS warnings go to the agent (or the group) and to the group's supervisors.</summary>
    private void NotifyStaff(NotificationKind kind, DateTimeOffset at)
    {
        if (AgentId is { } agent) _notifications.Add(new Notification(kind, agent, null, null, at));
        else if (GroupId is { } group) _notifications.Add(new Notification(kind, null, group, null, at));
        if (GroupId is { } supervised) _notifications.Add(new Notification(kind, null, supervised, null, at, toSupervisors: true));
    }

    /// <summary>Starts or ends clock stops as the ticket enters or leaves a stopping condition.</summary>
    /// <summary>Ends the open stop and begins the one <paramref name="stoppingReason"/> calls for (a substate, or the wait of a solution).</summary>
    private void UpdateClockStops(string? stoppingReason, DateTimeOffset at, bool stopsClock = true, bool extendsDueDate = true)
    {
        var open = _clockStops.FirstOrDefault(s => s.IsOpen);
        if (open?.Reason == stoppingReason) return;
        open?.End(at);
        if (stoppingReason is not null) _clockStops.Add(new ClockStop(at, stoppingReason, stopsClock, extendsDueDate));
    }

    private int Minutes(CalendarSchedule calendar, DateTimeOffset until, IReadOnlyList<ClockPause> pauses) =>
        (int)Math.Round(SlaClock.WorkingTimeBetween(calendar, CreatedAt, until, pauses).TotalMinutes);
}
