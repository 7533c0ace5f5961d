using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api;

/// <summary>
/// Scheduled reports (Guía §4), for supervisors and administrators: <c>/report-schedules</c> to list and write them,
/// <c>/{id}/deliveries</c> for what each sending sent, and the file of one sending again.
/// </summary>
public static class ReportSchedulesApi
{
    public sealed record ScopeBody(string? Type, string? Service, string? Category, string? Group, string? Agent, string? Priority,
        string? Origin, string? Location);

    public sealed record ScheduleBody(string? Name, string? Report, string? By, string? Format, string? Frequency, ScopeBody? Filters,
        IReadOnlyList<string?>? Addresses, string? Group, bool? Active);

    public static RouteGroupBuilder MapReportSchedules(this RouteGroupBuilder api)
    {
        var schedules = api.MapGroup("/report-schedules");
        schedules.MapGet("", async (HttpContext http, ReportSchedules all, OrganisationTime time) =>
            (await all.ListAsync(await http.ActorAsync(), http.RequestAborted)).Select(s => Json(s, time))).Refuses(403);
        schedules.MapGet("/{id:int}", async (int id, HttpContext http, ReportSchedules all, OrganisationTime time) =>
            Json(await all.GetAsync(await http.ActorAsync(), id, http.RequestAborted), time)).Refuses(403, 404);
        schedules.MapPost("", async (ScheduleBody? body, HttpContext http, ReportSchedules all, RequestReader read, OrganisationTime time) =>
        {
            var input = Input(body, read);
            var saved = await all.SaveAsync(await http.ActorAsync(), null, input, body?.Group, http.RequestAborted);
            return TypedResults.Created($"/api/v1/report-schedules/{saved.Id}", Json(saved, time));
        }).Refuses(400, 403);
        schedules.MapPut("/{id:int}", async (int id, ScheduleBody? body, HttpContext http, ReportSchedules all, RequestReader read,
            OrganisationTime time) =>
        {
            var input = Input(body, read);
            return Json(await all.SaveAsync(await http.ActorAsync(), id, input, body?.Group, http.RequestAborted), time);
        }).Refuses(400, 403, 404);
        schedules.MapDelete("/{id:int}", async (int id, HttpContext http, ReportSchedules all) =>
        {
            await all.DeleteAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        schedules.MapGet("/{id:int}/deliveries", async (int id, HttpContext http, ReportSchedules all) =>
            await all.DeliveriesAsync(await http.ActorAsync(), id, http.RequestAborted)).Refuses(403, 404);
        schedules.MapGet("/{id:int}/deliveries/{deliveryId:long}", async (int id, long deliveryId, HttpContext http, ReportSchedules all) =>
        {
            var file = await all.DeliveryAsync(await http.ActorAsync(), id, deliveryId, http.RequestAborted);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Refuses(403, 404);
        return api;
    }

    public static object Json(ReportScheduleSummary s, OrganisationTime time) => new
    {
        s.Id,
        s.Name,
        Report = ApiEnums.Name(s.Report),
        By = s.By is { } by ? ApiEnums.Name(by) : null,
        Format = ApiEnums.Name(s.Format),
        Frequency = ApiEnums.Name(s.Frequency),
        Filters = new
        {
            Type = s.Scope.Type is { } type ? ApiEnums.Name(type) : null,
            s.Scope.Service,
            s.Scope.Category,
            s.Scope.Group,
            s.Scope.Agent,
            Priority = s.Scope.Priority is { } priority ? ApiEnums.Name(priority) : null,
            Origin = s.Scope.Origin is { } origin ? ApiEnums.Name(origin) : null,
            s.Scope.Location,
        },
        Addresses = s.Addresses.Split(", ", StringSplitOptions.RemoveEmptyEntries),
        s.Group,
        s.Active,
        s.Owner,
        NextRunAt = time.ToLocal(s.NextRunAt),
        LastRunAt = s.LastRunAt is { } last ? time.ToLocal(last) : (DateTimeOffset?)null,
        s.LastError,
    };

    private static ReportScheduleInput Input(ScheduleBody? body, RequestReader read)
    {
        read.Text("name", body?.Name, ReportSchedule.NameMaxLength, required: true);
        var report = read.Enum<ReportName>("report", body?.Report, required: true);
        var by = read.Enum<ReportBy>("by", body?.By);
        var format = read.Enum<ReportFormat>("format", body?.Format, required: true);
        var frequency = read.Enum<ReportFrequency>("frequency", body?.Frequency, required: true);
        var f = body?.Filters;
        var scope = new ReportScope(read.Enum<TicketType>("filters.type", f?.Type), read.Text("filters.service", f?.Service, 200),
            read.Text("filters.category", f?.Category, 400), read.Text("filters.group", f?.Group, 200),
            read.Text("filters.agent", f?.Agent, 256), read.Enum<Level>("filters.priority", f?.Priority),
            read.Enum<Origin>("filters.origin", f?.Origin), read.Text("filters.location", f?.Location, 400));
        var addresses = body?.Addresses ?? [];
        if (addresses.Any(a => a is { Length: > Mesa.Core.Mail.Notification.AddressMaxLength }))
            read.Fail("addresses", Mesa.Core.Common.Rules.TooLong, Mesa.Core.Mail.Notification.AddressMaxLength);
        read.Text("group", body?.Group, 200);
        read.ThrowIfInvalid();
        return new ReportScheduleInput(body!.Name, report!.Value, by, format!.Value, frequency!.Value, scope,
            string.Join(", ", addresses.Where(a => !string.IsNullOrWhiteSpace(a))), null, body.Active ?? true);
    }
}
