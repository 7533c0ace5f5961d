using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Tests.Common;
using Mesa.Web.Tests.Support;
using Npgsql;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Two Mesa processes on one PostgreSQL. Each scheduled job runs once per interval across both, and
/// no ticket is ever assigned twice, even while both sweep and admins run the job by hand on both at once.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const int Tickets = 240;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly string _database = $"mesa_test_{Guid.NewGuid():N}";
    private MesaProcess? _first;
    private MesaProcess? _second;

    private Dictionary<string, string> Settings => new()
    {
        ["Mesa__Database__Provider"] = "postgres",
        ["Mesa__Database__ConnectionString"] = TestPostgres.ConnectionString(_database, maxPoolSize: 40),
        ["Mesa__Demo"] = "true",
        ["Mesa__Jobs__AutoAssignMinutes"] = (Interval.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public async Task InitializeAsync()
    {
        await TestPostgres.CreateAsync(_database);
        // The first one migrates the schema and makes the demo set; the second finds them done.
        _first = await MesaProcess.StartAsync(Settings);
        _second = await MesaProcess.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        if (_first is not null) await _first.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
        await TestPostgres.DropAsync(_database);
    }

    [Fact] // The headers of a real Kestrel, not the test server: no name of the server software, the page policy
    public async Task A_real_server_names_no_server_software_and_sends_the_page_policy()
    {
        using var client = _first!.Client();
        var page = await client.GetAsync("/account/sign-in");
        var redirect = await client.GetAsync("/agent");

        Assert.Empty(page.Headers.Server);
        Assert.Empty(redirect.Headers.Server);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Two_instances_assign_every_ticket_exactly_once_and_run_the_sweep_once_per_interval()
    {
        var user = await TokenAsync(_first!, "usuario1");
        var admin = await TokenAsync(_second!, "admin");
        var instances = new[] { _first!, _second! };

        // Tickets arrive through both instances while both schedulers sweep and an admin runs the job on both.
        var creating = Enumerable.Range(0, Tickets).Select(async i =>
        {
            using var client = instances[i % 2].Client(user);
            var response = await client.PostAsJsonAsync("/api/v1/tickets", new
            {
                type = "incident",
                title = $"Equipo {i} no enciende",
                description = "Sin luz en el botón.",
                service = "Soporte Técnico",
                category = "/Hardware/Equipo de cómputo",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });
        var manualRuns = Enumerable.Range(0, 6).Select(async i =>
        {
            await Task.Delay(i * 300);
            using var client = instances[i % 2].Client(admin);
            (await client.PostAsync("/api/v1/admin/jobs/auto-assign/run", null)).EnsureSuccessStatusCode();
        });
        await Task.WhenAll(creating.Concat(manualRuns));

        await WaitUntilNoneNewAsync(admin);

        await using var db = new NpgsqlConnection(TestPostgres.ConnectionString(_database));
        await db.OpenAsync();
        var assignedTwice = await ScalarAsync(db, """
            SELECT count(*) FROM (SELECT e."TicketId" FROM ticket_events e JOIN tickets t ON t."Id" = e."TicketId"
                                  WHERE e."Kind" = 'Assigned' AND t."Title" LIKE 'Equipo % no enciende'
                                  GROUP BY e."TicketId" HAVING count(*) > 1) twice
            """);
        var assigned = await ScalarAsync(db, """
            SELECT count(*) FROM tickets WHERE "State" = 'Assigned' AND "Title" LIKE 'Equipo % no enciende'
            """);
        Assert.Equal(0, assignedTwice);
        Assert.Equal(Tickets, assigned);

        // Scheduled runs: never two within one interval (a tenth forgiven), never two at the same time.
        var runs = await RunsAsync(db);
        Assert.True(runs.Count >= 2, $"Expected several scheduled runs, found {runs.Count}.");
        foreach (var (previous, next) in runs.Zip(runs.Skip(1)))
        {
            Assert.True(next.Start - previous.Start >= Interval * 0.9,
                $"Two scheduled runs {next.Start - previous.Start} apart ({previous.Instance}, {next.Instance}).");
            Assert.True(next.Start >= previous.End, "Two runs overlapped.");
        }

        // Which instance runs an interval is whichever timer fires first: often always the same one, by design.
    }

    private async Task WaitUntilNoneNewAsync(string admin)
    {
        using var client = _first!.Client(admin);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/tickets?view=all-open&state=new&pageSize=1");
            if ((int)page!["total"]! == 0) return;
            Assert.True(DateTime.UtcNow < deadline, $"Tickets still new after a minute.\n{_first.Output}\n{_second!.Output}");
            await Task.Delay(500);
        }
    }

    /// <summary>Waits for a few more scheduled runs, so that both instances had their turn, then reads them.</summary>
    private static async Task<List<(DateTime Start, DateTime End, string Instance)>> RunsAsync(NpgsqlConnection db)
    {
        await Task.Delay(Interval * 4);
        await using var command = new NpgsqlCommand("""
            SELECT "StartedAt", "FinishedAt", "Instance" FROM job_runs
            WHERE "Job" = 'auto-assign' AND "Scheduled" AND "FinishedAt" IS NOT NULL ORDER BY "StartedAt"
            """, db);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(DateTime, DateTime, string)>();
        while (await reader.ReadAsync()) runs.Add((reader.GetDateTime(0), reader.GetDateTime(1), reader.GetString(2)));
        return runs;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> TokenAsync(MesaProcess mesa, string userName)
    {
        using var client = mesa.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{MesaApp.Password}")));
        var response = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "dos instancias" });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }
}
