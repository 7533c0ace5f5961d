using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Problems;

/// <summary>
/// Guía §5 "Problema", §11 "Pestaña problemas y errores conocidos" and §11.5: agents register
/// problems, relate incidents to them, record the known error, resolve and close them; the panel counts them.
/// </summary>
public abstract class ProblemTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_problem_goes_from_new_to_known_error_to_closed_and_its_history_tells_each_step()
    {
        var agent = await app.As("agente2");
        var problem = await CreateAsync(agent, "El correo rebota a dominios externos");

        var assigned = await Step(agent, problem, "assign", new { group = "Soporte Técnico", agent = "agente2", note = "Revisar el relay" });
        var known = await Step(agent, problem, "known-error", new { rootCause = "Certificado vencido del relay", workaround = "Enviar por el webmail" });
        var tooEarly = await (await agent.PostJsonAsync($"/api/v1/problems/{problem.Str("id")}/close", new { note = "Listo" }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        await Step(agent, problem, "resolve", new { solution = "Se renovó el certificado." });
        var closed = await Step(agent, problem, "close", new { note = "Una semana sin rebotes." });

        Assert.Equal(("assigned", "Soporte Técnico"), (assigned.Str("state"), assigned.Str("group")));
        Assert.Equal("known-error", known.Str("state"));
        Assert.Contains("Error conocido", tooEarly.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("closed", closed.Str("state"));
        Assert.Equal(["created", "assigned", "known-error", "resolved", "closed"],
            closed["history"]!.AsArray().Select(e => e!.Str("kind")));
        Assert.Equal("Una semana sin rebotes.", closed["history"]![4]!.Str("note"));
    }

    [Fact]
    public async Task A_step_without_its_note_or_on_a_stale_version_changes_nothing()
    {
        var agent = await app.As("agente2");
        var problem = await CreateAsync(agent, "La VPN se cae cada hora");

        var noNote = await (await agent.PostJsonAsync($"/api/v1/problems/{problem.Str("id")}/assign", new { group = "Soporte Técnico" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var stale = (await agent.PostJsonAsync($"/api/v1/problems/{problem.Str("id")}/assign",
            new { group = "Soporte Técnico", note = "Revisar" }, ifMatch: "\"99\"")).StatusCode.ToString();
        var notInGroup = await (await agent.PostJsonAsync($"/api/v1/problems/{problem.Str("id")}/assign",
            new { group = "Soporte Técnico", agent = "agente1", note = "Revisar" })).ReadObjectAsync(HttpStatusCode.Conflict);

        Assert.True(noNote["errors"]!.AsObject().ContainsKey("note"));
        Assert.Equal(nameof(HttpStatusCode.Conflict), stale);
        Assert.Contains("agente1", notInGroup.Str("detail"), StringComparison.Ordinal);
        var now = await (await agent.GetAsync($"/api/v1/problems/{problem.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("new", 1), (now.Str("state"), now["history"]!.AsArray().Count));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).GetAsync("/api/v1/problems")).StatusCode);
    }

    [Fact] // Guía §11.5: incidents are related to the problem; once it is a known error they show its workaround
    public async Task Incidents_related_to_a_problem_are_listed_on_it_and_show_its_workaround()
    {
        var agent = await app.As("agente1");
        var problem = await CreateAsync(agent, "Impresora del piso 3 imprime en blanco");
        var first = await _desk.RegisterAsync("usuario1", "Hojas en blanco en el piso 3");
        var second = await _desk.RegisterAsync("usuario2", "La impresora del 3 no imprime nada");
        foreach (var ticket in new[] { first, second })
        {
            await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/problems", new { code = $"PRB-{problem.Str("id")}" }))
                .ReadObjectAsync(HttpStatusCode.OK);
        }

        await Step(agent, problem, "known-error", new { rootCause = "Fusor gastado", workaround = "Imprimir en la del piso 2" });
        var details = await (await agent.GetAsync($"/api/v1/problems/{problem.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        var linked = await (await agent.GetAsync($"/api/v1/tickets/{first.Str("id")}/problems")).ReadArrayAsync();

        Assert.Equal([second.Str("code"), first.Str("code")], details["incidents"]!.AsArray().Select(t => t!.Str("code")));
        Assert.Equal(("known-error", "Imprimir en la del piso 2"), (linked[0]!.Str("state"), linked[0]!.Str("workaround")));
        Assert.Contains(await _desk.HistoryAsync(first.Str("id")), e => e.Str("field") == "problem");
        var list = await (await agent.GetAsync("/api/v1/problems?state=known-error")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Contains(list["items"]!.AsArray(), p => p!.Str("id") == problem.Str("id") && p.Str("incidents") == "2");
    }

    [Fact] // Guía §11: Visión general, Asignados a mí, Asignados a mis grupos; each counter links to exactly those
    public async Task The_panel_counts_problems_by_state_for_each_view_and_links_to_the_list()
    {
        var supervisor = await app.As("supervisor1");
        var before = await (await supervisor.GetAsync("/api/v1/problems/counters")).ReadObjectAsync(HttpStatusCode.OK);
        var problem = await CreateAsync(supervisor, "El sistema de nómina está lento");
        await Step(supervisor, problem, "assign", new { group = "Soporte Técnico", agent = "agente3", note = "Medir tiempos" });

        var mine = await (await (await app.As("agente3")).GetAsync("/api/v1/problems/counters")).ReadObjectAsync(HttpStatusCode.OK);
        var after = await (await supervisor.GetAsync("/api/v1/problems/counters")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal((int)before["all"]!["assigned"]! + 1, (int)after["all"]!["assigned"]!);
        Assert.True((int)mine["assigned-to-me"]!["assigned"]! >= 1);
        Assert.True((int)mine["my-groups"]!["assigned"]! >= 1);

        using var browser = app.Browser();
        await browser.SignInAsync("agente3");
        var panel = await browser.GetStringAsync("/agent");
        Assert.Contains("Problemas y errores conocidos", panel, StringComparison.Ordinal);
        Assert.Contains("href=\"/agent/problems?view=AssignedToMe&amp;state=Assigned\"", panel, StringComparison.Ordinal);
        // Guía §11 "Pestaña mis tareas": each module's open work assigned to the agent, a link to those lists.
        Assert.Matches($"aria-label=\"{(int)mine["assigned-to-me"]!["assigned"]!} Problemas y errores conocidos, Asignadas a mí: ver la lista\"", panel);
        var list = await browser.GetStringAsync("/agent/problems?view=AssignedToMe&state=Assigned");
        Assert.Contains("El sistema de nómina está lento", list, StringComparison.Ordinal);
        Assert.DoesNotContain("El sistema de nómina está lento",
            await browser.GetStringAsync("/agent/problems?view=AssignedToMe&state=New"), StringComparison.Ordinal);
    }

    [Fact] // The pages: register from a ticket (linked at once), a step without its note keeps what was typed
    public async Task An_agent_registers_a_problem_from_a_ticket_and_works_it_on_its_page()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "El lector de huella no marca la entrada");
        using var agent = app.Browser();
        await agent.SignInAsync("agente2");

        var created = await agent.PostFormAsync($"/agent/problems/new?from={Uri.EscapeDataString(ticket.Str("code"))}", new Dictionary<string, string>
        {
            ["From"] = ticket.Str("code"),
            ["Input.Title"] = "Lectores de huella sin red",
            ["Input.Description"] = "Tres sedes reportan lectores sin marcar.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.ToString();
        var page = await agent.GetStringAsync(path);
        Assert.Contains(ticket.Str("code"), page, StringComparison.Ordinal);

        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var noNote = await agent.PostFormAsync(path + "?handler=Assign", new Dictionary<string, string>
        {
            ["Version"] = version,
            ["Assign.Group"] = "Soporte Técnico",
            ["Assign.Note"] = "",
        });
        var again = await noNote.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Contains("anotación", again, StringComparison.Ordinal);

        var known = await agent.PostFormAsync(path + "?handler=KnownError", new Dictionary<string, string>
        {
            ["Version"] = version,
            ["Input.RootCause"] = "Switch de la sede apagado",
            ["Input.Workaround"] = "Registrar la entrada en la planilla",
        });
        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        var tab = await agent.GetStringAsync($"/agent/tickets/{ticket.Str("id")}?tab=additional");
        Assert.Contains("Registrar la entrada en la planilla", tab, StringComparison.Ordinal);
    }

    [Fact] // Guía §11: a resolved problem whose incidents come back is reopened; its texts are edited as it is understood
    public async Task A_problem_is_edited_reopened_and_an_incident_unrelated()
    {
        var agent = await app.As("agente2");
        var problem = await CreateAsync(agent, "El escáner del piso 2 no envía");
        var ticket = await _desk.RegisterAsync("usuario1", "No llegan los escaneos");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/problems", new { code = $"PRB-{problem.Str("id")}" }))
            .ReadObjectAsync(HttpStatusCode.OK);

        var edited = await (await agent.PutAsJsonAsync($"/api/v1/problems/{problem.Str("id")}", new
        {
            title = "El escáner del piso 2 no envía correos",
            description = "Los escaneos no llegan al buzón.",
        })).ReadObjectAsync(HttpStatusCode.OK);
        await Step(agent, problem, "resolve", new { solution = "Se corrigió el servidor de correo del escáner." });
        var reopened = await Step(agent, problem, "reopen", new { note = "Volvió a fallar el lunes." });
        var unlinked = await (await agent.DeleteAsync($"/api/v1/tickets/{ticket.Str("id")}/problems/PRB-{problem.Str("id")}"))
            .ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("El escáner del piso 2 no envía correos", edited.Str("title"));
        Assert.Equal("new", reopened.Str("state"));
        Assert.Equal("Volvió a fallar el lunes.", reopened["history"]!.AsArray().Last()!.Str("note"));
        Assert.NotNull(unlinked["id"]);
        Assert.Empty(await (await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/problems")).ReadArrayAsync());
    }

    private static async Task<JsonObject> CreateAsync(HttpClient agent, string title) =>
        await (await agent.PostJsonAsync("/api/v1/problems", new { title, description = "Varias incidencias con el mismo síntoma." }))
            .ReadObjectAsync(HttpStatusCode.Created);

    private static async Task<JsonObject> Step(HttpClient agent, JsonObject problem, string step, object body) =>
        await (await agent.PostJsonAsync($"/api/v1/problems/{problem.Str("id")}/{step}", body)).ReadObjectAsync(HttpStatusCode.OK);
}

public sealed class ProblemsOnSqlite(SqliteApp app) : ProblemTests(app), IClassFixture<SqliteApp>;

public sealed class ProblemsOnPostgres(PostgresApp app) : ProblemTests(app), IClassFixture<PostgresApp>;
