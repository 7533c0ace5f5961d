using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §3 "optimización de los tiempos de respuesta", §14.3: each action may say the minutes it took; the ticket shows
/// the total, a service may require them, and the workload report counts them.
/// </summary>
public abstract class TimeSpentTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task The_minutes_of_the_actions_add_up_on_the_ticket_and_in_the_workload_report()
    {
        var before = await SpentByAgente1Async();
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var path = $"/api/v1/tickets/{ticket.Str("id")}/actions";

        var first = await (await agent.PostJsonAsync(path, new { kind = "first-response", text = "Voy al piso 3.", minutesSpent = 30 }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync(path, new { kind = "note", text = "Se cambió el tóner.", minutesSpent = 15 }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync(path, new { kind = "note", text = "Queda en observación." })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(30, first["minutesSpent"]!.GetValue<int>());
        Assert.Equal(45, (await _desk.GetAsync(ticket.Str("id")))["minutesSpent"]!.GetValue<int>());
        Assert.Equal([30, 15, null], (await _desk.ActionsAsync(ticket)).Select(a => a!["minutesSpent"]?.GetValue<int?>()));
        // The time of the desk's work is the staff's own account: a requester does not read it on the actions.
        Assert.All(await _desk.ActionsAsync(ticket, "usuario1"), a => Assert.Null(a!["minutesSpent"]));
        Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")),
            e => e.Str("field") == "minutesSpent" && e.Str("oldValue") == "30" && e.Str("newValue") == "45");
        Assert.Equal(before + 45, await SpentByAgente1Async());
    }

    [Fact]
    public async Task Minutes_out_of_range_are_bad_input_and_change_nothing()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        foreach (var minutes in new[] { 0, -5, 1441 })
        {
            var problem = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
                new { kind = "note", text = "Revisión.", minutesSpent = minutes })).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.Contains("entre 1 y 1440", problem["errors"]!["minutesSpent"]![0]!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(ticket.Str("version"), (await _desk.GetAsync(ticket.Str("id"))).Str("version"));
    }

    [Fact]
    public async Task A_service_that_requires_the_time_refuses_an_action_without_it()
    {
        var admin = await app.As("admin");
        var service = await (await admin.PostJsonAsync("/api/v1/admin/services",
            new { name = "Gestión documental", requiresTimeSpent = true })).ReadObjectAsync(HttpStatusCode.Created);
        Assert.True(service["requiresTimeSpent"]!.GetValue<bool>());
        var ticket = await (await (await app.As("usuario1")).PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "Acceso al archivo central",
            description = "Necesito consultar expedientes.",
            service = "Gestión documental",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "La atiendo." })).ReadObjectAsync(HttpStatusCode.OK);

        var refused = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "note", text = "Se revisan los permisos." })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var accepted = await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "note", text = "Se revisan los permisos.", minutesSpent = 10 });

        Assert.Contains("Gestión documental", refused["errors"]!["minutesSpent"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        // A PUT that does not say keeps the service's choice.
        var kept = await (await admin.PutJsonAsync($"/api/v1/admin/services/{service.Str("id")}", new { name = "Gestión documental" }))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.True(kept["requiresTimeSpent"]!.GetValue<bool>());
    }

    private async Task<long> SpentByAgente1Async()
    {
        var report = await (await (await app.As("supervisor1")).GetAsync("/api/v1/reports/workload?from=2026-01-01&to=2026-12-31"))
            .ReadObjectAsync(HttpStatusCode.OK);
        var row = report["rows"]!.AsArray().SingleOrDefault(r => r.Str("key") == "agente1");
        return row?["minutesSpent"]?.GetValue<long>() ?? 0;
    }
}

public sealed class TimeSpentOnSqlite(SqliteApp app) : TimeSpentTests(app), IClassFixture<SqliteApp>;

public sealed class TimeSpentOnPostgres(PostgresApp app) : TimeSpentTests(app), IClassFixture<PostgresApp>;
