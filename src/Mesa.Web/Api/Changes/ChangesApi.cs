using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Web.Api.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Changes;

/// <summary>
/// Guía §5 "Request for Change (RFC)", §11 "Pestaña Cambios y entregas": register a change, put it to
/// its committee, decide, and take it through its window to its review and closure.
/// </summary>
public static class ChangesApi
{
    public static RouteGroupBuilder MapChanges(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup("/changes");
        changes.MapGet("", ListAsync).Refuses(400, 403);
        changes.MapGet("/counters", CountersAsync).Refuses(403);
        changes.MapPost("", CreateAsync).Refuses(400, 403);
        changes.MapGet("/{id}", GetAsync).Refuses(404);
        changes.MapGet("/{id}/report", async (HttpContext http, string id, Reports.ChangeReport report) =>
        {
            var (fileName, content) = await report.PdfAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.File(content, "application/pdf", fileName);
        }).Produces(StatusCodes.Status200OK, contentType: "application/pdf").Refuses(404);
        changes.MapPut("/{id}", (HttpContext http, string id, ChangeRequestBody? body, ChangeService service, RequestReader read,
                OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
                service.EditAsync(actor, id, (body ?? Empty).ToNewChange(read, time), version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        changes.MapPost("/{id}/submit", (HttpContext http, string id, ChangeNoteBody? body, ChangeService service, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
                service.SubmitAsync(actor, id, body?.Note, version, http.RequestAborted))).Refuses(400, 403, 404, 409);
        changes.MapPost("/{id}/approvals", DecideAsync).Refuses(400, 403, 404, 409);
        changes.MapGet("/{id}/people", async (HttpContext http, string id, ChangeService service) =>
            (await service.PeopleOfAsync(await http.ActorAsync(), id, http.RequestAborted))
            .Select(p => new { p.UserName, p.DisplayName, p.Role })).Refuses(403, 404);
        changes.MapPost("/{id}/notify", (HttpContext http, string id, ChangeNoticeBody? body, ChangeService service,
                OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) => service.NotifyAsync(actor, id,
                new Core.Tickets.NoticeInput(body?.Subject, body?.Text, body?.Recipients ?? [], Template: body?.Template),
                version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        changes.MapPost("/{id}/transition", TransitionAsync).Refuses(400, 403, 404, 409);
        changes.MapPost("/{id}/assign", (HttpContext http, string id, ChangeAssignBody? body, ChangeService service, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
                service.AssignAsync(actor, id, body?.Group, body?.Agent, body?.Note, version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        changes.MapPost("/{id}/reschedule", (HttpContext http, string id, ChangeRescheduleBody? body, ChangeService service,
                RequestReader read, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
            {
                var start = read.Instant("plannedStart", body?.PlannedStart, time.Zone);
                var end = read.Instant("plannedEnd", body?.PlannedEnd, time.Zone);
                read.ThrowIfInvalid();
                return service.RescheduleAsync(actor, id, start, end, body?.Note, version, http.RequestAborted);
            })).Refuses(400, 403, 404, 409);
        changes.MapPut("/{id}/team", (HttpContext http, string id, ChangeTeamBody? body, ChangeService service, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
                service.SetTeamAsync(actor, id, body?.Agents ?? [], body?.Groups ?? [], version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        changes.MapPut("/{id}/tickets/{ticket}", (HttpContext http, string id, string ticket, ChangeService service, OrganisationTime time) =>
            LinkAsync(http, id, service, time, (actor, version) =>
                service.LinkTicketAsync(actor, id, ticket, link: true, version, http.RequestAborted))).Refuses(400, 403, 404, 409);
        changes.MapDelete("/{id}/tickets/{ticket}", (HttpContext http, string id, string ticket, ChangeService service, OrganisationTime time) =>
            LinkAsync(http, id, service, time, (actor, version) =>
                service.LinkTicketAsync(actor, id, ticket, link: false, version, http.RequestAborted))).Refuses(400, 403, 404, 409);
        changes.MapPut("/{id}/problems/{problem}", (HttpContext http, string id, string problem, ChangeService service, OrganisationTime time) =>
            LinkAsync(http, id, service, time, (actor, version) =>
                service.LinkProblemAsync(actor, id, problem, link: true, version, http.RequestAborted))).Refuses(400, 403, 404, 409);
        changes.MapDelete("/{id}/problems/{problem}", (HttpContext http, string id, string problem, ChangeService service, OrganisationTime time) =>
            LinkAsync(http, id, service, time, (actor, version) =>
                service.LinkProblemAsync(actor, id, problem, link: false, version, http.RequestAborted))).Refuses(400, 403, 404, 409);
        return api;
    }

    private static readonly ChangeRequestBody Empty = new(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);

    private static async Task<Ok<PageJson<ChangeSummaryJson>>> ListAsync(HttpContext http, ChangeService service, RequestReader read,
        OrganisationTime time, string? view, string? state, string? type, string? risk, string? q, bool? closed, string? sort,
        string? page)
    {
        var v = read.Enum<ChangeView>("view", view);
        var s = read.Enum<ChangeState>("state", state);
        var t = read.Enum<ChangeType>("type", type);
        var r = read.Enum<ChangeRisk>("risk", risk);
        var order = read.Enum<ChangeSort>("sort", sort);
        var number = read.Page("page", page);
        read.ThrowIfInvalid();
        var result = await service.ListAsync(await http.ActorAsync(),
            new ChangeFilter(v ?? ChangeView.AllOpen, s, t, r, q, closed == true, number, order ?? ChangeSort.Newest), http.RequestAborted);
        return TypedResults.Ok(new PageJson<ChangeSummaryJson>(result.Items.Select(c => ChangeSummaryJson.From(c, time)).ToList(),
            result.Total, number, ChangeService.PageSize));
    }

    /// <summary>The panel's counters of the tab (Guía §11): per view, the changes by state.</summary>
    private static async Task<Ok<Dictionary<string, Dictionary<string, int>>>> CountersAsync(HttpContext http, ChangeService service) =>
        TypedResults.Ok((await service.CountersAsync(await http.ActorAsync(), http.RequestAborted))
            .ToDictionary(v => ApiEnums.Name(v.Key), v => v.Value.ByState.ToDictionary(s => ApiEnums.Name(s.Key), s => s.Value)));

    private static async Task<Ok<ChangeJson>> GetAsync(HttpContext http, string id, ChangeService service, OrganisationTime time)
    {
        var change = await service.GetAsync(await http.ActorAsync(), id, http.RequestAborted);
        Versions.SetETag(http.Response, change.Version);
        return TypedResults.Ok(ChangeJson.From(change, time));
    }

    private static async Task<Created<ChangeJson>> CreateAsync(HttpContext http, ChangeRequestBody? body, ChangeService service,
        RequestReader read, OrganisationTime time)
    {
        var input = (body ?? Empty).ToNewChange(read, time);
        var actor = await http.ActorAsync();
        var change = await service.CreateAsync(actor, input, http.RequestAborted);
        var details = await service.GetAsync(actor, change.Code, http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return TypedResults.Created($"/api/v1/changes/{details.Id}", ChangeJson.From(details, time));
    }

    private static Task<Ok<ChangeJson>> DecideAsync(HttpContext http, string id, ChangeDecisionBody? body, ChangeService service,
        RequestReader read, OrganisationTime time) =>
        StepAsync(http, id, service, time, (actor, version) =>
        {
            var decision = read.Enum<ApprovalDecision>("decision", body?.Decision, required: true);
            read.ThrowIfInvalid();
            return service.DecideAsync(actor, id, decision!.Value, body?.Note, version, http.RequestAborted);
        });

    private static async Task<Ok<ChangeJson>> TransitionAsync(HttpContext http, string id, ChangeTransitionBody? body,
        ChangeService service, RequestReader read, OrganisationTime time)
    {
        var to = read.Enum<ChangeState>("to", body?.To, required: true);
        var outcome = read.Enum<ReviewOutcome>("outcome", body?.Outcome);
        read.Text("ticketSolution", body?.TicketSolution, Core.Tickets.Ticket.DescriptionMaxLength);
        read.ThrowIfInvalid();
        var actor = await http.ActorAsync();
        var version = Versions.FromIfMatch(http.Request, http.RequestServices.GetRequiredService<Problems.ProblemWriter>());
        var result = await service.TransitionAsync(actor, id, to!.Value, body?.Note, outcome, body?.TicketSolution, version,
            http.RequestAborted);
        var details = await service.GetAsync(actor, result.Change.Code, http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return TypedResults.Ok(ChangeJson.From(details, time) with
        {
            TicketsNotResolved = to == ChangeState.Implemented ? result.TicketsNotResolved : null,
        });
    }

    /// <summary>One step of the change's life, guarded by If-Match when sent; answers with the change as it is now.</summary>
    private static async Task<Ok<ChangeJson>> StepAsync(HttpContext http, string id, ChangeService service, OrganisationTime time,
        Func<Actor, long?, Task<ChangeRequest>> step)
    {
        var actor = await http.ActorAsync();
        var change = await step(actor, Versions.FromIfMatch(http.Request, http.RequestServices.GetRequiredService<Problems.ProblemWriter>()));
        var details = await service.GetAsync(actor, change.Code, http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return TypedResults.Ok(ChangeJson.From(details, time));
    }

    private static async Task<Ok<ChangeJson>> LinkAsync(HttpContext http, string id, ChangeService service, OrganisationTime time,
        Func<Actor, long?, Task> link)
    {
        var actor = await http.ActorAsync();
        await link(actor, Versions.FromIfMatch(http.Request, http.RequestServices.GetRequiredService<Problems.ProblemWriter>()));
        var details = await service.GetAsync(actor, id, http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return TypedResults.Ok(ChangeJson.From(details, time));
    }
}
