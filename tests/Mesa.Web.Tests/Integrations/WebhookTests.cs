using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Integrations;

/// <summary>
/// Webhooks for integrations: a receiver on loopback gets every event it subscribed to once, signed with the shared
/// secret, and Mesa tries again, with the same delivery id and body, while it does not answer 2xx.
/// </summary>
public abstract class WebhookTests(MesaApp app)
{
    private const string Secret = "un-secreto-compartido-de-prueba";

    private static readonly string[] AllEvents =
        ["ticket.registered", "ticket.assigned", "ticket.resolved", "ticket.closed", "ticket.breached", "change.approved"];

    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_receiver_gets_every_event_of_a_ticket_and_a_change_once_signed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(receiver, AllEvents);

        var ticket = await _desk.ResolvedAsync();
        await (await (await app.As("usuario1")).PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/confirm", new { correct = true }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var late = await _desk.AssignedAsync();
        app.Clock.Advance(TimeSpan.FromDays(20));
        await _desk.RunJobAsync("sla-check");
        var agent = await app.As("agente1");
        var change = await (await agent.PostJsonAsync("/api/v1/changes", new { title = "Cambio de tóner", description = "Modelo estándar.", type = "standard" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Estándar." })).ReadObjectAsync(HttpStatusCode.OK);
        await SendAllAsync();

        var received = receiver.Accepted.Select(r => (Request: r, Body: JsonNode.Parse(r.Body)!.AsObject())).ToList();
        Assert.All(received, r =>
        {
            Assert.Equal(Sign(r.Request.Body), r.Request.Signature);
            Assert.Equal(r.Request.Event, r.Body.Str("event"));
            Assert.NotNull(r.Body["occurredAt"]);
        });
        Assert.Equal(received.Count, received.Select(r => r.Request.Delivery).Distinct().Count());
        Assert.Equal(["ticket.registered", "ticket.assigned", "ticket.resolved", "ticket.closed"], EventsOf(received, ticket.Str("code")));
        Assert.Equal("closed", received.Single(r => r.Request.Event == "ticket.closed" && r.Body["ticket"]?.Str("code") == ticket.Str("code"))
            .Body["ticket"]!.Str("state"));
        var lateEvents = EventsOf(received, late.Str("code"));
        Assert.Equal(["ticket.registered", "ticket.assigned"], lateEvents.Take(2));
        Assert.Contains("ticket.breached", lateEvents);
        var approved = Assert.Single(received, r => r.Request.Event == "change.approved" && r.Body["change"]?.Str("code") == change.Str("code"));
        Assert.Equal("approved", approved.Body["change"]!.Str("state"));
    }

    [Fact]
    public async Task A_delivery_is_tried_again_with_the_same_id_and_body_while_the_receiver_is_down()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await RegisterAsync(receiver, ["ticket.registered"]);
        receiver.Answer = WebhookReceiver.Mode.ServiceUnavailable;
        var ticket = await _desk.RegisterAsync(title: "El escáner no envía al correo");

        await SendAllAsync();
        var refused = Assert.Single(await DeliveriesAsync(hook, ticket));
        await SendAllAsync();

        Assert.Single(receiver.Requests, r => r.Body.Contains(ticket.Str("code"), StringComparison.Ordinal));
        Assert.Equal(("pending", 1, 503), (refused.Str("state"), refused["attempts"]!.GetValue<int>(), refused["lastStatus"]!.GetValue<int>()));
        Assert.NotNull(refused["nextAttemptAt"]);

        receiver.Answer = WebhookReceiver.Mode.NoAnswer;
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await SendAllAsync();
        var unanswered = Assert.Single(await DeliveriesAsync(hook, ticket));
        Assert.Equal((2, (int?)null), (unanswered["attempts"]!.GetValue<int>(), unanswered["lastStatus"]?.GetValue<int>()));
        Assert.False(string.IsNullOrEmpty(unanswered.Str("lastError")));

        receiver.Answer = WebhookReceiver.Mode.Accept;
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await SendAllAsync();
        var delivered = Assert.Single(await DeliveriesAsync(hook, ticket));
        Assert.Equal(("delivered", 3), (delivered.Str("state"), delivered["attempts"]!.GetValue<int>()));

        var attempts = receiver.Requests.Where(r => r.Body.Contains(ticket.Str("code"), StringComparison.Ordinal)).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => (a.Delivery, a.Body, a.Signature)).Distinct());
        Assert.Equal(delivered.Str("id"), attempts[0].Delivery);
        Assert.Single(receiver.Accepted, r => r.Body.Contains(ticket.Str("code"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_switched_off_webhook_receives_nothing_more_and_keeps_its_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await RegisterAsync(receiver, ["ticket.registered"]);
        var first = await _desk.RegisterAsync(title: "Primera antes de apagar");
        await SendAllAsync();
        var admin = await app.As("admin");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/webhooks/{hook.Str("id")}")).StatusCode);
        var second = await _desk.RegisterAsync(title: "Segunda después de apagar");
        await SendAllAsync();

        Assert.Single(await DeliveriesAsync(hook, first));
        Assert.Empty(await DeliveriesAsync(hook, second));
        Assert.DoesNotContain(receiver.Requests, r => r.Body.Contains(second.Str("code"), StringComparison.Ordinal));
        Assert.False((await (await admin.GetAsync($"/api/v1/admin/webhooks/{hook.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK))["active"]!
            .GetValue<bool>());
    }

    [Fact]
    public async Task A_webhook_with_a_bad_address_an_unknown_event_or_a_short_secret_is_refused()
    {
        var admin = await app.As("admin");

        var problem = await (await admin.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "ftp://127.0.0.1/hooks", events = new[] { "ticket.registered" }, secret = Secret })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var unknown = await (await admin.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "http://127.0.0.1/hooks", events = new[] { "ticket.deleted" }, secret = Secret })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var shortSecret = await (await admin.PostJsonAsync("/api/v1/admin/webhooks",
            new { url = "http://127.0.0.1/hooks", events = new[] { "ticket.registered" }, secret = "corto" })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var missing = await (await admin.PostJsonAsync("/api/v1/admin/webhooks", new { })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("url"));
        Assert.Contains("ticket.deleted", unknown["errors"]!["events"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.True(shortSecret["errors"]!.AsObject().ContainsKey("secret"));
        Assert.Equal(["url", "events", "secret"], missing["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/webhooks/999999/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/webhooks/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/admin/webhooks/999999")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_event_s_payload()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadObjectAsync(HttpStatusCode.OK);

        var webhooks = document["webhooks"]!.AsObject();
        Assert.Equal(AllEvents, webhooks.Select(w => w.Key));
        var ticketBody = webhooks["ticket.closed"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/TicketJson", ticketBody["properties"]!["ticket"]!["$ref"]!.ToString());
        Assert.Contains(webhooks["change.approved"]!["post"]!["parameters"]!.AsArray(), p => p!.Str("name") == "X-Mesa-Signature");
    }

    private async Task<JsonObject> RegisterAsync(WebhookReceiver receiver, string[] events)
    {
        var admin = await app.As("admin");
        var hook = await (await admin.PostJsonAsync("/api/v1/admin/webhooks", new { url = receiver.Url, events, secret = Secret }))
            .ReadObjectAsync(HttpStatusCode.Created);
        Assert.Equal(events, hook["events"]!.AsArray().Select(e => e!.ToString()));
        Assert.Null(hook["secret"]);
        return hook;
    }

    /// <summary>Runs the job until nothing is due (it posts a batch at a time).</summary>
    private async Task SendAllAsync()
    {
        for (var i = 0; i < 20 && await _desk.RunJobAsync("webhook-send") > 0; i++)
        {
        }
    }

    private async Task<List<JsonObject>> DeliveriesAsync(JsonObject hook, JsonObject ticket)
    {
        var admin = await app.As("admin");
        var log = await (await admin.GetAsync($"/api/v1/admin/webhooks/{hook.Str("id")}/deliveries")).ReadArrayAsync();
        return log.Select(d => d!.AsObject()).Where(d => d["ticket"]?.Str("code") == ticket.Str("code")).ToList();
    }

    private static List<string> EventsOf(IEnumerable<(WebhookReceiver.Received Request, JsonObject Body)> received, string code) =>
        received.Where(r => r.Body["ticket"]?.Str("code") == code).Select(r => r.Request.Event).ToList();

    private static string Sign(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));
}

public sealed class WebhooksOnSqlite(SqliteApp app) : WebhookTests(app), IClassFixture<SqliteApp>;

public sealed class WebhooksOnPostgres(PostgresApp app) : WebhookTests(app), IClassFixture<PostgresApp>;
