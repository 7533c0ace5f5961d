using Mesa.Core.Alerts;
using Mesa.Core.Common;

namespace Mesa.Web.Api;

/// <summary>Guía §11 "Pestaña avisos / alertas": alerts for every agent, published by supervisors and administrators.</summary>
public static class AlertsApi
{
    public sealed record AlertRequest(string? Text, string? Level, string? StartsAt, string? EndsAt);

    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts");
        // What the panel shows now; ?all=true lists the latest hundred, withdrawn and ended ones too.
        alerts.MapGet("", async (HttpContext http, AgentAlerts service, bool? all) =>
        {
            var actor = await http.ActorAsync();
            return all == true
                ? await service.RecentAsync(actor, 100, http.RequestAborted)
                : await service.ShowingAsync(actor, http.RequestAborted);
        }).Refuses(400, 403);
        alerts.MapPost("", async (HttpContext http, AlertRequest? body, AgentAlerts service, RequestReader read,
            OrganisationTime time) =>
        {
            read.Text("text", body?.Text, AgentAlert.TextMaxLength, required: true);
            var level = read.Enum<AlertLevel>("level", body?.Level);
            var startsAt = read.Instant("startsAt", body?.StartsAt, time.Zone);
            var endsAt = read.Instant("endsAt", body?.EndsAt, time.Zone);
            read.ThrowIfInvalid();
            var alert = await service.PublishAsync(await http.ActorAsync(), body!.Text, level ?? AlertLevel.Information,
                startsAt, endsAt, http.RequestAborted);
            return TypedResults.Created($"/api/v1/alerts/{alert.Id}", alert);
        }).Refuses(400, 403);
        // Withdrawing keeps the alert on record (GET ?all=true still lists it).
        alerts.MapDelete("/{id:long}", async (HttpContext http, long id, AgentAlerts service) =>
            await service.WithdrawAsync(await http.ActorAsync(), id, http.RequestAborted)).Refuses(403);
        return api;
    }
}
