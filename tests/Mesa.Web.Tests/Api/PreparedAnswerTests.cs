using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Prepared answers (<i>respuestas predefinidas</i>, Guía §3 "optimización de los tiempos de respuesta"): personal or
/// of a group, their marks filled for the ticket they are used on.
/// </summary>
public abstract class PreparedAnswerTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task An_agent_uses_a_group_answer_filled_for_the_ticket()
    {
        var supervisor = await app.As("supervisor1");
        var shared = await (await supervisor.PostJsonAsync("/api/v1/responses", new
        {
            name = "Recibido",
            text = "Hola, {nombre}: recibimos {codigo} «{titulo}». Lo atiende {agente}.",
            scope = "group",
            group = "Mesa de Servicio",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var usable = await (await agent.GetAsync($"/api/v1/responses?ticket={Uri.EscapeDataString(ticket.Str("code"))}")).ReadArrayAsync();

        var answer = Assert.Single(usable, a => a.Str("id") == shared.Str("id"));
        Assert.Equal(("group", "Mesa de Servicio", false), (answer!.Str("scope"), answer.Str("group"), answer!["mine"]!.GetValue<bool>()));
        Assert.StartsWith($"Hola, {ticket["requester"]!.Str("displayName")}: recibimos {ticket.Str("code")} «La impresora no imprime». Lo atiende ",
            answer.Str("filled"), StringComparison.Ordinal);
        Assert.DoesNotContain("{", answer.Str("filled"), StringComparison.Ordinal);
        // Another group's agent does not see it; a member may not change it.
        Assert.DoesNotContain(await (await (await app.As("agente2")).GetAsync("/api/v1/responses")).ReadArrayAsync(),
            a => a.Str("id") == shared.Str("id"));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutJsonAsync($"/api/v1/responses/{shared.Str("id")}",
            new { name = "Otro", text = "Otro texto." })).StatusCode);
    }

    [Fact]
    public async Task A_personal_answer_is_its_author_s_alone()
    {
        var agent = await app.As("agente1");
        var mine = await (await agent.PostJsonAsync("/api/v1/responses", new { name = "Cierre", text = "Quedo atento, {agente}." }))
            .ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(("personal", true), (mine.Str("scope"), mine["mine"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("agente2")).DeleteAsync($"/api/v1/responses/{mine.Str("id")}")).StatusCode);
        var changed = await (await agent.PutJsonAsync($"/api/v1/responses/{mine.Str("id")}", new { name = "Cierre", text = "Quedo atenta." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Quedo atenta.", changed.Str("text"));
        Assert.Equal(HttpStatusCode.NoContent, (await agent.DeleteAsync($"/api/v1/responses/{mine.Str("id")}")).StatusCode);
        Assert.DoesNotContain(await (await agent.GetAsync("/api/v1/responses")).ReadArrayAsync(), a => a.Str("id") == mine.Str("id"));
    }

    [Fact]
    public async Task Unknown_marks_a_missing_group_or_a_requester_are_refused()
    {
        var agent = await app.As("agente1");

        var mark = await (await agent.PostJsonAsync("/api/v1/responses", new { name = "Mala", text = "Hola {apodo}." }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var noGroup = await (await agent.PostJsonAsync("/api/v1/responses", new { name = "Grupo", text = "Hola.", scope = "group" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var notKeeper = await agent.PostJsonAsync("/api/v1/responses", new { name = "Grupo", text = "Hola.", scope = "group", group = "Mesa de Servicio" });
        var requester = await (await app.As("usuario1")).GetAsync("/api/v1/responses");
        var unknownTicket = await agent.GetAsync("/api/v1/responses?ticket=REQ%201999-000001");

        Assert.Contains("{apodo}", mark["errors"]!["text"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.True(noGroup["errors"]!.AsObject().ContainsKey("group"));
        Assert.Equal(HttpStatusCode.Forbidden, notKeeper.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, requester.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTicket.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync($"/api/v1/responses?ticket={new string('x', 50)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PutJsonAsync("/api/v1/responses/999999", new { name = "x", text = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PutJsonAsync("/api/v1/responses/999999", new { name = "x" })).StatusCode);
    }
}

public sealed class PreparedAnswersOnSqlite(SqliteApp app) : PreparedAnswerTests(app), IClassFixture<SqliteApp>;

public sealed class PreparedAnswersOnPostgres(PostgresApp app) : PreparedAnswerTests(app), IClassFixture<PostgresApp>;
