using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Tasks;

/// <summary>
/// Guía §11 "Mis tareas" through the API: tasks on tickets, problems and changes, for an agent or a
/// group, worked in order; the lists for me and for my groups; a record with open tasks is not closed.
/// </summary>
public abstract class TaskTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_ticket_with_an_open_task_is_not_solved_until_the_task_is_done()
    {
        var agent = await app.As("agente1");
        var ticket = await _desk.AssignedAsync();
        var task = await AddAsync(agent, "tickets", ticket.Str("id"), new { title = "Cambiar el tóner", agent = "agente2", group = "Soporte Técnico" });

        var refused = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "solution", text = "Listo." })).ReadObjectAsync(HttpStatusCode.Conflict);
        var mine = await ListAsync(await app.As("agente2"), "assigned-to-me");
        var groups = await ListAsync(await app.As("agente3"), "my-groups");
        var done = await Step(await app.As("agente2"), task, "complete", new { });
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions", new { kind = "solution", text = "Listo." }))
            .ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(("task", "open", ticket.Str("code")), (task.Str("kind"), task.Str("state"), task.Str("parent.code")));
        Assert.Contains("Cambiar el tóner", refused.Str("detail"), StringComparison.Ordinal);
        Assert.Contains(mine, t => t!.Str("id") == task.Str("id"));
        Assert.Contains(groups, t => t!.Str("id") == task.Str("id"));
        Assert.Equal("done", done.Str("state"));
        Assert.Equal("resolved", (await _desk.GetAsync(ticket.Str("id")))["state"]!.ToString());
        var added = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/tasks", new { title = "Otra", agent = "agente1" }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Contains(ticket.Str("code"), added.Str("detail"), StringComparison.Ordinal);
    }

    [Fact] // A change's plan: its activities in order, each waiting for the one before it; a milestone for nobody
    public async Task A_changes_activities_wait_for_each_other_and_a_problem_with_open_tasks_does_not_close()
    {
        var agent = await app.As("agente2");
        var change = await (await agent.PostJsonAsync("/api/v1/changes", new
        {
            title = "Renovar el certificado del portal",
            description = "Vence el 15.",
            type = "standard",
            risk = "low",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var backup = await AddAsync(agent, "changes", change.Str("code"), new { title = "Copia del certificado", kind = "activity", agent = "agente2" });
        var install = await AddAsync(agent, "changes", change.Str("id"),
            new { title = "Instalar el certificado nuevo", kind = "activity", group = "Soporte Técnico", after = new[] { backup["id"]!.GetValue<long>() } });
        var milestone = await AddAsync(agent, "changes", change.Str("id"), new { title = "Portal con el certificado nuevo", kind = "milestone", dueAt = "2026-03-15T08:00:00-05:00" });

        var early = await (await agent.PostJsonAsync($"/api/v1/tasks/{install.Str("id")}/start", new { })).ReadObjectAsync(HttpStatusCode.Conflict);
        await Step(agent, backup, "complete", new { });
        var started = await Step(agent, install, "start", new { });
        var plan = await (await agent.GetAsync($"/api/v1/changes/{change.Str("id")}/tasks")).ReadArrayAsync();

        Assert.Contains("Copia del certificado", early.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("in-progress", started.Str("state"));
        Assert.Equal(["Copia del certificado", "Instalar el certificado nuevo", "Portal con el certificado nuevo"], plan.Select(t => t!.Str("title")));
        Assert.Equal(("milestone", DateTimeOffset.Parse("2026-03-15T13:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            (milestone.Str("kind"), milestone["dueAt"]!.GetValue<DateTimeOffset>()));

        var problem = await (await agent.PostJsonAsync("/api/v1/problems", new { title = "Certificados sin control", description = "Vencen sin aviso." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await AddAsync(agent, "problems", problem.Str("id"), new { title = "Inventario de certificados", agent = "agente2" });
        var refused = await (await agent.PostJsonAsync($"/api/v1/problems/{problem.Str("id")}/resolve", new { solution = "Se controla." }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Contains("Inventario de certificados", refused.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_its_field_and_the_panel_counts_my_tasks()
    {
        var agent = await app.As("agente3");
        var ticket = await _desk.AssignedAsync("Soporte Técnico", "agente3");

        var bad = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/tasks", new { title = "", kind = "chore", dueAt = "mañana" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var nobody = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/tasks", new { title = "Sin responsable" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var requester = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/tasks", new { title = "Para el usuario", agent = "usuario1" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var missing = (await agent.PostJsonAsync("/api/v1/problems/999999/tasks", new { title = "Nada", agent = "agente3" })).StatusCode;
        var forbidden = (await (await app.As("usuario1")).GetAsync("/api/v1/tasks")).StatusCode;
        var before = await (await agent.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);
        await AddAsync(agent, "tickets", ticket.Str("id"), new { title = "Revisar el cableado", agent = "agente3" });
        await AddAsync(agent, "tickets", ticket.Str("id"), new { title = "Revisar el switch", group = "Soporte Técnico", agent = "agente3" });
        await AddAsync(agent, "tickets", ticket.Str("id"), new { title = "Cambiar el patch cord", group = "Soporte Técnico" });
        var after = await (await agent.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);
        var list = await (await agent.GetAsync("/api/v1/tasks?view=assigned-to-me&state=open")).ReadObjectAsync(HttpStatusCode.OK);
        var groups = await (await agent.GetAsync("/api/v1/tasks?view=my-groups&state=open")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(["dueAt", "kind", "title"], bad["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.True(nobody["errors"]!.AsObject().ContainsKey("agent"));
        Assert.True(requester["errors"]!.AsObject().ContainsKey("agent"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (missing, forbidden));
        Assert.Equal(before["tasks"]!["assignedToMe"]!["open"]!.GetValue<int>() + 2, after["tasks"]!["assignedToMe"]!["open"]!.GetValue<int>());
        Assert.Equal(after["tasks"]!["assignedToMe"]!["open"]!.GetValue<int>(), list["total"]!.GetValue<int>());
        // A task of my group that is also mine counts in both views, each as its list shows it.
        Assert.Equal(before["tasks"]!["myGroups"]!["open"]!.GetValue<int>() + 2, after["tasks"]!["myGroups"]!["open"]!.GetValue<int>());
        Assert.Equal(after["tasks"]!["myGroups"]!["open"]!.GetValue<int>(), groups["total"]!.GetValue<int>());
    }

    [Fact] // The tasks of a record that does not exist, or a task that does not, are not found
    public async Task Tasks_of_unknown_records_and_unknown_tasks_are_not_found()
    {
        var agent = await app.As("agente1");

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/api/v1/tickets/REQ%201999-000001/tasks", "/api/v1/problems/PRB-999999/tasks",
                     "/api/v1/changes/RFC%201999-000001/tasks", "/api/v1/tasks/999999" })
            statuses.Add((await agent.GetAsync(url)).StatusCode);
        var view = await (await agent.GetAsync("/api/v1/tasks?view=everyone&kind=chore")).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(["kind", "view"], view["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact] // Each step of a task answers as documented: done, bad input or a bad version, an unknown task
    public async Task Every_step_of_a_task_answers_done_bad_input_and_not_found()
    {
        var agent = await app.As("agente2");
        var problem = await (await agent.PostJsonAsync("/api/v1/problems", new { title = "Lentitud del ERP", description = "x" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var task = await AddAsync(agent, "problems", problem.Str("id"), new { title = "Medir la base de datos", agent = "agente2" });
        var id = task.Str("id");

        var answers = new List<(string, HttpStatusCode)>();
        async Task Post(string label, string url, object body, string? ifMatch = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            answers.Add((label, (await agent.SendAsync(request)).StatusCode));
        }

        await Post("add-bad", $"/api/v1/problems/{problem.Str("id")}/tasks", new { title = "" });
        await Post("add-unknown", "/api/v1/tickets/REQ%201999-000001/tasks", new { title = "x", agent = "agente2" });
        foreach (var step in new[] { "start", "complete", "cancel", "reassign" })
        {
            await Post($"{step}-bad-version", $"/api/v1/tasks/{id}/{step}", new { note = "x", group = "Soporte Técnico" }, "versión");
            await Post($"{step}-unknown", $"/api/v1/tasks/999999/{step}", new { note = "x", group = "Soporte Técnico" });
        }

        await Post("reassign", $"/api/v1/tasks/{id}/reassign", new { group = "Soporte Técnico", note = "Es del grupo." });
        await Post("reassign-bad", $"/api/v1/tasks/{id}/reassign", new { group = "Soporte Técnico", agent = "usuario1", note = "x" });
        await Post("cancel-bad", $"/api/v1/tasks/{id}/cancel", new { note = "" });

        Assert.Equal([("add-bad", HttpStatusCode.BadRequest), ("add-unknown", HttpStatusCode.NotFound),
            ("start-bad-version", HttpStatusCode.BadRequest), ("start-unknown", HttpStatusCode.NotFound),
            ("complete-bad-version", HttpStatusCode.BadRequest), ("complete-unknown", HttpStatusCode.NotFound),
            ("cancel-bad-version", HttpStatusCode.BadRequest), ("cancel-unknown", HttpStatusCode.NotFound),
            ("reassign-bad-version", HttpStatusCode.BadRequest), ("reassign-unknown", HttpStatusCode.NotFound),
            ("reassign", HttpStatusCode.OK), ("reassign-bad", HttpStatusCode.BadRequest), ("cancel-bad", HttpStatusCode.BadRequest)], answers);
    }

    private static async Task<JsonObject> AddAsync(HttpClient client, string records, string id, object body) =>
        await (await client.PostJsonAsync($"/api/v1/{records}/{Uri.EscapeDataString(id)}/tasks", body)).ReadObjectAsync(HttpStatusCode.Created);

    private static async Task<JsonObject> Step(HttpClient client, JsonObject task, string step, object body) =>
        await (await client.PostJsonAsync($"/api/v1/tasks/{task.Str("id")}/{step}", body)).ReadObjectAsync(HttpStatusCode.OK);

    private static async Task<JsonArray> ListAsync(HttpClient client, string view) =>
        (await (await client.GetAsync($"/api/v1/tasks?view={view}")).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray();
}

public sealed class TasksOnSqlite(SqliteApp app) : TaskTests(app), IClassFixture<SqliteApp>;

public sealed class TasksOnPostgres(PostgresApp app) : TaskTests(app), IClassFixture<PostgresApp>;
