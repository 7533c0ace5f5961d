using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>Guía §14 "Borrar": a ticket being written may be discarded; once registered it stays for ever.</summary>
public abstract class DraftTests(MesaApp app)
{
    [Fact]
    public async Task An_agent_keeps_a_draft_then_discards_it_and_nothing_remains()
    {
        var agent = await app.As("agente1");
        var draft = await (await agent.PostJsonAsync("/api/v1/drafts", new { title = "Llamada a medias" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var before = await (await agent.GetAsync("/api/v1/tickets?view=all-open")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.DeleteAsync($"/api/v1/drafts/{draft["id"]}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/drafts/{draft["id"]}")).StatusCode);
        var after = await (await agent.GetAsync("/api/v1/tickets?view=all-open")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(before.Str("total"), after.Str("total"));
    }

    [Fact]
    public async Task A_completed_draft_is_registered_with_a_code_and_the_draft_is_gone()
    {
        var agent = await app.As("agente1");
        var draft = await (await agent.PostJsonAsync("/api/v1/drafts", new { type = "request", title = "Crear buzón" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var incomplete = await agent.PostJsonAsync($"/api/v1/drafts/{draft["id"]}/register", new { });
        var problem = await incomplete.ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["description"]);

        await (await agent.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/drafts/{draft["id"]}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                type = "request",
                title = "Crear buzón",
                description = "Buzón compartido para el área de talento humano.",
                origin = "phone",
                requester = "usuario2",
                informedUsers = new[] { new { userName = "usuario1" } },
            }),
        })).ReadObjectAsync(HttpStatusCode.OK);
        var kept = await (await agent.GetAsync($"/api/v1/drafts/{draft["id"]}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("usuario2", kept.Str("requester"));
        var ticket = await (await agent.PostJsonAsync($"/api/v1/drafts/{draft["id"]}/register", new { }))
            .ReadObjectAsync(HttpStatusCode.Created);

        Assert.Matches(@"^REQ 2026-\d{6}$", ticket.Str("code"));
        Assert.Equal(("new", "usuario2", "usuario1"),
            (ticket.Str("state"), ticket.Str("requester.userName"), ticket["informedUsers"]![0].Str("userName")));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/drafts/{draft["id"]}")).StatusCode);
    }

    [Fact]
    public async Task A_draft_belongs_to_its_author_only()
    {
        var agent = await app.As("agente1");
        var draft = await (await agent.PostJsonAsync("/api/v1/drafts", new { title = "Mío" })).ReadObjectAsync(HttpStatusCode.Created);
        var other = await app.As("agente2");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/drafts/{draft["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/drafts/{draft["id"]}")).StatusCode);
        Assert.DoesNotContain(draft.Str("id"), (await (await other.GetAsync("/api/v1/drafts")).ReadArrayAsync()).Select(d => d.Str("id")));
    }
}

public sealed class DraftsOnSqlite(SqliteApp app) : DraftTests(app), IClassFixture<SqliteApp>;

public sealed class DraftsOnPostgres(PostgresApp app) : DraftTests(app), IClassFixture<PostgresApp>;
