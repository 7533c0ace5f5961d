using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Changes;

/// <summary>
/// Guía §5 "Request for Change (RFC)", §10's committee and production substates and §11 "Pestaña Cambios y
/// entregas", through the API: a change is registered with its team and committee, decided by its
/// approvers, applied in its window (resolving the incidents it solves), reviewed and closed; the panel counts it.
/// </summary>
public abstract class ChangeTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // The browser journey's API twin: two of three approvers approve; applying it resolves its assigned incidents
    public async Task A_normal_change_approved_by_two_of_three_is_applied_in_its_window_and_resolves_its_incidents()
    {
        var agent = await app.As("agente2");
        var assigned = await _desk.AssignedAsync("Soporte Técnico", "agente2");
        var waiting = await _desk.RegisterAsync("usuario2", "El correo no sale desde el portátil");
        var change = await CreateAsync(agent, "Actualizar el servidor de correo", tickets: [assigned["id"]!.GetValue<long>(), waiting.Str("code")]);

        var submitted = await Step(agent, change, "submit", new { note = "Listo para el comité." });
        var first = await Step(await app.As("agente3"), change, "approvals", new { decision = "approve", note = "De acuerdo." });
        var second = await Step(await app.As("supervisor1"), change, "approvals", new { decision = "approve", note = "Con ventana nocturna." });
        await Step(agent, change, "transition", new { to = "scheduled", note = "Sábado en la noche." });
        await Step(agent, change, "transition", new { to = "in-progress", note = "Empieza la ventana." });
        var implemented = await Step(agent, change, "transition",
            new { to = "implemented", note = "Parche aplicado.", ticketSolution = "Se actualizó el servidor de correo (cambio aplicado)." });
        await Step(agent, change, "transition", new { to = "reviewed", note = "Sin incidencias en una semana.", outcome = "successful" });
        var closed = await Step(agent, change, "transition", new { to = "closed", note = "Cerrado tras la revisión." });

        Assert.Matches(@"^RFC \d{4}-\d{6}$", change.Str("code"));
        Assert.Equal(("new", "soporte técnico"), (change.Str("state"), change.Str("group").ToLowerInvariant()));
        Assert.Equal(("awaiting-approval", "awaiting-approval", "approved"), (submitted.Str("state"), first.Str("state"), second.Str("state")));
        Assert.Equal(["agente3", "supervisor1", "agente1"], second["approvals"]!.AsArray().Select(a => a!.Str("approver")));
        Assert.Equal(["approve", "approve", ""], second["approvals"]!.AsArray().Select(a => a!.Str("decision")));
        Assert.Equal([waiting.Str("code")], implemented["ticketsNotResolved"]!.AsArray().Select(c => c!.ToString()));
        Assert.Equal("resolved", (await _desk.GetAsync(assigned.Str("id")))["state"]!.ToString());
        Assert.Equal("new", (await _desk.GetAsync(waiting.Str("id")))["state"]!.ToString());
        Assert.Contains(await _desk.HistoryAsync(assigned.Str("id")), e => e.Str("field") == "change");
        Assert.Equal(("closed", "successful"), (closed.Str("state"), closed.Str("reviewOutcome")));
        Assert.Equal([assigned.Str("code"), waiting.Str("code")], closed["tickets"]!.AsArray().Select(t => t!.Str("code")));
        Assert.Null(closed["ticketsNotResolved"]);
    }

    [Fact] // Guía §5: a standard change is a pre-approved model; under "all" one rejection rejects
    public async Task A_standard_change_skips_the_committee_and_under_all_one_rejection_rejects()
    {
        var agent = await app.As("agente2");
        var standard = await CreateAsync(agent, "Ampliar el disco del servidor de archivos", type: "standard", approvers: []);
        var normal = await CreateAsync(agent, "Cambiar el firewall perimetral", rule: "all");

        var approved = await Step(agent, standard, "submit", new { note = "Modelo estándar." });
        await Step(agent, normal, "submit", new { note = "Al comité." });
        var rejected = await Step(await app.As("agente1"), normal, "approvals", new { decision = "reject", note = "Falta el plan de pruebas." });
        var notAgain = await (await (await app.As("agente3")).PostJsonAsync($"/api/v1/changes/{normal.Str("id")}/approvals",
            new { decision = "approve", note = "Tarde." })).ReadObjectAsync(HttpStatusCode.Conflict);

        Assert.Equal("approved", approved.Str("state"));
        Assert.Equal("rejected", rejected.Str("state"));
        Assert.Contains("no espera aprobación", notAgain.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("closed", (await Step(agent, normal, "transition", new { to = "closed", note = "Rechazado por el comité." })).Str("state"));
    }

    [Fact] // Bad input says which field; a rule of the lifecycle is a 409 that names it; neither changes anything
    public async Task Bad_input_and_broken_rules_are_refused_and_change_nothing()
    {
        var agent = await app.As("agente2");
        var before = await TotalAsync(agent, "all-open");

        var bad = await (await agent.PostJsonAsync("/api/v1/changes", new
        {
            title = "",
            description = "x",
            type = "urgent",
            risk = "enormous",
            plannedStart = "2026-13-40",
            approvalRule = "quorum",
            tickets = new object[] { new { id = 1 } },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var window = await (await agent.PostJsonAsync("/api/v1/changes", new
        {
            title = "Ventana al revés",
            description = "x",
            type = "normal",
            risk = "low",
            implementationPlan = "a",
            backoutPlan = "b",
            plannedStart = "2026-03-07T22:00:00-05:00",
            plannedEnd = "2026-03-07T21:00:00-05:00",
            approvers = new[] { "agente3" },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var unknown = await (await agent.PostJsonAsync("/api/v1/changes", new
        {
            title = "Con aprobador inexistente",
            description = "x",
            type = "standard",
            risk = "low",
            approvers = new[] { "nadie" },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var change = await CreateAsync(agent, "Migrar el DNS interno", approvers: []);
        var noApprovers = await (await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Al comité." }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        var jump = await (await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/transition", new { to = "implemented", note = "Ya" }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        var stale = await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/transition", new { to = "evaluation", note = "Revisar" },
            ifMatch: "99");
        var noNote = await (await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/transition", new { to = "evaluation" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["plannedStart", "quorum", "risk", "tickets", "title", "type"],
            bad["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.True(window["errors"]!.AsObject().ContainsKey("plannedEnd"));
        Assert.Contains("nadie", unknown["errors"]!["approvers"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("aprobador", noApprovers.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("Nuevo", jump.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True(noNote["errors"]!.AsObject().ContainsKey("note"));
        var now = await (await agent.GetAsync($"/api/v1/changes/{change.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("new", 1), (now.Str("state"), now["history"]!.AsArray().Count));
        Assert.Equal(before + 1, await TotalAsync(agent, "all-open"));
    }

    [Fact] // Guía §11: the five views, counted by state; the team views leave out new and closed changes
    public async Task The_panel_counts_each_view_by_state_and_every_counter_matches_its_list()
    {
        var agent = await app.As("agente1");
        var inTeam = await CreateAsync(agent, "Cambiar la impresora del piso 3", group: "Mesa de Servicio", responsible: "agente1",
            teamAgents: ["agente3"], teamGroups: ["Soporte Técnico"]);
        var newInTeam = await CreateAsync(agent, "Cambiar el switch del piso 2", teamAgents: ["agente3"]);
        await Step(agent, inTeam, "transition", new { to = "evaluation", note = "Estudiar el impacto." });

        var agente3 = await app.As("agente3");
        var counters = await (await agente3.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);
        var myTeam = await ListAsync(agente3, "my-team");
        foreach (var (view, key) in new[] { ("all-open", "overview"), ("assigned-to-me", "assignedToMe"), ("my-groups", "myGroups"),
                     ("my-team", "myTeam"), ("my-groups-team", "myGroupsTeam") })
        {
            var byState = counters["changes"]![key]!.AsObject();
            foreach (var (state, count) in byState)
                Assert.Equal(count!.GetValue<int>(), await TotalAsync(agente3, view, state));
        }

        Assert.Contains(myTeam, c => c!.Str("id") == inTeam.Str("id"));
        Assert.DoesNotContain(myTeam, c => c!.Str("id") == newInTeam.Str("id"));
        Assert.False(counters["changes"]!["myTeam"]!.AsObject().ContainsKey("new"));
        Assert.True(counters["changes"]!["overview"]!.AsObject().ContainsKey("new"));
        Assert.Contains(await ListAsync(agente3, "my-groups-team"), c => c!.Str("id") == inTeam.Str("id"));
        Assert.Contains(await ListAsync(agent, "assigned-to-me"), c => c!.Str("id") == inTeam.Str("id"));
        Assert.Contains(await ListAsync(agent, "all-open", "q=IMPRESORA del piso"), c => c!.Str("id") == inTeam.Str("id"));
    }

    [Fact] // An approver need not be an agent: they see the changes put to them and nothing else
    public async Task An_approver_who_is_not_an_agent_sees_and_decides_only_the_changes_put_to_them()
    {
        var agent = await app.As("agente2");
        var change = await CreateAsync(agent, "Nuevo formulario de vacaciones", approvers: ["usuario1"], rule: "any");
        await Step(agent, change, "submit", new { note = "Al comité." });

        var approver = await app.As("usuario1");
        var other = await app.As("usuario2");
        var seen = await (await approver.GetAsync($"/api/v1/changes/{change.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        var hidden = (await other.GetAsync($"/api/v1/changes/{change.Str("id")}")).StatusCode;
        var notTheirs = (await other.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/approvals", new { decision = "approve", note = "Sí" })).StatusCode;
        var list = (await approver.GetAsync("/api/v1/changes")).StatusCode;
        var approved = await Step(approver, change, "approvals", new { decision = "approve", note = "Aprobado por talento humano." });

        Assert.Equal((change.Str("code"), HttpStatusCode.NotFound, HttpStatusCode.NotFound), (seen.Str("code"), hidden, notTheirs));
        Assert.Equal(HttpStatusCode.Forbidden, list);
        Assert.Equal("approved", approved.Str("state"));
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/transition",
            new { to = "scheduled", note = "Ya" })).StatusCode);
    }

    [Fact] // Guía §11.5: a change links to the problems it solves, and to more tickets after it was registered
    public async Task Tickets_and_problems_are_linked_and_unlinked_with_a_line_in_each_history()
    {
        var agent = await app.As("agente2");
        var problem = await (await agent.PostJsonAsync("/api/v1/problems", new { title = "La VPN se cae", description = "Cada hora." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.RegisterAsync("usuario1", "Sin VPN desde la casa");
        var change = await CreateAsync(agent, "Cambiar el concentrador VPN", problems: [$"PRB-{problem.Str("id")}"]);

        var linked = await (await agent.PutJsonAsync($"/api/v1/changes/{change.Str("id")}/tickets/{Uri.EscapeDataString(ticket.Str("code"))}", new { }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var twice = await (await agent.PutJsonAsync($"/api/v1/changes/{change.Str("id")}/tickets/{ticket.Str("id")}", new { }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var unlinked = await (await agent.DeleteAsync($"/api/v1/changes/{change.Str("id")}/problems/{problem.Str("id")}"))
            .ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal([ticket.Str("code")], linked["tickets"]!.AsArray().Select(t => t!.Str("code")));
        Assert.Equal([$"PRB-{problem.Str("id")}"], change["problems"]!.AsArray().Select(p => p!.Str("code")));
        Assert.Empty(unlinked["problems"]!.AsArray());
        Assert.Contains(change.Str("code"), twice["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["created", "linked", "linked", "unlinked"], unlinked["history"]!.AsArray().Select(e => e!.Str("kind")));
        Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")), e => e.Str("field") == "change");
    }

    [Fact] // A list asked for a view that does not exist, or a link to what cannot be found, is bad input
    public async Task Unknown_views_and_unknown_or_stale_links_are_refused()
    {
        var agent = await app.As("agente2");
        var change = await CreateAsync(agent, "Cambiar el proxy", approvers: []);
        var id = change.Str("id");

        var view = await (await agent.GetAsync("/api/v1/changes?view=mine&state=done")).ReadObjectAsync(HttpStatusCode.BadRequest);
        var noTicket = await (await agent.DeleteAsync($"/api/v1/changes/{id}/tickets/REQ%201999-000001")).ReadObjectAsync(HttpStatusCode.BadRequest);
        var noProblem = await (await agent.DeleteAsync($"/api/v1/changes/{id}/problems/PRB-999999")).ReadObjectAsync(HttpStatusCode.BadRequest);
        var ticket = await _desk.RegisterAsync("usuario1", "El proxy no deja entrar al portal");
        var problem = await (await agent.PostJsonAsync("/api/v1/problems", new { title = "Proxy lento", description = "Por las tardes." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var staleTicket = await Stale(HttpMethod.Delete, $"/api/v1/changes/{id}/tickets/{ticket.Str("id")}");
        var staleProblem = await Stale(HttpMethod.Delete, $"/api/v1/changes/{id}/problems/{problem.Str("id")}");

        Assert.Equal(["state", "view"], view["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.True(noTicket["errors"]!.AsObject().ContainsKey("tickets"));
        Assert.True(noProblem["errors"]!.AsObject().ContainsKey("problems"));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (staleTicket, staleProblem));

        async Task<HttpStatusCode> Stale(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.TryAddWithoutValidation("If-Match", "\"99\"");
            return (await agent.SendAsync(request)).StatusCode;
        }
    }

    [Fact] // Each step answers bad input with 400, a change nobody has with 404, a non-approver with 403, a frozen change with 409
    public async Task Every_step_refuses_bad_input_an_unknown_change_a_stranger_and_a_frozen_change()
    {
        var agent = await app.As("agente2");
        var change = await CreateAsync(agent, "Cambiar el balanceador", approvers: ["agente3"], rule: "any");
        var id = change.Str("id");

        var statuses = new List<(string, HttpStatusCode)>();
        async Task Post(string step, object body, string on = "")
        {
            var response = await agent.PostJsonAsync($"/api/v1/changes/{(on.Length > 0 ? on : id)}/{step}", body);
            statuses.Add((step, response.StatusCode));
        }

        await Post("submit", new { note = "" });
        await Post("submit", new { note = "Al comité." }, on: "RFC 1999-000001");
        await Post("assign", new { note = "Sin grupo." });
        await Post("assign", new { group = "Soporte Técnico", note = "Nadie." }, on: "999999");
        await Post("reschedule", new { plannedStart = "ayer", plannedEnd = "hoy", note = "Otra." });
        await Post("reschedule", new { plannedStart = "2026-04-01T22:00:00-05:00", plannedEnd = "2026-04-02T01:00:00-05:00", note = "Otra." }, on: "999999");
        await Post("tasks", new { title = "", agent = "agente2" });
        await Post("submit", new { note = "Al comité." });
        await Post("approvals", new { note = "Sin decisión." });
        await Post("approvals", new { decision = "approve", note = "No soy aprobador." });
        await (await (await app.As("agente3")).PostJsonAsync($"/api/v1/changes/{id}/approvals", new { decision = "approve", note = "Sí." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        await Post("transition", new { to = "scheduled", note = "Sábado." });
        await Post("transition", new { to = "in-progress", note = "Empieza." });
        await Post("reschedule", new { plannedStart = "2026-04-01T22:00:00-05:00", plannedEnd = "2026-04-02T01:00:00-05:00", note = "Tarde." });

        Assert.Equal([("submit", HttpStatusCode.BadRequest), ("submit", HttpStatusCode.NotFound), ("assign", HttpStatusCode.BadRequest),
            ("assign", HttpStatusCode.NotFound), ("reschedule", HttpStatusCode.BadRequest), ("reschedule", HttpStatusCode.NotFound),
            ("tasks", HttpStatusCode.BadRequest), ("submit", HttpStatusCode.OK), ("approvals", HttpStatusCode.BadRequest),
            ("approvals", HttpStatusCode.Forbidden), ("transition", HttpStatusCode.OK), ("transition", HttpStatusCode.OK),
            ("reschedule", HttpStatusCode.Conflict)], statuses);
    }

    [Fact] // Editing, the team and the links answer as documented: saved, bad input, unknown change, stale or frozen
    public async Task Editing_the_team_and_the_links_answer_saved_bad_input_not_found_and_conflict()
    {
        var agent = await app.As("agente2");
        var change = await CreateAsync(agent, "Renovar el certificado del correo", approvers: ["agente3"], rule: "any");
        var id = change.Str("id");
        var problem = await (await agent.PostJsonAsync("/api/v1/problems", new { title = "Certificados vencidos", description = "x" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.RegisterAsync("usuario1", "Alerta de certificado en el correo");
        var body = new
        {
            title = "Renovar el certificado del correo y del portal",
            description = "Ambos vencen.",
            type = "normal",
            risk = "low",
            implementationPlan = "Instalar.",
            backoutPlan = "Volver al anterior.",
            approvers = new[] { "agente3" },
            approvalRule = "any",
        };

        var answers = new List<(string, HttpStatusCode)>();
        async Task Send(string label, HttpMethod method, string url, object? json, string? ifMatch = null)
        {
            var request = new HttpRequestMessage(method, url) { Content = json is null ? null : System.Net.Http.Json.JsonContent.Create(json) };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            answers.Add((label, (await agent.SendAsync(request)).StatusCode));
        }

        await Send("edit", HttpMethod.Put, $"/api/v1/changes/{id}", body);
        await Send("edit-bad", HttpMethod.Put, $"/api/v1/changes/{id}", new { title = "", description = "x" });
        await Send("edit-unknown", HttpMethod.Put, "/api/v1/changes/999999", body);
        await Send("team-bad", HttpMethod.Put, $"/api/v1/changes/{id}/team", new { agents = new[] { "usuario1" } });
        await Send("team-unknown", HttpMethod.Put, "/api/v1/changes/999999/team", new { agents = new[] { "agente3" } });
        await Send("team-stale", HttpMethod.Put, $"/api/v1/changes/{id}/team", new { agents = new[] { "agente3" } }, "\"99\"");
        await Send("problem", HttpMethod.Put, $"/api/v1/changes/{id}/problems/{problem.Str("id")}", new { });
        await Send("problem-unknown-change", HttpMethod.Put, $"/api/v1/changes/999999/problems/{problem.Str("id")}", new { });
        await Send("problem-stale", HttpMethod.Put, $"/api/v1/changes/{id}/problems/{problem.Str("id")}", new { }, "\"99\"");
        await Send("ticket-unknown-change", HttpMethod.Put, $"/api/v1/changes/999999/tickets/{ticket.Str("id")}", new { });
        await Send("ticket-stale", HttpMethod.Put, $"/api/v1/changes/{id}/tickets/{ticket.Str("id")}", new { }, "\"99\"");
        await Send("transition-unknown", HttpMethod.Post, "/api/v1/changes/999999/transition", new { to = "closed", note = "x" });
        await Send("task-unknown", HttpMethod.Post, "/api/v1/changes/999999/tasks", new { title = "x", agent = "agente2" });
        await Send("submit", HttpMethod.Post, $"/api/v1/changes/{id}/submit", new { note = "Al comité." });
        await (await (await app.As("agente3")).PostJsonAsync($"/api/v1/changes/{id}/approvals", new { decision = "reject", note = "No." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        await Send("close", HttpMethod.Post, $"/api/v1/changes/{id}/transition", new { to = "closed", note = "Rechazado." });
        await Send("team-closed", HttpMethod.Put, $"/api/v1/changes/{id}/team", new { agents = new[] { "agente3" } });
        await Send("task-closed", HttpMethod.Post, $"/api/v1/changes/{id}/tasks", new { title = "Tarde", agent = "agente2" });

        Assert.Equal([("edit", HttpStatusCode.OK), ("edit-bad", HttpStatusCode.BadRequest), ("edit-unknown", HttpStatusCode.NotFound),
            ("team-bad", HttpStatusCode.BadRequest), ("team-unknown", HttpStatusCode.NotFound), ("team-stale", HttpStatusCode.Conflict),
            ("problem", HttpStatusCode.OK), ("problem-unknown-change", HttpStatusCode.NotFound), ("problem-stale", HttpStatusCode.Conflict),
            ("ticket-unknown-change", HttpStatusCode.NotFound), ("ticket-stale", HttpStatusCode.Conflict),
            ("transition-unknown", HttpStatusCode.NotFound), ("task-unknown", HttpStatusCode.NotFound), ("submit", HttpStatusCode.OK),
            ("close", HttpStatusCode.OK), ("team-closed", HttpStatusCode.Conflict), ("task-closed", HttpStatusCode.Conflict)], answers);
    }

    [Fact] // The change's PDF report for the committee's minutes: what it is, its plans, the decisions, what it solves
    public async Task The_report_of_a_change_carries_its_plans_the_committees_decisions_and_what_it_solves()
    {
        var agent = await app.As("agente2");
        var ticket = await _desk.RegisterAsync("usuario1", "La impresora de la sede sur no imprime");
        var change = await CreateAsync(agent, "Reemplazar la impresora de la sede sur", approvers: ["agente3"], rule: "any",
            tickets: [ticket.Str("code")]);
        await Step(agent, change, "submit", new { note = "Al comité." });
        await Step(await app.As("agente3"), change, "approvals", new { decision = "approve", note = "Adelante con la compra." });

        var response = await agent.GetAsync($"/api/v1/changes/{change.Str("id")}/report");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        foreach (var expected in new[] { change.Str("code"), "Aplicar en el nodo pasivo", "Adelante con la compra.", ticket.Str("code"), "Aprobado" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/changes/RFC%201999-000001/report")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("usuario2")).GetAsync($"/api/v1/changes/{change.Str("id")}/report")).StatusCode);
    }

    private static async Task<JsonObject> CreateAsync(HttpClient client, string title, string type = "normal", string rule = "majority",
        IReadOnlyList<string>? approvers = null, object[]? tickets = null, string[]? problems = null, string group = "Soporte Técnico",
        string? responsible = null, string[]? teamAgents = null, string[]? teamGroups = null) =>
        await (await client.PostJsonAsync("/api/v1/changes", new
        {
            title,
            description = $"{title}: descripción.",
            reason = "Boletín de seguridad del fabricante.",
            type,
            risk = "medium",
            plannedStart = "2026-03-07T22:00:00-05:00",
            plannedEnd = "2026-03-08T02:00:00-05:00",
            implementationPlan = "Aplicar en el nodo pasivo y conmutar.",
            backoutPlan = "Volver al nodo sin cambios.",
            group,
            agent = responsible,
            team = new { agents = teamAgents ?? [], groups = teamGroups ?? [] },
            approvers = approvers ?? ["agente3", "supervisor1", "agente1"],
            approvalRule = rule,
            tickets = tickets ?? [],
            problems = problems ?? [],
        })).ReadObjectAsync(HttpStatusCode.Created);

    private static async Task<JsonObject> Step(HttpClient client, JsonObject change, string step, object body) =>
        await (await client.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/{step}", body)).ReadObjectAsync(HttpStatusCode.OK);

    private static async Task<JsonArray> ListAsync(HttpClient client, string view, string query = "") =>
        (await (await client.GetAsync($"/api/v1/changes?view={view}&{query}")).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray();

    private static async Task<int> TotalAsync(HttpClient client, string view, string? state = null) =>
        (await (await client.GetAsync($"/api/v1/changes?view={view}" + (state is null ? "" : $"&state={state}")))
            .ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
}

public sealed class ChangesOnSqlite(SqliteApp app) : ChangeTests(app), IClassFixture<SqliteApp>;

public sealed class ChangesOnPostgres(PostgresApp app) : ChangeTests(app), IClassFixture<PostgresApp>;
