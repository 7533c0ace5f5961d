using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests.Support;

/// <summary>
/// Mesa listening on a real loopback port (Kestrel, the demo set, SQLite or PostgreSQL) and a headless Debian Chromium
/// driven by Playwright. One per test class; each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public abstract class MesaServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Mesa-Demo-2025";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private protected readonly string DataDir = Path.Combine(Path.GetTempPath(), "mesa-e2e", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public abstract string Provider { get; }

    /// <summary>The host name pages are asked by (a service principal names one: HTTP/localhost).</summary>
    protected virtual string HostName => "127.0.0.1";

    /// <summary>What a kind of server adds to the demo's settings (a directory, a keytab).</summary>
    protected virtual IReadOnlyDictionary<string, string> MoreSettings { get; } = new Dictionary<string, string>();

    /// <summary>The schema and demo set, made once per run on the real clock (the journeys run on it) and copied per server.</summary>
    private protected static DatabaseTemplates Templates { get; } = new(null);

    /// <summary>A real SMTP server on loopback that keeps what Mesa sends, for journeys that go through e-mail.</summary>
    public Mesa.Web.Tests.Support.SmtpCatcher Smtp { get; } = new();

    protected abstract string ConnectionString { get; }

    public virtual async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = $"http://{HostName}:{new Uri(addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)).Port}";
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchBrowserAsync();
    }

    /// <summary>Chromium's executable: Debian's, unless MESA_CHROMIUM names another.</summary>
    private static string Chromium()
    {
        var chromium = Environment.GetEnvironmentVariable("MESA_CHROMIUM") ?? "/usr/bin/chromium";
        return File.Exists(chromium)
            ? chromium
            : throw new InvalidOperationException($"Chromium not found at {chromium}: install Debian's chromium (./test.sh does).");
    }

    private async Task<IBrowser> LaunchBrowserAsync() =>
        await _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = ChromiumArgs,
        });

    /// <summary>
    /// A Chromium with a profile of its own on disk, as a person's browser at their desk is, with more switches and
    /// environment variables (a Kerberos ticket cache): Chromium offers Windows sign-in (ambient credentials) in such a
    /// profile and never in the private ones <see cref="NewPageAsync(int, int)"/> opens. Close it when done.
    /// </summary>
    public async Task<IPage> NewProfilePageAsync(string profile, IEnumerable<string> moreArgs, IReadOnlyDictionary<string, string> moreEnvironment)
    {
        // Playwright gives the browser exactly the environment it is given: this process's, with the additions.
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        foreach (var (key, value) in moreEnvironment) environment[key] = value;
        var context = await _playwright!.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = [.. ChromiumArgs, .. moreArgs],
            Env = environment,
            BaseURL = BaseUrl,
            Locale = "es-CO",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        Pages.KeepScreenshotsUnder(page, Provider);
        if (Provider == Pages.AuditedEngine) await Pages.PrepareAuditAsync(context, page);
        return page;
    }

    public new virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held is left to the temp folder's own cleaning.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Mesa:DataDir", DataDir);
        builder.UseSetting("Mesa:Demo", "true");
        builder.UseSetting("Mesa:Jobs:Enabled", "false");
        builder.UseSetting("Mesa:Database:Provider", Provider);
        builder.UseSetting("Mesa:Database:ConnectionString", ConnectionString);
        builder.UseSetting("Mesa:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mesa:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mesa:Smtp:From", "Mesa de Servicio <mesa@mesa.test>");
        foreach (var (key, value) in MoreSettings) builder.UseSetting(key, value);
    }

    /// <summary>A fresh browser page with its own cookies, in Spanish, sized like an agent's screen.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "es-CO",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        Pages.KeepScreenshotsUnder(page, Provider);
        if (Provider == Pages.AuditedEngine) await Pages.PrepareAuditAsync(context, page);
        return page;
    }

    /// <summary>The REST API as a demo user, for what the journey's other people do meanwhile.</summary>
    public HttpClient Api(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{Password}")));
        return client;
    }

    public async Task<JsonObject> CreateTicketAsync(string requester, string title, string description)
    {
        using var api = Api(requester);
        var response = await api.PostAsJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title,
            description,
            service = "Soporte Técnico",
            category = "/Hardware",
            origin = "portal",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>An agent's step through the API, checked to succeed.</summary>
    public async Task AgentDoesAsync(string agent, string path, object body)
    {
        using var api = Api(agent);
        var response = await api.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    public async Task RunJobAsync(string job)
    {
        using var api = Api("admin");
        var response = await api.PostAsync($"/api/v1/admin/jobs/{job}/run", null);
        response.EnsureSuccessStatusCode();
    }
}
