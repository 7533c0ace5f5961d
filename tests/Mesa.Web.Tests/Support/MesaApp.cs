using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Core.People;
using Mesa.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Mesa as it runs in production — the real host, the real database engine, the demo set — with the clock in the
/// test's hand. One instance per test class; each has a database of its own.
/// </summary>
public abstract class MesaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Mesa-Demo-2025";

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "mesa-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Mesa's data folder (files, backups) for this fixture.</summary>
    public string DataDir => _dataDir;

    /// <summary>Monday 2 March 2026, 08:00 in Bogotá.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 13, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Identity's own password hasher, counting how often a password is verified.</summary>
    public CountingPasswordHasher PasswordChecks { get; } = new();

    /// <summary>The schema and demo set, made once per run at <see cref="Start"/> and copied for each fixture.</summary>
    internal static DatabaseTemplates Templates { get; } = new(Start);

    public abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Settings a fixture adds on top of the defaults ("Mesa:Key" → value).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>The SMTP server Mesa sends to, for fixtures that switch outbound mail on (<see cref="WithSmtp"/>).</summary>
    public SmtpCatcher? Smtp { get; private set; }

    protected virtual bool WithSmtp => false;

    /// <summary>
    /// The two service mailboxes of fixtures that read mail: "soporte@mesa.test" opens incidents of Soporte
    /// Técnico, "peticiones@mesa.test" requests of Sistemas de Información.
    /// </summary>
    public ImapMailbox? Soporte { get; private set; }

    public ImapMailbox? Peticiones { get; private set; }

    protected virtual bool WithMailboxes => false;

    /// <summary>Whether the limits per client (Mesa__RateLimits__…) are on, with the values of <see cref="Settings"/>.</summary>
    protected virtual bool RateLimited => false;

    /// <summary>Whether this Mesa's API answers go into the suite's record (ApiAnswersTests); not for random fuzzing.</summary>
    protected virtual bool RecordsApiAnswers => true;

    public virtual async Task InitializeAsync()
    {
        if (WithSmtp)
        {
            Smtp = new SmtpCatcher();
            await Smtp.StartAsync();
        }

        if (WithMailboxes)
        {
            Soporte = new ImapMailbox("soporte@mesa.test", "Soporte Técnico", "incident");
            Peticiones = new ImapMailbox("peticiones@mesa.test", "Sistemas de Información", "request");
        }

        // Starting the server creates the schema and the demo set.
        StartHost();
    }

    /// <summary>The in-memory test server; a Mesa on a real socket starts Kestrel instead (ListeningApps).</summary>
    protected virtual void StartHost() => _ = Server;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file the OS still holds is left to the temp folder's own cleaning.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Mesa:DataDir", _dataDir);
        builder.UseSetting("Mesa:Demo", "true");
        // Tests run the jobs through the admin API, at the instants they choose.
        builder.UseSetting("Mesa:Jobs:Enabled", "false");
        // A suite signs in and calls the API from one address far faster than a person: the limits have tests of their
        // own (RateLimitTests) on a Mesa of their own.
        builder.UseSetting("Mesa:RateLimits:Enabled", RateLimited ? "true" : "false");
        builder.UseSetting("Mesa:Database:Provider", Provider);
        builder.UseSetting("Mesa:Database:ConnectionString", ConnectionString);
        if (Smtp is not null)
        {
            builder.UseSetting("Mesa:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mesa:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mesa:Smtp:From", "Mesa de Servicio <mesa@mesa.test>");
            builder.UseSetting("Mesa:PublicUrl", "http://mesa.test");
        }

        if (Soporte is not null && Peticiones is not null)
        {
            foreach (var (key, value) in Soporte.Settings(0).Concat(Peticiones.Settings(1))) builder.UseSetting(key, value);
        }

        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
        builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<User>>(PasswordChecks));
        if (ApiAnswers.File is not null && RecordsApiAnswers)
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ApiAnswers>());
    }

    /// <summary>Waits until the account pages' work and e-mails, done in the background, have left.</summary>
    public async Task AccountMailSentAsync(int seconds = 5)
    {
        var sender = Services.GetRequiredService<Mesa.Web.Pages.Account.AccountMailSender>();
        for (var i = 0; i < seconds * 40 && sender.Pending > 0; i++) await Task.Delay(25);
        Assert.Equal(0, sender.Pending);
    }

    /// <summary>An API client signed in as a demo user, by personal token (Basic only once, to get the token).</summary>
    public async Task<HttpClient> As(string userName)
    {
        var token = await TokenAsync(userName);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient WithPassword(string userName, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return client;
    }

    /// <summary>A personal token of a demo user, made once per fixture.</summary>
    public Task<string> TokenAsync(string userName) => _tokens.GetOrAdd(userName, IssueTokenAsync);

    private async Task<string> IssueTokenAsync(string userName)
    {
        using var client = WithPassword(userName, Password);
        // The longest a token lives: some tests move the clock months ahead.
        var response = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "pruebas", expiresInDays = Mesa.Core.People.ApiTokens.MaxDays });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string)body!["token"]!;
    }
}
