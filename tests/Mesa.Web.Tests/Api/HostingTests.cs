using System.Net;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Api;

/// <summary>Start-up: health, the demo set, and the schema created at start.</summary>
public abstract class HostingTests(MesaApp app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact] // Liveness answers without asking the database; /health is the readiness
    public async Task Liveness_answers_on_its_own_address()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact] // OpenTelemetry metrics for Prometheus — requests, job runs, outbox depth, SLA breaches — for admins only
    public async Task Metrics_are_exposed_for_prometheus()
    {
        var admin = await app.As("admin");
        // The ANS check only reads here (the clock has not moved): it changes nothing the other tests look at.
        (await admin.PostAsync("/api/v1/admin/jobs/sla-check/run", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("agente1")).GetAsync("/metrics")).StatusCode);
        var text = await admin.GetStringAsync("/metrics");

        Assert.Contains("mesa_job_runs_total{", text);
        Assert.Matches("""mesa_job_runs_total\{[^}]*job="sla-check"[^}]*outcome="done"[^}]*\} [1-9]""", text);
        Assert.Matches("""mesa_outbox_pending(_mail)?(\{[^}]*\})? \d+""", text);
        Assert.Matches("""mesa_sla_breached_open_tickets(_ticket)?\{[^}]*target="resolution"[^}]*\} \d+""", text);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        Assert.Contains("dotnet_process_memory_working_set_bytes", text);
    }

    [Fact] // The demo people, groups, catalogue and substates
    public async Task The_demo_set_is_there()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();

        var users = await db.Users.Where(u => !u.IsSystem).Select(u => u.UserName).OrderBy(n => n).ToListAsync();
        Assert.Equal(["admin", "agente1", "agente2", "agente3", "supervisor1", "usuario1", "usuario2"], users);
        // The guide's fifteen (§10) and the approval flow's own "Pendiente de aprobación" (§14.2).
        Assert.Equal(16, await db.Substates.CountAsync());
        Assert.Equal(15, await db.Substates.CountAsync(s => s.Code != Mesa.Core.Tickets.Substates.PendingApproval));
        Assert.Equal(["Mesa de Servicio", "Soporte Técnico"], await db.Groups.Select(g => g.Name).OrderBy(n => n).ToListAsync());
        Assert.True(await db.Categories.AnyAsync(c => c.Path.StartsWith("/Sistemas de Información Misionales")));
        Assert.True(await db.Categories.AnyAsync(c => c.Path.StartsWith("/Redes")));
        var states = await db.Tickets.Select(t => t.State).Distinct().CountAsync();
        Assert.Equal(5, states);
    }

    [Fact] // "never touches a database that has data"
    public async Task The_demo_set_is_not_created_twice()
    {
        using var scope = app.Services.CreateScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();

        Assert.False(await demo.CreateIfEmptyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_api_paths_answer_problem_details()
    {
        var client = await app.As("agente1");

        var response = await client.GetAsync("/api/v1/no-existe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class HostingOnSqlite(SqliteApp app) : HostingTests(app), IClassFixture<SqliteApp>;

public sealed class HostingOnPostgres(PostgresApp app) : HostingTests(app), IClassFixture<PostgresApp>;
