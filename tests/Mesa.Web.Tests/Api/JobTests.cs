using System.Net;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Api;

/// <summary>The automatic assignment (Guía §7) and the automatic closure (Guía §10).</summary>
public abstract class JobTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private Task<int> RunAsync(string job) => _desk.RunJobAsync(job);

    [Fact] // A ticket no rule places stays Nueva and shows on the supervisors' panel with the reason
    public async Task A_ticket_no_rule_places_stays_new_and_shows_on_the_supervisors_panel()
    {
        await SetRulesActiveAsync(false);
        try
        {
            var ticket = await _desk.RegisterAsync("usuario2", "Nadie sabe a quién le toca");

            await RunAsync("auto-assign");

            var still = await _desk.GetAsync(ticket.Str("id"));
            Assert.Equal("new", still.Str("state"));
            Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")), e => e.Str("kind") == "unplaced");
            using var supervisor = app.Browser();
            await supervisor.SignInAsync("supervisor1");
            var panel = await supervisor.GetStringAsync("/agent");
            Assert.Contains(ticket.Str("code"), panel, StringComparison.Ordinal);
            Assert.Contains("Ninguna regla de asignación corresponde a su tipo, servicio y categoría.", panel, StringComparison.Ordinal);
            using var agent = app.Browser();
            await agent.SignInAsync("agente2");
            Assert.DoesNotContain(ticket.Str("code"), await agent.GetStringAsync("/agent"), StringComparison.Ordinal);
        }
        finally
        {
            await SetRulesActiveAsync(true);
        }

        await RunAsync("auto-assign"); // placed now, and gone from the panel
    }

    /// <summary>Switches every assignment rule on or off in the database (there is no page for it yet).</summary>
    private async Task SetRulesActiveAsync(bool active)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Mesa.Core.Data.MesaDbContext>();
        await db.AssignmentRules.ExecuteUpdateAsync(r => r.SetProperty(x => x.Active, active));
    }

    [Fact] // Guía §7: Nueva → proceso automático → Asignada, signed by "Escalado Automático", agent notified
    public async Task The_sweep_assigns_new_tickets_by_the_rules()
    {
        var ticket = await _desk.RegisterAsync();

        Assert.True(await RunAsync("auto-assign") >= 1);

        var assigned = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("assigned", "Mesa de Servicio", "agente1"), (assigned.Str("state"), assigned.Str("group"), assigned.Str("agent")));
        var last = (await _desk.HistoryAsync(ticket.Str("id"))).Last(e => e.Str("kind") == "assigned");
        Assert.Equal("escalado.automatico", last.Str("actor"));
        Assert.Equal(0, await RunAsync("auto-assign"));
    }

    [Fact] // Guía §13: a revoked ticket waits for its agent to reject it before the sweep takes it again
    public async Task A_just_revoked_ticket_is_left_for_rejection()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/revoke", new { note = "Debe rechazarse." }))
            .ReadObjectAsync(HttpStatusCode.OK);

        await RunAsync("auto-assign");

        Assert.Equal("new", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await RunAsync("auto-assign");
        Assert.Equal("assigned", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
    }

    [Fact] // Guía §10: "automáticamente después del tiempo definido por la administración"
    public async Task An_unconfirmed_solution_is_closed_automatically_after_the_configured_days()
    {
        var ticket = await _desk.ResolvedAsync();

        await RunAsync("auto-close");
        Assert.Equal("resolved", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));

        app.Clock.Advance(TimeSpan.FromDays(6));
        Assert.True(await RunAsync("auto-close") >= 1);
        var closed = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("closed", "automatic"), (closed.Str("state"), closed.Str("closure.result")));
    }

    [Fact] // Guía §12: a new category re-applies the rules and the recipient may change
    public async Task Reclassifying_an_assigned_ticket_escalates_it_by_the_rules()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/assignment-rules", new
        {
            name = "Periféricos a Soporte Técnico",
            group = "Soporte Técnico",
            service = "Soporte Técnico",
            category = "/Hardware/Periféricos",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");

        var moved = await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new { category = "/Hardware/Periféricos" }))
            .ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("/Hardware/Periféricos", "Soporte Técnico"), (moved.Str("category"), moved.Str("group")));
        var escalation = (await _desk.HistoryAsync(ticket.Str("id"))).Last(e => e.Str("kind") == "assigned");
        Assert.Equal("escalado.automatico", escalation.Str("actor"));

        // The guide's advice: the explicit group and agent, chosen last, win.
        var chosen = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Lo atiendo en primera línea." })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Mesa de Servicio", chosen.Str("group"));
    }

    [Fact] // An agent away gets no new tickets; the supervisor sees who is away
    public async Task An_absent_agent_gets_no_new_tickets()
    {
        var supervisor = await app.As("supervisor1");
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var away = await (await supervisor.PostJsonAsync("/api/v1/absences",
            new { userName = "agente1", from = today, to = today, reason = "Vacaciones" })).ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.RegisterAsync();

        await RunAsync("auto-assign");

        var assigned = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("assigned", "Mesa de Servicio"), (assigned.Str("state"), assigned.Str("group")));
        Assert.NotEqual("agente1", assigned.Str("agent"));
        var list = await (await supervisor.GetAsync("/api/v1/absences")).ReadArrayAsync();
        Assert.Contains(list, a => a.Str("userName") == "agente1");
        var agent3 = await app.As("agente3");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent3.DeleteAsync($"/api/v1/absences/{away["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.DeleteAsync($"/api/v1/absences/{away["id"]}")).StatusCode);
    }

    [Fact] // Rules and modes by the admin API
    public async Task An_admin_adds_a_rule_for_a_category_and_the_sweep_follows_it()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/assignment-rules", new
        {
            name = "Redes a Soporte Técnico",
            group = "Soporte Técnico",
            service = "Soporte Técnico",
            category = "/Redes",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var mode = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/groups/{Uri.EscapeDataString("Soporte Técnico")}/mode")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { mode = "group-only" }),
        });
        Assert.Equal(HttpStatusCode.NoContent, mode.StatusCode);
        var user = await app.As("usuario2");
        var ticket = await (await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "VPN caída",
            description = "No conecta.",
            service = "Soporte Técnico",
            category = "/Redes/VPN",
        })).ReadObjectAsync(HttpStatusCode.Created);

        await RunAsync("auto-assign");

        var assigned = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("assigned", "Soporte Técnico"), (assigned.Str("state"), assigned.Str("group")));
        Assert.Null(assigned["agent"]);
    }
}

public sealed class JobsOnSqlite(SqliteApp app) : JobTests(app), IClassFixture<SqliteApp>;

public sealed class JobsOnPostgres(PostgresApp app) : JobTests(app), IClassFixture<PostgresApp>;
