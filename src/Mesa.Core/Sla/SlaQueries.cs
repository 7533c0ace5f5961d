using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Sla;

/// <summary>Reads about the ANS: a ticket's explanation, a calendar's holidays, a preview of a due date.</summary>
public sealed class SlaQueries(MesaDbContext db, SlaCatalog catalog, TicketQueries tickets, OrganisationTime time)
{
    public async Task<SlaExplanation?> ExplainAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var id = (await tickets.GetAsync(by, ticketRef, ct)).Id;
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.ClockStops).Include(t => t.SlaPolicy)
            .Include(t => t.Calendar).SingleAsync(t => t.Id == id, ct);
        if (ticket.CalendarId is not { } calendarId || ticket.ResponseTargetMinutes is not { } responseTarget
            || ticket.ResolutionTargetMinutes is not { } resolutionTarget) return null;

        var calendar = await catalog.ScheduleAsync(calendarId, ct);
        var now = time.UtcNow;
        var end = ticket.ClosedAt ?? (ticket.State == TicketState.Rejected ? ticket.UpdatedAt : now);
        var pauses = ticket.Pauses;

        var segments = new List<ClockSegment>();
        var cursor = ticket.CreatedAt;
        foreach (var stop in ticket.ClockStops.OrderBy(s => s.From))
        {
            var stopEnd = stop.To ?? end;
            if (stop.From > cursor) segments.Add(Segment(calendar, cursor, stop.From, true, null));
            segments.Add(Segment(calendar, stop.From, stopEnd, false, stop.Reason));
            cursor = stopEnd > cursor ? stopEnd : cursor;
        }

        if (end > cursor) segments.Add(Segment(calendar, cursor, end, true, null));

        var working = ticket.State is TicketState.New or TicketState.Assigned;
        var response = Target(calendar, ticket.CreatedAt, responseTarget, ticket.ResponseDueAt,
            ticket.OriginalResponseDueAt, ticket.RespondedAt, pauses, now,
            ticket.ResponseBreached || (ticket.RespondedAt is null && ticket.IsOpen && ticket.ResponseDueAt < now));
        var resolution = Target(calendar, ticket.CreatedAt, resolutionTarget, ticket.ResolutionDueAt,
            ticket.OriginalResolutionDueAt, ticket.ResolvedAt, pauses, now,
            ticket.ResolutionBreached || (working && ticket.ResolutionDueAt < now));
        var stoppedWall = TimeSpan.FromTicks(segments.Where(s => !s.Running).Sum(s => (s.To - s.From).Ticks));

        return new SlaExplanation(ticket.SlaPolicy!.Name, ticket.Calendar!.Name, segments, response, resolution,
            segments.Where(s => !s.Running).Sum(s => s.WorkingMinutes), stoppedWall);
    }

    public async Task<IReadOnlyList<Holiday>> HolidaysAsync(string calendarName, int year, CancellationToken ct)
    {
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Name == calendarName, ct)
            ?? throw new NotFoundException(Rules.UnknownCalendar, calendarName);
        return (await catalog.ScheduleAsync(calendar.Id, ct)).Holidays.Of(year);
    }

    /// <summary>The first instant at which the working minutes have elapsed since start, less the pauses.</summary>
    public async Task<DateTimeOffset?> PreviewAsync(string calendarName, DateTimeOffset start, int minutes,
        IReadOnlyList<ClockPause> pauses, CancellationToken ct)
    {
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Name == calendarName, ct)
            ?? throw new InputException("calendar", Rules.UnknownCalendar, calendarName);
        return SlaClock.DueAt(await catalog.ScheduleAsync(calendar.Id, ct), start, minutes, pauses);
    }

    private static ClockSegment Segment(CalendarSchedule calendar, DateTimeOffset from, DateTimeOffset to, bool running,
        string? reason) =>
        new(from, to, running, reason, (int)Math.Round(SlaClock.WorkingTimeBetween(calendar, from, to, []).TotalMinutes));

    private static SlaTargetState Target(CalendarSchedule calendar, DateTimeOffset created, int target, DateTimeOffset? due,
        DateTimeOffset? originalDue, DateTimeOffset? metAt, IReadOnlyList<ClockPause> pauses, DateTimeOffset now, bool breached)
    {
        var until = metAt ?? now;
        var used = (int)Math.Round(SlaClock.WorkingTimeBetween(calendar, created, until, pauses).TotalMinutes);
        return new SlaTargetState(target, due, originalDue, metAt, used, Math.Max(0, target - used), breached,
            metAt is { } met ? met - created : null);
    }
}
