using Mesa.Web.Tests.Security;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// Hostile and clumsy requests on every operation of the API, read from its OpenAPI document: no answer is a 5xx
/// and no refused request saves anything. A short run here (20 requests an operation); <c>scripts/fuzz.sh</c> sends
/// 2,000 an operation and writes the figures into docs/security.md. Replay a failure with MESA_FUZZ_SEED=seed.
/// </summary>
public abstract class ApiFuzzTests(MesaApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task No_api_call_answers_500_and_no_refused_call_saves_anything()
    {
        var seed = Mutations.SeedFromEnvironment();
        var perOperation = Environment.GetEnvironmentVariable("MESA_FUZZ_LONG") == "1" ? 2_000 : 20;
        var operations = await ApiCatalog.ReadAsync(app);
        var scene = await AccessScene.BuildAsync(app);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var fuzzer = new ApiFuzzer(app, scene, new Mutations(seed), perOperation);
        // Removals last, as in the access matrix, so that the records the other operations name are still there.
        foreach (var operation in operations.OrderBy(o => o.Method == "DELETE" ? 1 : 0))
            await fuzzer.RunAsync(operation);

        var summary = $"{app.Provider}: seed {seed}, {fuzzer.Requests} requests, {operations.Count} operations, " +
                      $"{fuzzer.Failures.Count} failures, {started.Elapsed.TotalSeconds:0} s";
        output.WriteLine(summary);
        output.WriteLine($"Answers the OpenAPI description does not declare ({fuzzer.Undeclared.Count}):\n  "
                         + string.Join("\n  ", fuzzer.Undeclared));
        FuzzReport.Write("api", app.Provider, seed, fuzzer.Requests, operations.Count,
            fuzzer.Failures.Count(f => f.StartsWith('5')), started.Elapsed);
        Assert.True(fuzzer.Failures.Count == 0,
            $"{summary} (replay with MESA_FUZZ_SEED={seed})\n" + string.Join('\n', fuzzer.Failures.Distinct().Take(60))
            + "\nThe server logged:\n" + string.Join('\n', app.Services.GetRequiredService<ServerErrors>().Distinct().Take(20)));
        Assert.True(operations.Count > 100, $"the OpenAPI document named only {operations.Count} operations");
    }
}

public sealed class ApiFuzzOnSqlite(ApiFuzzedSqliteApp app, ITestOutputHelper output)
    : ApiFuzzTests(app, output), IClassFixture<ApiFuzzedSqliteApp>;

public sealed class ApiFuzzOnPostgres(ApiFuzzedPostgresApp app, ITestOutputHelper output)
    : ApiFuzzTests(app, output), IClassFixture<ApiFuzzedPostgresApp>;

/// <summary>
/// The API fuzzer's Mesa: its answers, drawn at random, are checked against the OpenAPI description by the fuzzer
/// itself and kept out of the suite's record (ApiAnswersTests), which only deterministic tests fill.
/// </summary>
public sealed class ApiFuzzedSqliteApp : SqliteApp
{
    protected override bool RecordsApiAnswers => false;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        FuzzHost.AddWriteRecorder(builder);
    }
}

public sealed class ApiFuzzedPostgresApp : PostgresApp
{
    protected override bool RecordsApiAnswers => false;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        FuzzHost.AddWriteRecorder(builder);
    }
}
