using Mesa.Core.Sla;

namespace Mesa.Web.Api.Admin;

/// <summary>Calendars, holidays, holiday rules, ANS policies and the priority matrix.</summary>
public static class SlaAdminApi
{
    public sealed record CalendarRequest(string? Name, string? TimeZone, string? HolidayRuleSet, IReadOnlyList<IntervalJson?>? Week);

    public sealed record IntervalJson(string? Day, string? Start, string? End);

    public sealed record CalendarJson(int Id, string Name, string TimeZone, string? HolidayRuleSet,
        IReadOnlyList<IntervalJson> Week, IReadOnlyList<HolidayChangeJson> HolidayChanges);

    public sealed record HolidayChangeJson(DateOnly Date, string? Name, bool Removed);

    public sealed record HolidayRequest(string? Name);

    public sealed record HolidayRuleJson(int Id, string RuleSet, string Name, int? Month, int? Day, int? EasterOffset,
        bool MoveToMonday, int? FromYear, int? ToYear);

    public sealed record HolidayRuleRequest(string? RuleSet, string? Name, int? Month, int? Day, int? EasterOffset,
        bool? MoveToMonday, int? FromYear, int? ToYear);

    public sealed record PolicyRequest(string? Name, string? Calendar, bool? IsDefault, IReadOnlyList<TargetRequest?>? Targets);

    public sealed record TargetRequest(string? Priority, int? ResponseMinutes, int? ResolutionMinutes);

    public sealed record PolicyJson(int Id, string Name, string Calendar, bool IsDefault, IReadOnlyList<TargetJson> Targets);

    public sealed record TargetJson(Level Priority, int ResponseMinutes, int ResolutionMinutes);

    public sealed record PolicyPreviewRequest(string? Priority, string? Start);

    public sealed record PolicyPreviewJson(DateTimeOffset? ResponseDueAt, DateTimeOffset? ResolutionDueAt);

    public sealed record AssignmentRequest(string? Service, string? Category, string? Policy);

    public sealed record MatrixCellJson(string? Impact, string? Urgency, string? Priority);

    public static void MapSlaAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/calendars", async (SlaAdministration sla, HttpContext http) =>
            (await sla.CalendarsAsync(http.RequestAborted)).Select(ToJson));
        admin.MapGet("/calendars/{name}", async (string name, SlaAdministration sla, HttpContext http) =>
            ToJson(await sla.CalendarAsync(name, http.RequestAborted)));
        admin.MapPost("/calendars", async (CalendarRequest? body, SlaAdministration sla, RequestReader read, HttpContext http) =>
        {
            var calendar = await sla.CreateCalendarAsync(ToInput(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/calendars/{Uri.EscapeDataString(calendar.Name)}", ToJson(calendar));
        }).Refuses(400);
        admin.MapPut("/calendars/{name}", async (string name, CalendarRequest? body, SlaAdministration sla,
            RequestReader read, HttpContext http) =>
            ToJson(await sla.UpdateCalendarAsync(name, ToInput(body, read), http.RequestAborted))).Refuses(400);
        admin.MapPut("/calendars/{name}/holidays/{date}", async (string name, string date, HolidayRequest? body,
            SlaAdministration sla, RequestReader read, HttpContext http) =>
        {
            var day = read.Date("date", date, required: true);
            read.Text("name", body?.Name, HolidayRule.NameMaxLength, required: true);
            read.ThrowIfInvalid();
            return ToJson(await sla.AddHolidayAsync(name, day!.Value, body!.Name!, http.RequestAborted));
        }).Refuses(400);
        admin.MapDelete("/calendars/{name}/holidays/{date}", async (string name, string date, SlaAdministration sla,
            RequestReader read, HttpContext http) =>
        {
            var day = read.Date("date", date, required: true);
            read.ThrowIfInvalid();
            return ToJson(await sla.RemoveHolidayAsync(name, day!.Value, http.RequestAborted));
        });

        admin.MapGet("/holiday-rules", async (SlaAdministration sla, HttpContext http) =>
            (await sla.HolidayRulesAsync(http.RequestAborted)).Select(ToJson));
        admin.MapPost("/holiday-rules", async (HolidayRuleRequest? body, SlaAdministration sla, RequestReader read,
            HttpContext http) =>
        {
            read.Text("ruleSet", body?.RuleSet, HolidayRule.RuleSetMaxLength, required: true);
            read.Text("name", body?.Name, HolidayRule.NameMaxLength, required: true);
            read.Number("month", body?.Month, 1, 12, required: body?.EasterOffset is null);
            read.Number("day", body?.Day, 1, 31, required: body?.EasterOffset is null);
            read.Number("easterOffset", body?.EasterOffset, -100, 200);
            read.Number("fromYear", body?.FromYear, 1900, 2200);
            read.Number("toYear", body?.ToYear, 1900, 2200);
            // A month outside 1–12 is already refused beside its field; the day is judged against a real month only.
            if (body?.EasterOffset is null && body?.Month is { } m and >= 1 and <= 12 && body.Day is { } d
                && d > DateTime.DaysInMonth(2024, m))
                read.Fail("day", Mesa.Core.Common.Rules.OutOfRange, 1, DateTime.DaysInMonth(2024, m));
            read.ThrowIfInvalid();
            var rule = await sla.AddHolidayRuleAsync(new HolidayRule(body!.RuleSet!.Trim(), body.Name!.Trim(),
                body.EasterOffset is null ? body.Month : null, body.EasterOffset is null ? body.Day : null,
                body.EasterOffset, body.MoveToMonday ?? false, body.FromYear, body.ToYear), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/holiday-rules/{rule.Id}", ToJson(rule));
        }).Refuses(400);

        admin.MapGet("/sla-policies", async (SlaAdministration sla, HttpContext http) =>
            (await sla.PoliciesAsync(http.RequestAborted)).Select(ToJson));
        admin.MapPost("/sla-policies", async (PolicyRequest? body, SlaAdministration sla, RequestReader read,
            HttpContext http) =>
        {
            var policy = await sla.CreatePolicyAsync(ToInput(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/sla-policies/{Uri.EscapeDataString(policy.Name)}", ToJson(policy));
        }).Refuses(400);
        admin.MapPut("/sla-policies/{name}", async (string name, PolicyRequest? body, SlaAdministration sla,
            RequestReader read, HttpContext http) =>
            ToJson(await sla.UpdatePolicyAsync(name, ToInput(body, read), http.RequestAborted))).Refuses(400);
        admin.MapPost("/sla-policies/{name}/preview", async (string name, PolicyPreviewRequest? body,
            SlaAdministration admin, SlaQueries queries, RequestReader read, Mesa.Core.Common.OrganisationTime time,
            HttpContext http) =>
        {
            var priority = read.Enum<Level>("priority", body?.Priority, required: true);
            var start = read.Instant("start", body?.Start, time.Zone, required: true);
            read.ThrowIfInvalid();
            var policy = await admin.PolicyAsync(name, http.RequestAborted);
            var target = policy.TargetFor(priority!.Value);
            var response = await queries.PreviewAsync(policy.Calendar!.Name, start!.Value, target.ResponseMinutes, [], http.RequestAborted);
            var resolution = await queries.PreviewAsync(policy.Calendar!.Name, start.Value, target.ResolutionMinutes, [], http.RequestAborted);
            return new PolicyPreviewJson(response is { } r ? time.ToLocal(r) : null, resolution is { } s ? time.ToLocal(s) : null);
        }).Refuses(400);
        admin.MapPut("/sla-assignments", async (AssignmentRequest? body, SlaAdministration sla, RequestReader read,
            HttpContext http) =>
        {
            read.Text("service", body?.Service, Mesa.Core.Catalog.CatalogNames.MaxLength, required: true);
            read.Text("category", body?.Category, Mesa.Core.Catalog.Category.PathMaxLength);
            read.Text("policy", body?.Policy, SlaPolicy.NameMaxLength);
            read.ThrowIfInvalid();
            await sla.AssignPolicyAsync(body!.Service!, body.Category, string.IsNullOrWhiteSpace(body.Policy) ? null : body.Policy,
                http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400);

        admin.MapGet("/priority-matrix", async (SlaAdministration sla, HttpContext http) =>
            (await sla.MatrixAsync(http.RequestAborted)).Select(ToJson));
        admin.MapPut("/priority-matrix", async (IReadOnlyList<MatrixCellJson?>? body, SlaAdministration sla,
            RequestReader read, HttpContext http) =>
        {
            var cells = new List<PriorityMatrixCell>();
            foreach (var cell in body ?? [])
            {
                var impact = read.Enum<Level>("impact", cell?.Impact, required: true);
                var urgency = read.Enum<Level>("urgency", cell?.Urgency, required: true);
                var priority = read.Enum<Level>("priority", cell?.Priority, required: true);
                if (impact is { } i && urgency is { } u && priority is { } p) cells.Add(new PriorityMatrixCell(i, u, p));
            }

            read.ThrowIfInvalid();
            return (await sla.SetMatrixAsync(cells, http.RequestAborted)).Select(ToJson);
        }).Refuses(400);
    }

    private static SlaAdministration.CalendarInput ToInput(CalendarRequest? body, RequestReader read)
    {
        read.Text("name", body?.Name, BusinessCalendar.NameMaxLength, required: true);
        read.Text("timeZone", body?.TimeZone, BusinessCalendar.TimeZoneMaxLength, required: true);
        read.Text("holidayRuleSet", body?.HolidayRuleSet, HolidayRule.RuleSetMaxLength);
        read.Require("week", body?.Week is { Count: > 0 });
        var week = new List<WorkingInterval>();
        foreach (var interval in body?.Week ?? [])
        {
            var day = read.Enum<DayOfWeek>("week", interval?.Day, required: true);
            var start = read.TimeOfDay("week", interval?.Start);
            var end = read.TimeOfDay("week", interval?.End);
            if (day is { } d && start is { } s && end is { } e) week.Add(new WorkingInterval(d, s, e));
        }

        read.ThrowIfInvalid();
        return new SlaAdministration.CalendarInput(body!.Name!, body.TimeZone!.Trim(), body.HolidayRuleSet, week);
    }

    private static SlaAdministration.PolicyInput ToInput(PolicyRequest? body, RequestReader read)
    {
        read.Text("name", body?.Name, SlaPolicy.NameMaxLength, required: true);
        read.Text("calendar", body?.Calendar, BusinessCalendar.NameMaxLength, required: true);
        read.Require("targets", body?.Targets is { Count: > 0 });
        var targets = new List<SlaTarget>();
        foreach (var target in body?.Targets ?? [])
        {
            var priority = read.Enum<Level>("targets", target?.Priority, required: true);
            var response = read.Number("targets", target?.ResponseMinutes, 1, SlaPolicy.MaxTargetMinutes, required: true);
            var resolution = read.Number("targets", target?.ResolutionMinutes, 1, SlaPolicy.MaxTargetMinutes, required: true);
            if (priority is { } p && response is { } r && resolution is { } s) targets.Add(new SlaTarget(p, r, s));
        }

        read.ThrowIfInvalid();
        return new SlaAdministration.PolicyInput(body!.Name!, body.Calendar!, body.IsDefault ?? false, targets);
    }

    private static CalendarJson ToJson(BusinessCalendar c) => new(c.Id, c.Name, c.TimeZone, c.HolidayRuleSet,
        c.Week.Select(i => new IntervalJson(Mesa.Web.Api.ApiEnums.Name(i.Day), WorkingInterval.Format(i.StartMinute),
            WorkingInterval.Format(i.EndMinute))).ToList(),
        c.HolidayChanges.OrderBy(h => h.Date).Select(h => new HolidayChangeJson(h.Date, h.Removed ? null : h.Name, h.Removed)).ToList());

    private static HolidayRuleJson ToJson(HolidayRule r) =>
        new(r.Id, r.RuleSet, r.Name, r.Month, r.Day, r.EasterOffset, r.MoveToMonday, r.FromYear, r.ToYear);

    private static PolicyJson ToJson(SlaPolicy p) => new(p.Id, p.Name, p.Calendar?.Name ?? "", p.IsDefault,
        p.Targets.OrderBy(t => t.Priority).Select(t => new TargetJson(t.Priority, t.ResponseMinutes, t.ResolutionMinutes)).ToList());

    private static MatrixCellJson ToJson(PriorityMatrixCell c) =>
        new(Mesa.Web.Api.ApiEnums.Name(c.Impact), Mesa.Web.Api.ApiEnums.Name(c.Urgency), Mesa.Web.Api.ApiEnums.Name(c.Priority));
}
