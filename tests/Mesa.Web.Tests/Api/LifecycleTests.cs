using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>The whole life of a ticket through the v1 API, as the guide tells it (§7–§15).</summary>
public abstract class LifecycleTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // Guía §9, §10: registration gives a New ticket with its code, in the organisation's zone
    public async Task A_user_registers_an_incident_and_gets_its_code()
    {
        var ticket = await _desk.RegisterAsync();

        Assert.Matches(@"^REQ 2026-\d{6}$", ticket.Str("code"));
        Assert.Equal(("incident", "new", "portal"), (ticket.Str("type"), ticket.Str("state"), ticket.Str("origin")));
        Assert.Equal(("usuario1", "usuario1@mesa.test"), (ticket.Str("requester.userName"), ticket.Str("requester.email")));
        Assert.Equal(("Soporte Técnico", "/Hardware/Impresoras"), (ticket.Str("service"), ticket.Str("category")));
        Assert.Equal(("medium", "high", "medium"), (ticket.Str("impact"), ticket.Str("urgency"), ticket.Str("priority")));
        Assert.EndsWith("-05:00", ticket.Str("createdAt"));
        Assert.Null(ticket["substate"]);
        Assert.Null(ticket["agent"]);
        Assert.Null(ticket["closure"]);
    }

    [Fact] // The whole journey: assign, first response, question, reply, solution, "Incorrecta", solution, "Correcta"
    public async Task The_whole_lifecycle_from_registration_to_a_rated_closure()
    {
        var ticket = await _desk.RegisterAsync();
        var id = ticket.Str("id");
        var agent = await app.As("agente1");
        var user = await app.As("usuario1");

        var assigned = await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Lo tomo." })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("assigned", "Mesa de Servicio", "agente1"), (assigned.Str("state"), assigned.Str("group"), assigned.Str("agent")));

        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions",
            new { kind = "first-response", text = "Hola, ya revisamos su caso." })).ReadObjectAsync(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions",
            new { kind = "question", text = "¿Qué mensaje muestra la impresora?" })).ReadObjectAsync(HttpStatusCode.Created);
        var waiting = await _desk.GetAsync(id);
        Assert.Equal(("pending-user", "Pendiente respuesta del usuario", "true"),
            (waiting.Str("substate.code"), waiting.Str("substate.name"), waiting.Str("substate.stopsClock")));
        Assert.Equal("true", waiting.Str("sla.clockStopped"));
        Assert.NotEqual("", waiting.Str("sla.firstResponseAt"));

        await (await user.PostJsonAsync($"/api/v1/tickets/{id}/replies",
            new { text = "Dice «atasco de papel»." })).ReadObjectAsync(HttpStatusCode.Created);
        Assert.Equal("user-replied", (await _desk.GetAsync(id)).Str("substate.code"));

        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions",
            new { kind = "solution", text = "Se retiró el papel atascado." })).ReadObjectAsync(HttpStatusCode.Created);
        var resolved = await _desk.GetAsync(id);
        Assert.Equal("resolved", resolved.Str("state"));
        Assert.Null(resolved["substate"]);

        var reopened = await (await user.PostJsonAsync($"/api/v1/tickets/{id}/confirm",
            new { correct = false, comment = "Sigue fallando." })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("assigned", "agente1"), (reopened.Str("state"), reopened.Str("agent")));

        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions",
            new { kind = "solution", text = "Se cambió el rodillo." })).ReadObjectAsync(HttpStatusCode.Created);
        var closed = await (await user.PostJsonAsync($"/api/v1/tickets/{id}/confirm",
            new { correct = true, rating = 5, comment = "Excelente." })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("closed", "correct", "5", "Excelente."),
            (closed.Str("state"), closed.Str("closure.result"), closed.Str("closure.rating"), closed.Str("closure.comment")));

        var kinds = (await _desk.HistoryAsync(id)).Select(e => e.Str("kind")).Where(k => k != "notification-queued");
        Assert.Equal(["created", "assigned", "action-added", "action-added", "substate-changed", "action-added",
            "substate-changed", "action-added", "solution-signed", "confirmed-incorrect", "action-added",
            "solution-signed", "confirmed-correct"], kinds);
    }

    [Fact] // Guía §12: escalation to second line, group then agent, with the reason
    public async Task First_line_escalates_to_an_agent_of_second_line()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var escalated = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign", new
        {
            group = "Soporte Técnico",
            agent = "agente2",
            note = "Se revisó el cableado; requiere cambio de pieza.",
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("assigned", "Soporte Técnico", "agente2"), (escalated.Str("state"), escalated.Str("group"), escalated.Str("agent")));
        var last = (await _desk.HistoryAsync(ticket.Str("id"))).Last(e => e.Str("kind") == "assigned");
        Assert.Equal(("agente1", "Se revisó el cableado; requiere cambio de pieza."), (last.Str("actor"), last.Str("note")));
    }

    [Fact] // Guía §13: revoke, then reject before the sweep re-assigns it; the reason in Servicio 1ª Línea
    public async Task The_assigned_agent_revokes_and_rejects_with_the_reason()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var agent = await app.As("agente1");

        var revoked = await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/revoke",
            new { note = "No corresponde a la mesa." })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("new", revoked.Str("state"));
        Assert.Null(revoked["group"]);

        var rejected = await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/reject",
            new { note = "Debe solicitarse con la plantilla de acceso." })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("rejected", "Debe solicitarse con la plantilla de acceso."),
            (rejected.Str("state"), rejected.Str("firstLineService")));
    }

    [Fact] // Guía §14.2: solved on the phone; the ticket closes at once
    public async Task First_line_closes_a_new_ticket_solved_at_first_contact()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var closed = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/close-first-line",
            new { text = "Se reinició la cola de impresión por teléfono." })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("closed", "first-line", "Se reinició la cola de impresión por teléfono."),
            (closed.Str("state"), closed.Str("closure.result"), closed.Str("firstLineService")));
    }

    [Fact] // Guía §10: manual substates, set and cleared by the agent
    public async Task An_agent_sets_and_clears_a_manual_substate()
    {
        var ticket = await _desk.AssignedAsync("Soporte Técnico", "agente2");
        var agent = await app.As("agente2");
        var url = $"/api/v1/tickets/{ticket["id"]}/substate";

        var waiting = await (await agent.PostJsonAsync(url, new { substate = "pending-vendor", note = "Se pidió el repuesto." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("pending-vendor", "true"), (waiting.Str("substate.code"), waiting.Str("sla.clockStopped")));

        var cleared = await (await agent.PostJsonAsync(url, new { substate = (string?)null, note = "Llegó el repuesto." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Null(cleared["substate"]);
    }

    [Fact] // A ticket is addressed by its id or by its URL-encoded code
    public async Task A_ticket_is_found_by_its_code()
    {
        var ticket = await _desk.RegisterAsync();

        var byCode = await _desk.GetAsync(ticket.Str("code"));

        Assert.Equal(ticket.Str("id"), byCode.Str("id"));
    }

    [Fact] // Search ignores accents and case, over code, title and description
    public async Task Search_ignores_accents_and_case()
    {
        var ticket = await _desk.RegisterAsync(title: "Error de impresión en el módulo de nómina");
        var agent = await app.As("agente1");

        foreach (var q in new[] { "impresion", "IMPRESIÓN", "modulo de NOMINA", ticket.Str("code") })
        {
            var page = await (await agent.GetAsync($"/api/v1/tickets?view=all-open&q={Uri.EscapeDataString(q)}")).ReadObjectAsync(HttpStatusCode.OK);
            Assert.Contains(page["items"]!.AsArray(), t => t.Str("id") == ticket.Str("id"));
        }
    }

    [Fact] // Search text is taken literally: "%" and "_" are characters, not wildcards
    public async Task Search_takes_percent_and_underscore_literally()
    {
        await _desk.RegisterAsync(title: "Disco al 100% de uso");
        var agent = await app.As("agente1");

        var percent = await (await agent.GetAsync("/api/v1/tickets?view=all-open&q=100%25&pageSize=200")).ReadObjectAsync(HttpStatusCode.OK);
        var wildcard = await (await agent.GetAsync("/api/v1/tickets?view=all-open&q=%25&pageSize=200")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Contains(percent["items"]!.AsArray(), t => t.Str("title") == "Disco al 100% de uso");
        Assert.All(wildcard["items"]!.AsArray(), t => Assert.Contains("%", t.Str("title") + t.Str("description"), StringComparison.Ordinal));
        Assert.DoesNotContain((await (await agent.GetAsync("/api/v1/tickets?view=all-open&q=D_sco")).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray(),
            t => t.Str("title") == "Disco al 100% de uso");
    }

    [Fact] // Guía §14.2: editing the General tab, each change in the history
    public async Task An_agent_edits_the_classification_and_the_history_keeps_each_change()
    {
        var ticket = await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var edited = await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new
        {
            title = "Impresora piso 3 sin servicio",
            category = "/Redes/Conectividad",
            impact = "high",
            firstLineService = "Se verificó que la impresora tiene red.",
            informedUsers = new[] { new { userName = "usuario2", onCreation = false, onActions = true, onResolution = true, onClosure = false } },
        }, ifMatch: ticket.Str("version"))).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("Impresora piso 3 sin servicio", "/Redes/Conectividad", "high"),
            (edited.Str("title"), edited.Str("category"), edited.Str("impact")));
        var informed = Assert.Single(edited["informedUsers"]!.AsArray());
        Assert.Equal(("usuario2", "false", "true"), (informed.Str("userName"), informed.Str("onCreation"), informed.Str("onActions")));
        var fields = (await _desk.HistoryAsync(ticket.Str("id"))).Where(e => e.Str("kind") == "field-changed")
            .Select(e => e.Str("field")).Order();
        Assert.Equal(["Category", "FirstLineService", "Impact", "InformedUsers", "Priority", "Title"], fields);
    }

    [Fact] // Guía §14.3: the actions list, in order
    public async Task The_actions_tab_lists_every_action_in_order()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var url = $"/api/v1/tickets/{ticket["id"]}/actions";
        await (await agent.PostJsonAsync(url, new { kind = "note", text = "Revisé el driver." })).ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync(url, new { kind = "note", text = "Pedimos repuesto.", published = true }))
            .ReadObjectAsync(HttpStatusCode.Created);

        var actions = await (await agent.GetAsync(url)).ReadArrayAsync();

        Assert.Equal([("note", "false"), ("note", "true")], actions.Select(a => (a.Str("kind"), a.Str("published"))));
        Assert.All(actions, a => Assert.Equal("agente1", a.Str("author")));
    }

    [Fact] // Guía §15.2 "Soporte remoto": the user is told, with the Teams meeting's link, before their computer is taken
    public async Task A_remote_support_notice_is_an_action_the_user_reads_and_is_mailed()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var url = $"/api/v1/tickets/{ticket["id"]}/actions";

        var notice = await (await agent.PostJsonAsync(url, new
        {
            kind = "remote-support",
            text = "Me conectaré a su equipo a las 10:00: https://teams.microsoft.com/l/meetup-join/abc",
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(("remote-support", "true"), (notice.Str("kind"), notice.Str("published")));
        var seen = await _desk.ActionsAsync(ticket, by: "usuario1");
        Assert.Contains(seen, a => a.Str("kind") == "remote-support" && a.Str("text").Contains("teams.microsoft.com", StringComparison.Ordinal));
        Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")), e => e.Str("kind") == "notification-queued");
        var fresh = await _desk.RegisterAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostJsonAsync($"/api/v1/tickets/{fresh["id"]}/actions",
            new { kind = "remote-support", text = "Me conectaré." })).StatusCode);
    }

    [Fact] // Guía §14.2 "Notificado por" corrected after registration: the portal follows the new requester
    public async Task Changing_notificado_por_moves_the_ticket_to_the_new_requesters_portal()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var changed = await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new { requester = "usuario2" }))
            .ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("usuario2", changed.Str("requester.userName"));
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("usuario2")).GetAsync($"/api/v1/tickets/{ticket["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{ticket["id"]}")).StatusCode);
        var history = await _desk.HistoryAsync(ticket.Str("id"));
        Assert.Contains(history, e => e.Str("field") == "Requester" && e.Str("oldValue") == "usuario1" && e.Str("newValue") == "usuario2");
        var unknown = await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new { requester = "nadie" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("nadie", unknown["errors"]!["requester"]![0]!.ToString());
    }
}

public sealed class LifecycleOnSqlite(SqliteApp app) : LifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class LifecycleOnPostgres(PostgresApp app) : LifecycleTests(app), IClassFixture<PostgresApp>;
