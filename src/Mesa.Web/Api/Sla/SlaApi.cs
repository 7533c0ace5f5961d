using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Sla;

/// <summary>Holidays, the due-date preview, and a ticket's ANS explained.</summary>
public static class SlaApi
{
    public sealed record PreviewRequest(string? Calendar, string? Start, int? Minutes, IReadOnlyList<PauseRequest>? Pauses);

    public sealed record PauseRequest(string? From, string? To);

    public sealed record PreviewJson(DateTimeOffset? DueAt);

    public sealed record HolidayJson(DateOnly Date, string Name);

    public sealed record ExplanationJson(
        string Policy,
        string Calendar,
        IReadOnlyList<SegmentJson> Segments,
        TargetJson Response,
        TargetJson Resolution,
        int StoppedWorkingMinutes,
        double StoppedWallMinutes);

    public sealed record SegmentJson(DateTimeOffset From, DateTimeOffset To, bool Running, string? Reason, int WorkingMinutes);

    public sealed record TargetJson(int TargetMinutes, DateTimeOffset? DueAt, DateTimeOffset? OriginalDueAt,
        DateTimeOffset? MetAt, int UsedMinutes, int LeftMinutes, bool Breached, double? WallMinutes);

    public const int MaxPauses = 1000;

    public static RouteGroupBuilder MapSla(this RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{id}/sla", async (HttpContext http, TicketRef id, SlaQueries sla, OrganisationTime time) =>
        {
            var explanation = await sla.ExplainAsync(await http.ActorAsync(), id, http.RequestAborted);
            // A ticket without an ANS (none applies to it) answers null.
            return explanation is null ? null : ToJson(explanation, time);
        }).Refuses(404);

        api.MapGet("/calendars/{name}/holidays", async (HttpContext http, string name, int? year, SlaQueries sla,
            RequestReader read, OrganisationTime time) =>
        {
            var wanted = read.Number("year", year ?? time.ToLocal(time.UtcNow).Year, 1900, 2200);
            read.ThrowIfInvalid();
            var holidays = await sla.HolidaysAsync(name, wanted!.Value, http.RequestAborted);
            return holidays.Select(h => new HolidayJson(h.Date, h.Name)).ToList();
        }).Refuses(404);

        api.MapPost("/sla/preview", async (HttpContext http, PreviewRequest? body, SlaQueries sla, RequestReader read,
            OrganisationTime time) =>
        {
            read.Text("calendar", body?.Calendar, BusinessCalendar.NameMaxLength, required: true);
            var start = read.Instant("start", body?.Start, time.Zone, required: true);
            var minutes = read.Number("minutes", body?.Minutes, 0, SlaPolicy.MaxTargetMinutes, required: true);
            if (body?.Pauses is { Count: > MaxPauses }) read.Fail("pauses", Rules.OutOfRange, 0, MaxPauses);
            var pauses = new List<ClockPause>();
            foreach (var pause in body?.Pauses ?? [])
            {
                var from = read.Instant("pauses", pause?.From, time.Zone, required: true);
                var to = read.Instant("pauses", pause?.To, time.Zone);
                if (from is { } f) pauses.Add(new ClockPause(f, to));
            }

            read.ThrowIfInvalid();
            var due = await sla.PreviewAsync(body!.Calendar!, start!.Value, minutes!.Value, pauses, http.RequestAborted);
            return new PreviewJson(due is { } d ? time.ToLocal(d) : null);
        }).Refuses(400);
        return api;
    }

    private static ExplanationJson ToJson(SlaExplanation e, OrganisationTime time)
    {
        DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? time.ToLocal(value) : null;
        TargetJson Target(SlaTargetState t) => new(t.TargetMinutes, Local(t.DueAt), Local(t.OriginalDueAt), Local(t.MetAt),
            t.UsedMinutes, t.LeftMinutes, t.Breached, t.WallTime?.TotalMinutes);
        return new ExplanationJson(e.Policy, e.Calendar,
            e.Segments.Select(s => new SegmentJson(time.ToLocal(s.From), time.ToLocal(s.To), s.Running, s.Reason,
                s.WorkingMinutes)).ToList(),
            Target(e.Response), Target(e.Resolution), e.StoppedWorkingMinutes, e.StoppedWallTime.TotalMinutes);
    }
}
