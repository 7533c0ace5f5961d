using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// Hostile and clumsy input on every page, for every role: no answer is a 5xx and no refused form saves anything.
/// The pages and their handlers come from the application itself, so a new page is fuzzed without being listed.
/// A short run here; <c>scripts/fuzz.sh</c> runs every mutation and writes the figures into docs/security.md.
/// Replay a failure with MESA_FUZZ_SEED=seed.
/// </summary>
public abstract class PageFuzzTests(MesaApp app, ITestOutputHelper output)
{
    private static readonly string?[] People = [null, "usuario1", "agente1", "supervisor1", "admin"];

    [Fact]
    public async Task No_page_answers_500_and_no_refused_form_saves_anything()
    {
        var seed = Mutations.SeedFromEnvironment();
        var budget = FuzzBudget.FromEnvironment();
        var pages = await PageCatalog.ReadAsync(app.Services);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<string>();
        var requests = 0;
        var writes = 0;
        var handlers = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < People.Length; i++)
        {
            var fuzzer = new PageFuzzer(app, pages, new Mutations(seed + i), budget);
            await fuzzer.RunAsync(People[i]);
            failures.AddRange(fuzzer.Failures);
            requests += fuzzer.Requests;
            writes += fuzzer.Writes;
            handlers.UnionWith(fuzzer.HandlersSeen);
            seen.UnionWith(fuzzer.PagesSeen);
        }

        var summary = $"{app.Provider}: seed {seed}, {requests} requests, {pages.Count} pages, " +
                      $"{pages.Sum(p => p.Handlers.Count)} handlers, {failures.Count} failures, {started.Elapsed.TotalSeconds:0} s";
        output.WriteLine(summary);
        FuzzReport.Write("pages", app.Provider, seed, requests, pages.Count, failures.Count(f => f.StartsWith('5')), started.Elapsed);
        var unseen = pages.Where(p => !seen.Contains(p.Route.ToLowerInvariant())).Select(p => p.Route).ToList();
        Assert.True(failures.Count == 0,
            $"{summary} (replay with MESA_FUZZ_SEED={seed})\n" + string.Join('\n', failures.Distinct().Take(60))
            + "\nThe server logged:\n" + string.Join('\n', app.Services.GetRequiredService<ServerErrors>().Distinct()));
        Assert.True(unseen.Count == 0, "pages no role reached: " + string.Join(", ", unseen));
        Assert.True(writes > 0, "the accepted forms wrote nothing the recorder saw");
    }
}

/// <summary>Mesa with the recorder of each request's writes.</summary>
public static class FuzzHost
{
    public static ServerErrors AddWriteRecorder(IWebHostBuilder builder)
    {
        var errors = new ServerErrors();
        builder.ConfigureLogging(logging => logging.AddProvider(errors));
        builder.ConfigureServices(services => services
            .AddHttpContextAccessor()
            .AddSingleton(errors)
            .AddSingleton<WriteRecorder>()
            .AddSingleton<IInterceptor>(sp => sp.GetRequiredService<WriteRecorder>()));
        return errors;
    }
}

public sealed class FuzzedSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        FuzzHost.AddWriteRecorder(builder);
    }
}

public sealed class FuzzedPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        FuzzHost.AddWriteRecorder(builder);
    }
}

public sealed class PageFuzzOnSqlite(FuzzedSqliteApp app, ITestOutputHelper output)
    : PageFuzzTests(app, output), IClassFixture<FuzzedSqliteApp>;

public sealed class PageFuzzOnPostgres(FuzzedPostgresApp app, ITestOutputHelper output)
    : PageFuzzTests(app, output), IClassFixture<FuzzedPostgresApp>;
