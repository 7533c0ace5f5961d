using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// One command for many tickets (the agents' bulk work on the En curso list): each ticket goes through the same rules
/// as one by one, a refused one changes nothing and does not stop the others, and a dry run previews without changing.
/// </summary>
public abstract class BulkTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // Guía §12: thirty tickets found by a filter, assigned with one note
    public async Task An_agent_assigns_every_ticket_a_filter_finds_with_one_note()
    {
        var word = "Proyector" + Guid.NewGuid().ToString("N")[..6];
        var registered = new List<string>();
        for (var i = 0; i < 30; i++) registered.Add((await _desk.RegisterAsync(title: $"{word} de la sala {i}")).Str("id"));
        var agent = await app.As("agente1");

        var answer = await (await agent.PostJsonAsync("/api/v1/tickets/bulk", new
        {
            filter = new { view = "all-open", q = word, state = "new" },
            action = new { kind = "assign", group = "Soporte Técnico", agent = "agente2" },
            note = "Todos los proyectores pasan a segunda línea.",
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal((30, 0, false), (answer["done"]!.GetValue<int>(), answer["refused"]!.GetValue<int>(), answer["dryRun"]!.GetValue<bool>()));
        Assert.Equal(registered.Order(), answer["results"]!.AsArray().Select(r => r.Str("id")).Order());
        foreach (var id in registered.Take(3))
        {
            var ticket = await _desk.GetAsync(id);
            Assert.Equal(("assigned", "Soporte Técnico", "agente2"), (ticket.Str("state"), ticket.Str("group"), ticket.Str("agent")));
            Assert.Contains(await _desk.HistoryAsync(id), e => e.Str("kind") == "assigned" && e.Str("note") == "Todos los proyectores pasan a segunda línea.");
        }
    }

    [Fact] // Guía §13: only a Nueva ticket is rejected; the others answer what the single command would
    public async Task Each_refused_ticket_says_why_and_the_others_are_done()
    {
        var fresh = await _desk.RegisterAsync();
        var assigned = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var answer = await (await agent.PostJsonAsync("/api/v1/tickets/bulk", new
        {
            ids = new[] { long.Parse(fresh.Str("id")), long.Parse(assigned.Str("id")), 999999L },
            action = new { kind = "reject" },
            note = "Fuera del alcance del servicio.",
        })).ReadObjectAsync(HttpStatusCode.OK);

        var results = answer["results"]!.AsArray();
        Assert.True(results[0]!["ok"]!.GetValue<bool>());
        Assert.Equal(fresh.Str("code"), results[0]!.Str("code"));
        Assert.False(results[1]!["ok"]!.GetValue<bool>());
        Assert.Equal((409, "RejectOnlyFromNew"), (results[1]!["problem"]!["status"]!.GetValue<int>(), results[1]!["problem"]!.Str("rule")));
        Assert.Equal(404, results[2]!["problem"]!["status"]!.GetValue<int>());
        Assert.Equal("rejected", (await _desk.GetAsync(fresh.Str("id"))).Str("state"));
        Assert.Equal(assigned.Str("version"), (await _desk.GetAsync(assigned.Str("id"))).Str("version"));
    }

    [Fact]
    public async Task A_dry_run_says_what_would_happen_and_changes_nothing()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var preview = await (await agent.PostJsonAsync("/api/v1/tickets/bulk", new
        {
            ids = new[] { long.Parse(ticket.Str("id")) },
            action = new { kind = "note", text = "Revisado en lote.", minutesSpent = 5 },
            dryRun = true,
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.True(preview["dryRun"]!.GetValue<bool>());
        Assert.True(preview["results"]![0]!["ok"]!.GetValue<bool>());
        var after = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal((ticket.Str("version"), 0), (after.Str("version"), after["minutesSpent"]!.GetValue<int>()));
        Assert.DoesNotContain(await _desk.ActionsAsync(ticket), a => a.Str("text") == "Revisado en lote.");
    }

    [Fact]
    public async Task Bad_requests_are_refused_beside_their_field()
    {
        var agent = await app.As("agente1");

        var nothing = await (await agent.PostJsonAsync("/api/v1/tickets/bulk", new { action = new { kind = "assign" } }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var unknownKind = await (await agent.PostJsonAsync("/api/v1/tickets/bulk", new { ids = new[] { 1 }, action = new { kind = "delete" } }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var badFilter = await (await agent.PostJsonAsync("/api/v1/tickets/bulk", new { filter = new { state = "perdida" }, action = new { kind = "note", text = "x" } }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var tooMany = await (await agent.PostJsonAsync("/api/v1/tickets/bulk",
            new { ids = Enumerable.Range(1, 501), action = new { kind = "note", text = "x" } })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var requester = await (await app.As("usuario1")).PostJsonAsync("/api/v1/tickets/bulk",
            new { ids = new[] { 1 }, action = new { kind = "note", text = "x" } });

        Assert.True(nothing["errors"]!.AsObject().ContainsKey("ids"));
        Assert.True(nothing["errors"]!.AsObject().ContainsKey("action.group"));
        Assert.True(unknownKind["errors"]!.AsObject().ContainsKey("action.kind"));
        Assert.True(badFilter["errors"]!.AsObject().ContainsKey("filter.state"));
        Assert.True(tooMany["errors"]!.AsObject().ContainsKey("ids"));
        Assert.Equal(HttpStatusCode.Forbidden, requester.StatusCode);
    }
}

public sealed class BulkOnSqlite(SqliteApp app) : BulkTests(app), IClassFixture<SqliteApp>;

public sealed class BulkOnPostgres(PostgresApp app) : BulkTests(app), IClassFixture<PostgresApp>;
