using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §11 "mantener un monitoreo constante de su bandeja": an agent follows any ticket, and the bell lists what
/// changed on the tickets they work or follow (assigned to them, the user replied, the ANS), besides e-mail.
/// </summary>
public abstract class FollowingTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_follower_and_the_agent_hear_of_the_changes_but_nobody_of_their_own()
    {
        var ticket = await _desk.RegisterAsync(title: "El portátil no enciende");
        var id = ticket.Str("id");
        var follower = await app.As("agente2");
        Assert.Equal(HttpStatusCode.NoContent, (await follower.PutAsync($"/api/v1/tickets/{id}/follow", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await follower.PutAsync($"/api/v1/tickets/{id}/follow", null)).StatusCode);

        await (await (await app.As("supervisor1")).PostJsonAsync($"/api/v1/tickets/{id}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Para primera línea." })).ReadObjectAsync(HttpStatusCode.OK);
        await (await (await app.As("usuario1")).PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "Sigue sin encender." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await (await app.As("agente1")).PostJsonAsync($"/api/v1/tickets/{id}/actions", new { kind = "solution", text = "Se cambió el cargador." }))
            .ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(["resolved", "user-replied", "assigned"], Kinds(await BellAsync("agente2", ticket)));
        Assert.Equal(["user-replied", "assigned-to-me"], Kinds(await BellAsync("agente1", ticket)));
        var line = (await BellAsync("agente2", ticket)).Last();
        Assert.Equal((ticket.Str("code"), false), (line["ticket"]!.Str("code"), line["read"]!.GetValue<bool>()));
        Assert.Contains("asignó", line.Str("text"), StringComparison.Ordinal);
        Assert.Contains(ticket.Str("code"), line.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_lines_leave_the_unread_list_and_an_unfollowed_ticket_rings_no_more()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var follower = await app.As("agente3");
        await follower.PutAsync($"/api/v1/tickets/{id}/follow", null);
        await (await (await app.As("usuario1")).PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "¿Hay novedades?" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        Assert.Single(await BellAsync("agente3", ticket, unread: true));

        Assert.Equal(HttpStatusCode.NoContent, (await follower.PostJsonAsync("/api/v1/notifications/read", new { })).StatusCode);
        Assert.Empty(await BellAsync("agente3", ticket, unread: true));
        Assert.True((await BellAsync("agente3", ticket)).Single()["read"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.NoContent, (await follower.DeleteAsync($"/api/v1/tickets/{id}/follow")).StatusCode);
        await (await (await app.As("usuario1")).PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "¿Alguien lo revisa?" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        Assert.Single(await BellAsync("agente3", ticket));
    }

    [Fact]
    public async Task The_agent_hears_of_a_breach_and_a_requester_may_not_follow()
    {
        var ticket = await _desk.AssignedAsync();
        app.Clock.Advance(TimeSpan.FromDays(20));
        await _desk.RunJobAsync("sla-check");

        Assert.Contains("sla-breached", Kinds(await BellAsync("agente1", ticket)));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).PutAsync($"/api/v1/tickets/{ticket.Str("id")}/follow", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("agente1")).PutAsync("/api/v1/tickets/999999/follow", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("agente1")).DeleteAsync("/api/v1/tickets/999999/follow")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.As("agente1")).GetAsync("/api/v1/notifications?unread=quizas")).StatusCode);
    }

    [Fact] // Guía §7: the sweep's assignment reaches the agent's bell too (on PostgreSQL it writes in a batch of its own)
    public async Task The_sweep_rings_the_bell_of_the_agent_it_assigns()
    {
        var ticket = await _desk.RegisterAsync(title: "No funciona el teclado");
        await _desk.RunJobAsync("auto-assign");

        var placed = await _desk.GetAsync(ticket.Str("id"));
        Assert.False(string.IsNullOrEmpty(placed.Str("agent")), "the rules place the demo's printer tickets with an agent");
        Assert.Equal(["assigned-to-me"], Kinds(await BellAsync(placed.Str("agent"), ticket)));
    }

    private async Task<List<JsonObject>> BellAsync(string person, JsonObject ticket, bool unread = false)
    {
        var client = await app.As(person);
        var lines = await (await client.GetAsync($"/api/v1/notifications{(unread ? "?unread=true" : "")}")).ReadArrayAsync();
        return lines.Select(l => l!.AsObject()).Where(l => l["ticket"]!.Str("code") == ticket.Str("code")).ToList();
    }

    private static List<string> Kinds(IEnumerable<JsonObject> lines) => lines.Select(l => l.Str("kind")).ToList();
}

public sealed class FollowingOnSqlite(SqliteApp app) : FollowingTests(app), IClassFixture<SqliteApp>;

public sealed class FollowingOnPostgres(PostgresApp app) : FollowingTests(app), IClassFixture<PostgresApp>;
