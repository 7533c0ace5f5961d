using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>Guía §14 "Información adicional – relacionadas": agents relate tickets, both ways.</summary>
public abstract class RelatedTicketsTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task An_agent_relates_two_tickets_by_code_and_both_list_the_other()
    {
        var first = await _desk.RegisterAsync("usuario1", "Sin internet en el piso 3");
        var second = await _desk.RegisterAsync("usuario2", "No carga el correo en el piso 3");
        var agent = await app.As("agente1");

        var related = await (await agent.PostJsonAsync($"/api/v1/tickets/{first.Str("id")}/related", new { code = second.Str("code") }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var again = await (await agent.PostJsonAsync($"/api/v1/tickets/{first.Str("id")}/related", new { code = second.Str("code") }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.NotEqual(first.Str("version"), related.Str("version"));
        Assert.Equal([first.Str("code")], (await (await agent.GetAsync($"/api/v1/tickets/{second.Str("id")}/related")).ReadArrayAsync())
            .Select(r => r.Str("code")));
        Assert.Contains("ya está relacionado", again["errors"]!["code"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains(await _desk.HistoryAsync(second.Str("id")), e => e.Str("field") == "related" && e.Str("newValue") == first.Str("code"));
        // Other people's tickets: never for requesters.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{first.Str("id")}/related")).StatusCode);

        var removed = await agent.DeleteAsync($"/api/v1/tickets/{second.Str("id")}/related/{first.Str("id")}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(await (await agent.GetAsync($"/api/v1/tickets/{first.Str("id")}/related")).ReadArrayAsync());
    }

    [Fact]
    public async Task Relating_to_a_ticket_that_does_not_exist_is_bad_input()
    {
        var ticket = await _desk.RegisterAsync();

        var problem = await (await (await app.As("agente1")).PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/related",
            new { code = "REQ 1999-000001" })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("code"));
    }
}

public sealed class RelatedTicketsOnSqlite(SqliteApp app) : RelatedTicketsTests(app), IClassFixture<SqliteApp>;

public sealed class RelatedTicketsOnPostgres(PostgresApp app) : RelatedTicketsTests(app), IClassFixture<PostgresApp>;
