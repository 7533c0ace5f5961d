using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>Many people at once: codes stay unique and consecutive, and nobody's save is silently lost.</summary>
public abstract partial class ConcurrencyTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // 50 parallel creations give 50 distinct, consecutive codes
    public async Task Fifty_parallel_registrations_get_fifty_consecutive_codes()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => app.As("usuario1")));

        var tickets = await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
            await (await client.PostJsonAsync("/api/v1/tickets",
                new { type = "incident", title = $"Paralelo {i}", description = "Creación concurrente." }))
                .ReadObjectAsync(HttpStatusCode.Created))));

        var numbers = tickets.Select(t => long.Parse(CodeNumber().Match(t.Str("code")).Groups[1].Value)).Order().ToList();
        Assert.Equal(50, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => numbers[0] + i), numbers);
    }

    [Fact] // Two agents saving the same ticket — the second gets 409 and nothing is lost
    public async Task The_second_of_two_agents_saving_the_same_version_gets_409()
    {
        var ticket = await _desk.AssignedAsync("Soporte Técnico", "agente2");
        var version = ticket.Str("version");
        var first = await app.As("agente2");
        var second = await app.As("agente3");

        await (await first.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new { title = "Título del agente 2" }, version))
            .ReadObjectAsync(HttpStatusCode.OK);
        var response = await second.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new { title = "Título del agente 3" }, version);

        var problem = await response.ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("StaleVersion", problem.Str("rule"));
        Assert.Equal("Título del agente 2", (await _desk.GetAsync(ticket.Str("id"))).Str("title"));
    }

    [Fact] // "version changes on every change"
    public async Task Every_change_gives_a_new_version_and_etag()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var response = await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/actions",
            new { kind = "note", text = "Avance." }, ticket.Str("version"));
        await response.ReadObjectAsync(HttpStatusCode.Created);

        var now = await _desk.GetAsync(ticket.Str("id"));
        Assert.NotEqual(ticket.Str("version"), now.Str("version"));
        Assert.Equal($"\"{now.Str("version")}\"", response.Headers.ETag!.Tag);
    }

    [Fact] // Many different tickets changed at once do not disturb each other
    public async Task Parallel_commands_on_different_tickets_all_succeed()
    {
        var tickets = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _desk.RegisterAsync()));
        var agent = await app.As("agente1");

        var responses = await Task.WhenAll(tickets.Select(t => agent.PostJsonAsync($"/api/v1/tickets/{t["id"]}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Reparto." })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [GeneratedRegex(@"-(\d{6})$")]
    private static partial Regex CodeNumber();
}

public sealed class ConcurrencyOnSqlite(SqliteApp app) : ConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrencyOnPostgres(PostgresApp app) : ConcurrencyTests(app), IClassFixture<PostgresApp>;
