using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §14 "Incidencias/peticiones relacionadas": a duplicate is merged into the ticket that continues; a ticket that
/// holds two requests is split into two, the new one counted from the original's registration.
/// </summary>
public abstract class MergeSplitTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_duplicate_merged_by_code_closes_and_its_requester_follows_the_other()
    {
        var target = await _desk.AssignedAsync();
        var duplicate = await _desk.RegisterAsync("usuario2", "La impresora del piso 3 tampoco imprime");
        var agent = await app.As("agente1");

        var merged = await (await agent.PostJsonAsync($"/api/v1/tickets/{duplicate.Str("id")}/merge",
            new { into = target.Str("code"), note = "Es la misma impresora." })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("closed", "merged"), (merged.Str("state"), merged["closure"]!.Str("result")));
        Assert.Equal((target.Str("id"), target.Str("code")), (merged["mergedInto"]!.Str("id"), merged["mergedInto"]!.Str("code")));
        Assert.Equal(merged.Str("version"), (await _desk.GetAsync(duplicate.Str("id"))).Str("version"));
        Assert.Equal(target.Str("code"), (await _desk.GetAsync(duplicate.Str("id")))["mergedInto"]!.Str("code"));
        var continues = await _desk.GetAsync(target.Str("id"));
        Assert.Contains(continues["informedUsers"]!.AsArray(), i => i.Str("userName") == "usuario2");
        Assert.Contains(await _desk.HistoryAsync(target.Str("id")),
            e => e.Str("kind") == "merged-here" && e.Str("newValue") == duplicate.Str("code"));
        Assert.Contains(await _desk.HistoryAsync(duplicate.Str("id")),
            e => e.Str("kind") == "merged" && e.Str("newValue") == target.Str("code") && e.Str("note") == "Es la misma impresora.");
        Assert.Contains(await _desk.HistoryAsync(duplicate.Str("id")), e => e.Str("field") == "notification" && e.Str("newValue") == "Merged");
        // The duplicate's requester now reads the ticket that continues, as an informed user.
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("usuario2")).GetAsync($"/api/v1/tickets/{target.Str("id")}")).StatusCode);
        Assert.Equal([target.Str("code")],
            (await (await agent.GetAsync($"/api/v1/tickets/{duplicate.Str("id")}/related")).ReadArrayAsync()).Select(r => r.Str("code")));
    }

    [Fact]
    public async Task Merging_into_itself_into_a_closed_ticket_or_a_closed_ticket_is_a_conflict_that_changes_nothing()
    {
        var open = await _desk.RegisterAsync();
        var other = await _desk.RegisterAsync("usuario2");
        var agent = await app.As("agente1");
        var closed = await (await agent.PostJsonAsync($"/api/v1/tickets/{other.Str("id")}/merge",
            new { into = open.Str("id"), note = "Duplicado." })).ReadObjectAsync(HttpStatusCode.OK);

        var itself = await agent.PostJsonAsync($"/api/v1/tickets/{open.Str("id")}/merge", new { into = open.Str("code"), note = "Mismo." });
        var intoClosed = await agent.PostJsonAsync($"/api/v1/tickets/{open.Str("id")}/merge", new { into = closed.Str("code"), note = "Mismo." });
        var fromClosed = await agent.PostJsonAsync($"/api/v1/tickets/{closed.Str("id")}/merge", new { into = open.Str("code"), note = "Mismo." });

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            new[] { itself.StatusCode, intoClosed.StatusCode, fromClosed.StatusCode });
        Assert.Contains("consigo mismo", (await itself.ReadObjectAsync(HttpStatusCode.Conflict)).Str("detail"), StringComparison.Ordinal);
        Assert.Equal("new", (await _desk.GetAsync(open.Str("id"))).Str("state"));
    }

    [Fact]
    public async Task A_merge_without_a_target_with_an_unknown_one_or_by_a_requester_is_refused()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");
        var path = $"/api/v1/tickets/{ticket.Str("id")}/merge";

        var missing = await (await agent.PostJsonAsync(path, new { note = "Duplicado." })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var unknown = await (await agent.PostJsonAsync(path, new { into = "REQ 1999-000001", note = "Duplicado." }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var wrongKind = await (await agent.PostJsonAsync(path, new { into = new[] { 1 }, note = "Duplicado." }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var requester = await (await app.As("usuario1")).PostJsonAsync(path, new { into = "1", note = "Duplicado." });

        Assert.True(missing["errors"]!.AsObject().ContainsKey("into"));
        Assert.True(unknown["errors"]!.AsObject().ContainsKey("into"));
        Assert.True(wrongKind["errors"]!.AsObject().ContainsKey("into"));
        Assert.Equal(HttpStatusCode.Forbidden, requester.StatusCode);
        Assert.Equal(ticket.Str("version"), (await _desk.GetAsync(ticket.Str("id"))).Str("version"));
    }

    [Fact]
    public async Task A_split_part_is_a_new_ticket_of_the_same_requester_counted_from_the_original_registration()
    {
        var original = await _desk.AssignedAsync();
        app.Clock.Advance(TimeSpan.FromHours(3));
        var agent = await app.As("agente1");

        var response = await agent.PostJsonAsync($"/api/v1/tickets/{original.Str("id")}/split",
            new { title = "Tampoco escanea", description = "El escáner del piso 3 no envía al correo.", note = "Son dos equipos." });
        var part = await response.ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal($"/api/v1/tickets/{part.Str("id")}", response.Headers.Location!.OriginalString);
        Assert.NotEqual(original.Str("code"), part.Str("code"));
        Assert.Equal((original.Str("id"), original.Str("code")), (part["splitFrom"]!.Str("id"), part["splitFrom"]!.Str("code")));
        Assert.Equal(
            (original.Str("createdAt"), original["requester"]!.Str("userName"), original.Str("type"), original.Str("service"), original.Str("category")),
            (part.Str("createdAt"), part["requester"]!.Str("userName"), part.Str("type"), part.Str("service"), part.Str("category")));
        Assert.Equal(original["sla"]!.Str("resolutionDueAt"), part["sla"]!.Str("resolutionDueAt"));
        Assert.Contains(await _desk.HistoryAsync(original.Str("id")), e => e.Str("kind") == "split" && e.Str("newValue") == part.Str("code"));
        Assert.Contains(await _desk.HistoryAsync(part.Str("id")), e => e.Str("kind") == "split-from" && e.Str("newValue") == original.Str("code"));
        // The requester reads the new part in the portal, with its own code.
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{part.Str("id")}")).StatusCode);
    }

    [Fact]
    public async Task A_split_without_a_title_of_a_closed_ticket_or_with_a_stale_version_is_refused()
    {
        var original = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var path = $"/api/v1/tickets/{original.Str("id")}/split";

        var noTitle = await (await agent.PostJsonAsync(path, new { description = "Otra cosa.", note = "Dos casos." }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var stale = await agent.PostJsonAsync(path, new { title = "Otra cosa", description = "Otra cosa.", note = "Dos casos." },
            ifMatch: "0");
        var noNote = await agent.PostJsonAsync(path, new { title = "Otra cosa", description = "Otra cosa." });

        Assert.True(noTitle["errors"]!.AsObject().ContainsKey("title"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noNote.StatusCode);
        var rejected = await _desk.RegisterAsync();
        await (await agent.PostJsonAsync($"/api/v1/tickets/{rejected.Str("id")}/reject", new { note = "Fuera del alcance." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var finished = await agent.PostJsonAsync($"/api/v1/tickets/{rejected.Str("id")}/split",
            new { title = "Otra cosa", description = "Otra cosa.", note = "Dos casos." });
        Assert.Equal(HttpStatusCode.Conflict, finished.StatusCode);
        Assert.Equal(original.Str("version"), (await _desk.GetAsync(original.Str("id"))).Str("version"));
    }
}

public sealed class MergeSplitOnSqlite(SqliteApp app) : MergeSplitTests(app), IClassFixture<SqliteApp>;

public sealed class MergeSplitOnPostgres(PostgresApp app) : MergeSplitTests(app), IClassFixture<PostgresApp>;
