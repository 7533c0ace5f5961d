using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mesa.Tests.Common;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Two Mesa processes behind nginx (round robin) on one PostgreSQL and one data folder, as
/// docs/deployment.md sets them up. A signed-in person keeps working whichever instance answers (the data-protection
/// keys are in the database), a file uploaded through one is downloaded from the other, and a burst of requests
/// through the balancer loses none.
/// </summary>
public sealed partial class BalancerTests(BalancerSetup setup) : IClassFixture<BalancerSetup>
{
    private readonly MesaProcess _first = setup.First;
    private readonly MesaProcess _second = setup.Second;
    private readonly Nginx _nginx = setup.Nginx;

    [Fact] // The sign-in cookie and the forms' antiforgery tokens made by one instance are accepted by the other
    public async Task A_person_signed_in_through_one_instance_keeps_working_on_the_other()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _nginx.BaseAddress,
        };
        var form = await browser.GetStringAsync("/account/sign-in");
        var signedIn = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "agente1",
            ["Input.Password"] = MesaApp.Password,
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++) pages.Add((await browser.GetAsync("/agent")).StatusCode);

        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(2, _nginx.Upstreams.Where(u => u.StartsWith("127.0.0.1:", StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact] // A file uploaded through the balancer is in the shared data folder: both instances serve it
    public async Task A_file_uploaded_through_one_instance_downloads_from_both()
    {
        using var api = Api(_nginx.BaseAddress);
        var ticket = await (await api.PostAsJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "Pantallazo del error",
            description = "Adjunto la captura.",
            requester = "usuario1",
        })).ReadObjectAsync(HttpStatusCode.Created);
        using var form = Desk.FileForm("captura.txt", "Error 0x0000007B al iniciar");
        var file = await (await api.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments", form)).ReadObjectAsync(HttpStatusCode.Created);

        foreach (var instance in new[] { _first.BaseAddress, _second.BaseAddress })
        {
            using var direct = Api(instance);
            var bytes = await direct.GetByteArrayAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments/{file.Str("id")}");
            Assert.Equal("Error 0x0000007B al iniciar", Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact] // A burst through nginx: every request answered, every ticket registered once, both instances at work
    public async Task A_burst_through_the_balancer_loses_no_request()
    {
        // A personal token, as an integration would use: Basic would spend the burst hashing the password.
        using var api = Api(_nginx.BaseAddress, await TokenAsync(_nginx.BaseAddress));
        const int creations = 200;
        const int reads = 800;
        var before = (await (await api.GetAsync("/api/v1/tickets?view=all-open&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK)).Str("total");

        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(Enumerable.Range(0, creations + reads), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) =>
            {
                var response = i < creations
                    ? await api.PostAsJsonAsync("/api/v1/tickets", new
                    {
                        type = "request",
                        title = $"Solicitud en ráfaga {i}",
                        description = "Carga por el balanceador.",
                        requester = "usuario2",
                    }, ct)
                    : await api.GetAsync("/api/v1/tickets?view=all-open&pageSize=50&sort=due-date", ct);
                statuses.Add(response.StatusCode);
            });

        Assert.Equal(creations, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(reads, statuses.Count(s => s == HttpStatusCode.OK));
        var after = await (await api.GetAsync("/api/v1/tickets?view=all-open&q=r%C3%A1faga&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(creations.ToString(System.Globalization.CultureInfo.InvariantCulture), after.Str("total"));
        Assert.Equal(int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) + creations,
            int.Parse((await (await api.GetAsync("/api/v1/tickets?view=all-open&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK)).Str("total"),
                System.Globalization.CultureInfo.InvariantCulture));
        var served = _nginx.Upstreams.GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, served.Count);
        Assert.All(served.Values, count => Assert.True(count > creations / 4, $"one instance served only {count} requests"));
    }

    private static HttpClient Api(Uri address, string? token = null)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = token is null
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"agente1:{MesaApp.Password}")))
            : new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(Uri address)
    {
        using var client = Api(address);
        var response = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "ráfaga" });
        return (await response.ReadObjectAsync(HttpStatusCode.Created)).Str("token");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

/// <summary>Two Mesa processes on one new database and one data folder, nginx in front: started once for the class.</summary>
public sealed class BalancerSetup : IAsyncLifetime
{
    private readonly string _database = $"mesa_test_{Guid.NewGuid():N}";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "mesa-tests", "shared-" + Guid.NewGuid().ToString("N"));

    public MesaProcess First { get; private set; } = null!;

    public MesaProcess Second { get; private set; } = null!;

    public Nginx Nginx { get; private set; } = null!;

    private Dictionary<string, string> Settings => new()
    {
        ["Mesa__Database__Provider"] = "postgres",
        ["Mesa__Database__ConnectionString"] = TestPostgres.ConnectionString(_database, maxPoolSize: 40),
        ["Mesa__Demo"] = "true",
        ["Mesa__DataDir"] = _dataDir,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        await TestPostgres.CreateAsync(_database);
        First = await MesaProcess.StartAsync(Settings);
        Second = await MesaProcess.StartAsync(Settings);
        Nginx = await Nginx.StartAsync([First.BaseAddress, Second.BaseAddress]);
    }

    public async Task DisposeAsync()
    {
        if (Nginx is not null) await Nginx.DisposeAsync();
        if (Second is not null) await Second.DisposeAsync();
        if (First is not null) await First.DisposeAsync();
        await TestPostgres.DropAsync(_database);
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-folder cleaning.
        }
    }
}
