using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Changes;

/// <summary>
/// Entregas (Guía §10 "En aplicación en pre-producción", "Aprobada – paso a producción", "Aceptada – aplicada"): a
/// release takes approved changes while it is put together, one open release per change, and moves one step at a time,
/// each with its note; the change's page names its release.
/// </summary>
public abstract class ReleaseTests(MesaApp app)
{
    [Fact]
    public async Task A_release_groups_approved_changes_and_moves_to_production_one_step_at_a_time()
    {
        var agent = await app.As("agente2");
        var first = await ApprovedAsync(agent, "Alta de buzones de la sede sur");
        var second = await ApprovedAsync(agent, "Ampliar la cuota de la sede sur");
        var waiting = await (await agent.PostJsonAsync("/api/v1/changes", new { title = "Sin aprobar", description = "x", type = "standard" }))
            .ReadObjectAsync(HttpStatusCode.Created);

        var release = await (await agent.PostJsonAsync("/api/v1/releases", new
        {
            name = "Entrega de la sede sur",
            plannedAt = "2026-03-14T22:00:00-05:00",
            changes = new[] { first.Str("code") },
        })).ReadObjectAsync(HttpStatusCode.Created);
        var id = release.Str("id");
        var added = await (await agent.PutJsonAsync($"/api/v1/releases/{id}/changes/{second.Str("id")}", new { })).ReadObjectAsync(HttpStatusCode.OK);
        var notApproved = await (await agent.PutJsonAsync($"/api/v1/releases/{id}/changes/{waiting.Str("id")}", new { }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        var elsewhere = await (await agent.PostJsonAsync("/api/v1/releases", new
        {
            name = "Otra entrega",
            plannedAt = "2026-03-21T22:00:00-05:00",
            changes = new[] { first.Str("id") },
        })).ReadObjectAsync(HttpStatusCode.Conflict);
        var skipped = await (await agent.PostJsonAsync($"/api/v1/releases/{id}/advance", new { to = "deployed", note = "Ya" }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        foreach (var to in new[] { "built", "in-testing", "deployed", "closed" })
            await (await agent.PostJsonAsync($"/api/v1/releases/{id}/advance", new { to, note = $"Paso a {to}." })).ReadObjectAsync(HttpStatusCode.OK);
        var closed = await (await agent.GetAsync($"/api/v1/releases/{id}")).ReadObjectAsync(HttpStatusCode.OK);
        var frozen = await (await agent.DeleteAsync($"/api/v1/releases/{id}/changes/{first.Str("id")}")).ReadObjectAsync(HttpStatusCode.Conflict);

        Assert.Equal([first.Str("code"), second.Str("code")], added["changes"]!.AsArray().Select(c => c!.Str("code")));
        Assert.Contains(waiting.Str("code"), notApproved.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("Entrega de la sede sur", elsewhere.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("409", skipped.Str("status"));
        Assert.Equal("closed", closed.Str("state"));
        Assert.Contains("ya no admite cambios", frozen.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(["created", "change-added", "change-added", "advanced", "advanced", "advanced", "advanced"],
            closed["history"]!.AsArray().Select(e => e!.Str("kind")));
        var list = await (await agent.GetAsync("/api/v1/releases?closed=true")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Contains(list["items"]!.AsArray(), r => r!.Str("id") == id && r.Str("changes") == "2");
    }

    [Fact] // Bad input beside its field; an unknown release is not found; requesters are refused
    public async Task Bad_input_unknown_releases_and_requesters_are_refused()
    {
        var agent = await app.As("agente2");
        var bad = await (await agent.PostJsonAsync("/api/v1/releases", new { name = "", plannedAt = "mañana" })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var list = await (await agent.GetAsync("/api/v1/releases?state=done")).ReadObjectAsync(HttpStatusCode.BadRequest);
        var release = await (await agent.PostJsonAsync("/api/v1/releases", new { name = "Entrega vacía", plannedAt = "2026-04-01T22:00:00-05:00" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var noNote = await (await agent.PostJsonAsync($"/api/v1/releases/{release.Str("id")}/reschedule", new { plannedAt = "2026-04-08T22:00:00-05:00" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var noDate = await (await agent.PostJsonAsync($"/api/v1/releases/{release.Str("id")}/reschedule", new { note = "Otra fecha." }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var noStep = await (await agent.PostJsonAsync($"/api/v1/releases/{release.Str("id")}/advance", new { note = "Ya." }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var empty = await (await agent.PostJsonAsync($"/api/v1/releases/{release.Str("id")}/advance", new { to = "built", note = "Ya." }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        var unknownChange = await (await agent.DeleteAsync($"/api/v1/releases/{release.Str("id")}/changes/RFC%201999-000001"))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/releases/{release.Str("id")}/reschedule")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { plannedAt = "2026-04-08T22:00:00-05:00", note = "Otra." }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"99\"");

        Assert.Equal(["name", "plannedAt"], bad["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.True(list["errors"]!.AsObject().ContainsKey("state"));
        Assert.True(noNote["errors"]!.AsObject().ContainsKey("note"));
        Assert.True(noDate["errors"]!.AsObject().ContainsKey("plannedAt"));
        Assert.True(noStep["errors"]!.AsObject().ContainsKey("to"));
        Assert.Contains("sin cambios", empty.Str("detail"), StringComparison.Ordinal);
        Assert.True(unknownChange["errors"]!.AsObject().ContainsKey("change"));
        Assert.Equal(HttpStatusCode.Conflict, (await agent.SendAsync(stale)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/releases/999999")).StatusCode);
        foreach (var path in new[] { "/advance", "/reschedule" })
            Assert.Equal(HttpStatusCode.NotFound, (await agent.PostJsonAsync($"/api/v1/releases/999999{path}", new { to = "built", note = "x", plannedAt = "2026-04-08T22:00:00-05:00" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PutJsonAsync("/api/v1/releases/999999/changes/1", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).GetAsync("/api/v1/releases")).StatusCode);
    }

    private static async Task<JsonObject> ApprovedAsync(HttpClient agent, string title)
    {
        var change = await (await agent.PostJsonAsync("/api/v1/changes", new { title, description = "Modelo estándar.", type = "standard" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        return await (await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Estándar." }))
            .ReadObjectAsync(HttpStatusCode.OK);
    }
}

public sealed class ReleasesOnSqlite(SqliteApp app) : ReleaseTests(app), IClassFixture<SqliteApp>;

public sealed class ReleasesOnPostgres(PostgresApp app) : ReleaseTests(app), IClassFixture<PostgresApp>;
