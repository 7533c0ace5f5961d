using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Every kind of bad input gets its 400/404/409 with a Spanish problem-details answer, and leaves the ticket exactly
/// as it was: same version, same history.
/// </summary>
public abstract class BadInputTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private async Task AssertUnchangedAsync(JsonObject before)
    {
        var id = before.Str("id");
        var after = await _desk.GetAsync(id);
        Assert.Equal(before.Str("version"), after.Str("version"));
        Assert.Equal(before.Str("state"), after.Str("state"));
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync(status);
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("title")));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
        return problem;
    }

    [Theory] // A page beyond any list or a page size outside 1–200 is bad input beside its field, never a database error
    [InlineData("/api/v1/tickets?view=all-open&page=0", "page")]
    [InlineData("/api/v1/tickets?view=all-open&page=2147483647", "page")]
    [InlineData("/api/v1/tickets?view=all-open&page=1000001", "page")]
    [InlineData("/api/v1/tickets?view=all-open&page=99999999999", "page")]
    [InlineData("/api/v1/tickets?view=all-open&pageSize=0", "pageSize")]
    [InlineData("/api/v1/tickets?view=all-open&pageSize=201", "pageSize")]
    [InlineData("/api/v1/tickets?view=all-open&pageSize=-2147483648", "pageSize")]
    [InlineData("/api/v1/knowledge?page=2147483647", "page")]
    [InlineData("/api/v1/knowledge?page=0", "page")]
    [InlineData("/api/v1/problems?page=2147483647", "page")]
    [InlineData("/api/v1/problems?page=-5", "page")]
    public async Task Paging_at_its_extremes_is_a_400_beside_the_field(string url, string field)
    {
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]?[field]);
    }

    [Theory] // The path is decoded once: an escaped percent sign is a strange name, never a NUL and never a 500
    [InlineData("GET", "/api/v1/tickets/%2500")]
    [InlineData("GET", "/api/v1/tickets/%2500/attachments")]
    [InlineData("DELETE", "/api/v1/admin/mail-templates/%2500")]
    public async Task A_path_with_an_escaped_percent_sign_is_not_found(string method, string url)
    {
        var admin = await app.As("admin");

        await ProblemAsync(await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)), HttpStatusCode.NotFound);
    }

    [Theory] // Found by the API fuzzer: a month out of range is refused beside its field before the day is judged
    [InlineData(-1, -1)]
    [InlineData(13, 40)]
    [InlineData(0, 31)]
    public async Task A_holiday_rule_in_a_month_that_does_not_exist_is_a_400(int month, int day)
    {
        var admin = await app.As("admin");

        var problem = await ProblemAsync(await admin.PostJsonAsync("/api/v1/admin/holiday-rules",
            new { ruleSet = "Colombia", name = "Día imposible", month, day }), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]?["month"]);
    }

    [Theory] // Values the framework binds before Mesa reads them, and fields Mesa reads, refused with a problem
    [InlineData("GET", "/api/v1/alerts?all=quizas", null, "admin")]
    [InlineData("POST", "/api/v1/absences", "{\"userName\":\"agente1\",\"from\":\"ayer\",\"to\":\"hoy\"}", "supervisor1")]
    [InlineData("PUT", "/api/v1/admin/users/usuario1/location", "{\"location\":\"/No/Existe\"}", "admin")]
    public async Task A_value_that_cannot_be_read_is_a_400_problem(string method, string url, string? body, string who)
    {
        var client = await app.As(who);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        await ProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);
    }

    [Theory] // A search with any bytes (NUL, broken UTF-8, controls, a flood) answers, or says why not: never 500
    [InlineData("%00")]
    [InlineData("%FF%FE%C3%28")]
    [InlineData("impresora%00%1B%5B2J")]
    [InlineData("%25%5F%5C")]
    [InlineData("%ED%A0%80")]
    public async Task A_search_with_any_bytes_never_answers_500(string q)
    {
        var agent = await app.As("agente1");
        foreach (var list in new[] { "/api/v1/tickets?view=all-open&q=", "/api/v1/knowledge?q=", "/api/v1/problems?q=" })
        {
            var response = await agent.GetAsync(list + q);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{list}{q}: {(int)response.StatusCode}");
        }

        var flood = await agent.GetAsync("/api/v1/tickets?view=all-open&q=" + new string('x', 70_000));
        Assert.True(flood.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, $"{(int)flood.StatusCode}");
    }

    [Fact] // Guía §10: a state change without its note
    public async Task A_missing_note_is_refused_with_409_and_the_rule()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "" }), HttpStatusCode.Conflict);

        Assert.Equal("NoteRequired", problem.Str("rule"));
        Assert.Contains("anotación", problem.Str("detail"));
        await AssertUnchangedAsync(ticket);
    }

    [Fact] // Guía §13: rejecting an assigned ticket is the wrong state
    public async Task A_move_the_state_does_not_allow_is_refused_with_409()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/reject",
            new { note = "Fuera de alcance." }), HttpStatusCode.Conflict);

        Assert.Equal("RejectOnlyFromNew", problem.Str("rule"));
        Assert.Contains("Asignada", problem.Str("detail"));
        await AssertUnchangedAsync(ticket);
    }

    [Fact] // Guía §14.3: the first response only once
    public async Task A_second_first_response_is_refused_with_409()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var url = $"/api/v1/tickets/{ticket["id"]}/actions";
        await (await agent.PostJsonAsync(url, new { kind = "first-response", text = "Hola." })).ReadObjectAsync(HttpStatusCode.Created);
        var before = await _desk.GetAsync(ticket.Str("id"));

        var problem = await ProblemAsync(await agent.PostJsonAsync(url, new { kind = "first-response", text = "Hola otra vez." }),
            HttpStatusCode.Conflict);

        Assert.Equal("FirstResponseOnlyOnce", problem.Str("rule"));
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task An_unknown_category_is_a_400_beside_its_field()
    {
        var client = await app.As("usuario1");
        var countBefore = (await (await client.GetAsync("/api/v1/tickets?view=mine")).ReadObjectAsync(HttpStatusCode.OK)).Str("total");

        var problem = await ProblemAsync(await client.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "Algo falla",
            description = "Detalle.",
            service = "Soporte Técnico",
            category = "/Hardware/Neveras",
        }), HttpStatusCode.BadRequest);

        Assert.Contains("/Hardware/Neveras", problem["errors"]!["category"]![0]!.ToString());
        var countAfter = (await (await client.GetAsync("/api/v1/tickets?view=mine")).ReadObjectAsync(HttpStatusCode.OK)).Str("total");
        Assert.Equal(countBefore, countAfter);
    }

    [Fact] // Guía §12: the agent must belong to the chosen group
    public async Task An_agent_outside_the_group_is_refused()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Soporte Técnico", agent = "agente1", note = "Escalo." }), HttpStatusCode.Conflict);

        Assert.Equal("AgentNotInGroup", problem.Str("rule"));
        await AssertUnchangedAsync(ticket);
    }

    [Fact]
    public async Task An_unknown_group_is_a_400()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Grupo Fantasma", note = "Escalo." }), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["group"]);
        await AssertUnchangedAsync(ticket);
    }

    [Theory]
    [InlineData("{\"type\": \"incident\", \"title\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"type\": \"incident\", \"title\": 42, \"description\": \"x\"}")]
    [InlineData("no es json")]
    public async Task Malformed_json_is_a_400_in_spanish(string body)
    {
        var client = await app.As("usuario1");

        var problem = await ProblemAsync(await client.PostRawAsync("/api/v1/tickets", body), HttpStatusCode.BadRequest);

        Assert.Equal("Datos no válidos", problem.Str("title"));
    }

    [Fact]
    public async Task Wrong_enum_values_and_missing_fields_are_reported_field_by_field()
    {
        var client = await app.As("usuario1");

        var problem = await ProblemAsync(await client.PostJsonAsync("/api/v1/tickets",
            new { type = "queja", impact = "enorme" }), HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["description", "impact", "title", "type"], errors.Select(e => e.Key).Order());
        Assert.Contains("queja", errors["type"]![0]!.ToString());
    }

    [Fact]
    public async Task Oversize_text_is_a_400_and_changes_nothing()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var tooLongTitle = await ProblemAsync(await agent.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}",
            new { title = new string('a', 201) }), HttpStatusCode.BadRequest);
        var tooLongNote = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/actions",
            new { kind = "note", text = new string('a', 20_001) }), HttpStatusCode.BadRequest);

        Assert.NotNull(tooLongTitle["errors"]!["title"]);
        Assert.NotNull(tooLongNote["errors"]!["text"]);
        await AssertUnchangedAsync(ticket);
    }

    [Fact]
    public async Task An_unknown_ticket_is_a_404()
    {
        var agent = await app.As("agente1");

        await ProblemAsync(await agent.GetAsync("/api/v1/tickets/999999"), HttpStatusCode.NotFound);
        await ProblemAsync(await agent.GetAsync("/api/v1/tickets/REQ%202020-000001"), HttpStatusCode.NotFound);
        await ProblemAsync(await agent.PostJsonAsync("/api/v1/tickets/999999/revoke", new { note = "x" }), HttpStatusCode.NotFound);
    }

    [Fact] // Isolation: another user's ticket does not exist for them, on every endpoint
    public async Task Another_users_ticket_is_a_404_everywhere()
    {
        var ticket = await _desk.ResolvedAsync();
        var id = ticket.Str("id");
        var stranger = await app.As("usuario2");

        await ProblemAsync(await stranger.GetAsync($"/api/v1/tickets/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await stranger.GetAsync($"/api/v1/tickets/{Uri.EscapeDataString(ticket.Str("code"))}"), HttpStatusCode.NotFound);
        await ProblemAsync(await stranger.GetAsync($"/api/v1/tickets/{id}/history"), HttpStatusCode.NotFound);
        await ProblemAsync(await stranger.GetAsync($"/api/v1/tickets/{id}/actions"), HttpStatusCode.NotFound);
        await ProblemAsync(await stranger.PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "Hola" }), HttpStatusCode.NotFound);
        await ProblemAsync(await stranger.PostJsonAsync($"/api/v1/tickets/{id}/confirm", new { correct = true }), HttpStatusCode.NotFound);
        await AssertUnchangedAsync(ticket);
    }

    [Fact] // Guía §14: a registered ticket is never deleted
    public async Task Deleting_a_registered_ticket_is_refused()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.DeleteAsync($"/api/v1/tickets/{ticket["id"]}"), HttpStatusCode.Conflict);

        Assert.Equal("RegisteredTicketCannotBeDeleted", problem.Str("rule"));
        await AssertUnchangedAsync(ticket);
    }

    [Fact] // Guía §14.4: the rating is 1 to 5
    public async Task A_rating_out_of_range_is_a_400_and_the_ticket_stays_resolved()
    {
        var ticket = await _desk.ResolvedAsync();
        var user = await app.As("usuario1");

        await ProblemAsync(await user.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/confirm", new { correct = true, rating = 9 }),
            HttpStatusCode.BadRequest);

        await AssertUnchangedAsync(ticket);
    }

    [Fact]
    public async Task An_automatic_substate_cannot_be_set_by_hand()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var problem = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/substate",
            new { substate = "pending-user", note = "Espero." }), HttpStatusCode.Conflict);

        Assert.Equal("SubstateIsAutomatic", problem.Str("rule"));
        await AssertUnchangedAsync(ticket);
    }

    [Fact]
    public async Task A_bad_if_match_header_is_a_400()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{ticket["id"]}/revoke")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { note = "x" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"abc\"");

        await ProblemAsync(await agent.SendAsync(request), HttpStatusCode.BadRequest);
        await AssertUnchangedAsync(ticket);
    }

    [Fact]
    public async Task English_is_the_second_language()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");
        agent.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await ProblemAsync(await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Mesa de Servicio", note = "" }), HttpStatusCode.Conflict);

        Assert.Equal("Operation not allowed", problem.Str("title"));
    }
}

public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
