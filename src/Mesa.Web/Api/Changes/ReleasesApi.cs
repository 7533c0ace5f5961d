using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Web.Api.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Changes;

/// <summary>
/// Entregas (Guía §10 "En aplicación en pre-producción", "Aprobada – paso a producción", "Aceptada – aplicada"):
/// approved changes grouped to reach production together, moved one step at a time.
/// </summary>
public static class ReleasesApi
{
    public sealed record ReleaseBody(string? Name, string? PlannedAt, IReadOnlyList<string>? Changes);

    public sealed record ReleaseStepBody(string? To, string? Note, string? PlannedAt);

    public sealed record ReleaseJson(long Id, string Name, DateTimeOffset PlannedAt, ReleaseState State,
        IReadOnlyList<ChangeSummaryJson> Changes, string Version, IReadOnlyList<ReleaseHistoryJson> History);

    public sealed record ReleaseSummaryJson(long Id, string Name, DateTimeOffset PlannedAt, ReleaseState State, int Changes);

    public sealed record ReleaseHistoryJson(DateTimeOffset At, string By, ReleaseEventKind Kind, ReleaseState? FromState,
        ReleaseState ToState, string? Note);

    public static RouteGroupBuilder MapReleases(this RouteGroupBuilder api)
    {
        var releases = api.MapGroup("/releases");
        releases.MapGet("", async (HttpContext http, ReleaseService service, RequestReader read, OrganisationTime time,
            string? state, bool? closed, string? page) =>
        {
            var s = read.Enum<ReleaseState>("state", state);
            var number = read.Page("page", page);
            read.ThrowIfInvalid();
            var result = await service.ListAsync(await http.ActorAsync(), s, closed == true, number, http.RequestAborted);
            return TypedResults.Ok(new PageJson<ReleaseSummaryJson>(result.Items.Select(r =>
                new ReleaseSummaryJson(r.Id, r.Name, time.ToLocal(r.PlannedAt), r.State, r.Changes)).ToList(), result.Total, number,
                ReleaseService.PageSize));
        }).Refuses(400, 403);
        releases.MapPost("", async (HttpContext http, ReleaseBody? body, ReleaseService service, RequestReader read, OrganisationTime time) =>
        {
            read.Text("name", body?.Name, Release.NameMaxLength, required: true);
            var planned = read.Instant("plannedAt", body?.PlannedAt, time.Zone, required: true);
            read.ThrowIfInvalid();
            var actor = await http.ActorAsync();
            var release = await service.CreateAsync(actor, body!.Name, planned, body.Changes ?? [], http.RequestAborted);
            return TypedResults.Created($"/api/v1/releases/{release.Id}", await JsonAsync(http, actor, release.Id, service, time));
        }).Refuses(400, 403, 409);
        releases.MapGet("/{id:long}", async (HttpContext http, long id, ReleaseService service, OrganisationTime time) =>
            TypedResults.Ok(await JsonAsync(http, await http.ActorAsync(), id, service, time))).Refuses(403, 404);
        releases.MapPut("/{id:long}/changes/{change}", (HttpContext http, long id, string change, ReleaseService service,
                OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) => service.AddChangeAsync(actor, id, change, version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        releases.MapDelete("/{id:long}/changes/{change}", (HttpContext http, long id, string change, ReleaseService service,
                OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) => service.RemoveChangeAsync(actor, id, change, version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        releases.MapPost("/{id:long}/advance", (HttpContext http, long id, ReleaseStepBody? body, ReleaseService service,
                RequestReader read, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
            {
                var to = read.Enum<ReleaseState>("to", body?.To, required: true);
                read.ThrowIfInvalid();
                return service.AdvanceAsync(actor, id, to!.Value, body?.Note, version, http.RequestAborted);
            })).Refuses(400, 403, 404, 409);
        releases.MapPost("/{id:long}/reschedule", (HttpContext http, long id, ReleaseStepBody? body, ReleaseService service,
                RequestReader read, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
            {
                var planned = read.Instant("plannedAt", body?.PlannedAt, time.Zone, required: true);
                read.ThrowIfInvalid();
                return service.RescheduleAsync(actor, id, planned, body?.Note, version, http.RequestAborted);
            })).Refuses(400, 403, 404, 409);
        return api;
    }

    private static async Task<Ok<ReleaseJson>> StepAsync(HttpContext http, long id, ReleaseService service, OrganisationTime time,
        Func<Actor, long?, Task<Release>> step)
    {
        var actor = await http.ActorAsync();
        await step(actor, Versions.FromIfMatch(http.Request, http.RequestServices.GetRequiredService<Problems.ProblemWriter>()));
        return TypedResults.Ok(await JsonAsync(http, actor, id, service, time));
    }

    private static async Task<ReleaseJson> JsonAsync(HttpContext http, Actor actor, long id, ReleaseService service, OrganisationTime time)
    {
        var r = await service.GetAsync(actor, id, http.RequestAborted);
        Versions.SetETag(http.Response, r.Version);
        return new ReleaseJson(r.Id, r.Name, time.ToLocal(r.PlannedAt), r.State,
            r.Changes.Select(c => ChangeSummaryJson.From(c, time)).ToList(),
            r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.History.Select(e => new ReleaseHistoryJson(time.ToLocal(e.At), e.By, e.Kind, e.FromState, e.ToState, e.Note)).ToList());
    }
}
