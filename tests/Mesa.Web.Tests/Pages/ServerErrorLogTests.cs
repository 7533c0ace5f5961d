using System.Collections.Concurrent;
using System.Net;
using Mesa.Core.Data;
using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// A server error is logged once, with the method, the route template, the person's id (not their name) and the
/// reference the Spanish error page shows. The failure is made real: the problems' table is gone from the database.
/// </summary>
public abstract class ServerErrorLogTests(MesaApp app, LogLines log)
{
    [Fact]
    public async Task A_server_error_is_logged_once_with_what_a_person_can_quote()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE problems RENAME TO problems_gone");
        }

        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        log.Clear();

        var response = await browser.GetAsync("/agent/problems");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var reference = System.Text.RegularExpressions.Regex.Match(page, "Referencia del error: ([^<\\s]+)").Groups[1].Value;
        Assert.NotEmpty(reference);
        var errors = log.Errors();
        var line = Assert.Single(errors);
        Assert.Contains("GET /agent/problems", line, StringComparison.Ordinal);
        Assert.Contains($"reference {reference}", line, StringComparison.Ordinal);
        Assert.Matches("for person \\d+", line);
        Assert.DoesNotContain("agente1", line, StringComparison.Ordinal);
    }
}

/// <summary>Every log line of the host at warning level or above, formatted.</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();

    public void Clear() => _lines.Clear();

    public IReadOnlyList<string> Errors() => _lines.Where(l => l.Level >= LogLevel.Error).Select(l => l.Text).ToList();

    public ILogger CreateLogger(string categoryName) => new Lines(_lines);

    public void Dispose()
    {
    }

    private sealed class Lines(ConcurrentQueue<(LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}

public sealed class LoggedSqliteApp : SqliteApp
{
    public LogLines Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

public sealed class LoggedPostgresApp : PostgresApp
{
    public LogLines Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

public sealed class ServerErrorLogOnSqlite(LoggedSqliteApp app) : ServerErrorLogTests(app, app.Log), IClassFixture<LoggedSqliteApp>;

public sealed class ServerErrorLogOnPostgres(LoggedPostgresApp app) : ServerErrorLogTests(app, app.Log), IClassFixture<LoggedPostgresApp>;
