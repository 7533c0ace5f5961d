using Mesa.Core.Common;
using Mesa.Core.Integrations;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// The integrations' webhooks: registered with the events they want and a shared secret, switched off, and their
/// delivery log. What a delivery carries is described in the OpenAPI document's <c>webhooks</c>.
/// </summary>
public static class WebhooksAdminApi
{
    public sealed record WebhookRequest(string? Url, IReadOnlyList<string?>? Events, string? Secret);

    public sealed record WebhookJson(long Id, string Url, IReadOnlyList<string> Events, bool Active, DateTimeOffset CreatedAt,
        string CreatedBy, int Pending, int Abandoned, DateTimeOffset? LastDeliveredAt);

    public sealed record DeliveryJson(Guid Id, string Event, TicketCodeJson? Ticket, TicketCodeJson? Change,
        DateTimeOffset OccurredAt, WebhookDeliveryState State, int Attempts, int? LastStatus, string? LastError,
        DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt);

    /// <summary>A record named by its id and code.</summary>
    public sealed record TicketCodeJson(long Id, string Code);

    public static void MapWebhooksAdmin(this RouteGroupBuilder admin)
    {
        var webhooks = admin.MapGroup("/webhooks");
        webhooks.MapGet("", async (HttpContext http, WebhookAdministration hooks, OrganisationTime time) =>
            (await hooks.ListAsync(await http.ActorAsync(), http.RequestAborted)).Select(w => Json(w, time)).ToList());
        webhooks.MapPost("", async (HttpContext http, WebhookRequest? body, WebhookAdministration hooks, RequestReader read,
            OrganisationTime time) =>
        {
            read.Text("url", body?.Url, Webhook.UrlMaxLength, required: true);
            read.Require("events", body?.Events is { Count: > 0 });
            read.Require("secret", !string.IsNullOrEmpty(body?.Secret));
            read.ThrowIfInvalid();
            var created = await hooks.CreateAsync(await http.ActorAsync(), body!.Url, body.Events, body.Secret, http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/webhooks/{created.Id}", Json(created, time));
        }).Refuses(400);
        webhooks.MapGet("/{id:long}", async (HttpContext http, long id, WebhookAdministration hooks, OrganisationTime time) =>
            Json(await hooks.GetAsync(await http.ActorAsync(), id, http.RequestAborted), time)).Refuses(404);
        // Switched off, not removed: its log stays readable.
        webhooks.MapDelete("/{id:long}", async (HttpContext http, long id, WebhookAdministration hooks) =>
        {
            await hooks.DeactivateAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404);
        webhooks.MapGet("/{id:long}/deliveries", async (HttpContext http, long id, WebhookAdministration hooks,
            OrganisationTime time) =>
            (await hooks.DeliveriesAsync(await http.ActorAsync(), id, http.RequestAborted)).Select(d => new DeliveryJson(d.Id,
                d.Event, d.TicketId is { } t ? new TicketCodeJson(t, d.Ticket!) : null,
                d.ChangeId is { } c ? new TicketCodeJson(c, d.Change!) : null, time.ToLocal(d.OccurredAt), d.State, d.Attempts,
                d.LastStatus, d.LastError, Local(d.LastAttemptAt, time), Local(d.NextAttemptAt, time), Local(d.DeliveredAt, time)))
                .ToList()).Refuses(404);
    }

    private static WebhookJson Json(WebhookAdministration.WebhookView w, OrganisationTime time) => new(w.Id, w.Url, w.Events,
        w.Active, time.ToLocal(w.CreatedAt), w.CreatedBy, w.Pending, w.Abandoned, Local(w.LastDeliveredAt, time));

    private static DateTimeOffset? Local(DateTimeOffset? at, OrganisationTime time) => at is { } value ? time.ToLocal(value) : null;
}
