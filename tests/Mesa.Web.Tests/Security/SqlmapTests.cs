using System.Diagnostics;
using System.Globalization;
using Mesa.Web.Tests.Fuzz;
using Mesa.Web.Tests.Support;
using Xunit.Abstractions;

namespace Mesa.Web.Tests.Security;

/// <summary>
/// sqlmap (the Debian package) against the API of a Mesa listening on 127.0.0.1, on each engine: every parameter it
/// tests is found not injectable, and no request it sends is answered with a server error. The suite tests the ticket
/// list's query, a ticket's id in the path and a registration's JSON body; <c>scripts/sqlmap.sh</c> tests every
/// operation of the OpenAPI document at level 2 with stacked queries too, and writes its figures into docs/security.md.
/// Time-based blind tests are left out: each costs minutes per parameter, and the other four techniques see the same
/// concatenation a time-based one would exploit.
/// </summary>
public abstract class SqlmapTests(MesaApp app, RequestTally tally, Func<Uri> address, ITestOutputHelper output)
{
    private static bool Long => Environment.GetEnvironmentVariable("MESA_SQLMAP_LONG") == "1";

    [Fact]
    public async Task Sqlmap_finds_nothing_to_inject_and_mesa_never_answers_500()
    {
        var scene = await AccessScene.BuildAsync(app);
        var targets = Long ? await EveryOperationAsync(scene) : Few(scene);
        var work = Path.Combine(Path.GetTempPath(), "mesa-sqlmap", Guid.NewGuid().ToString("N"));
        var started = Stopwatch.StartNew();
        var before = tally.Requests;
        var findings = new List<string>();
        var suspicions = 0;
        var untested = new List<string>();
        foreach (var target in targets)
        {
            var token = await app.TokenAsync(target.Who);
            var said = await SqlmapAsync(target, token, work);
            findings.AddRange(Findings(said).Select(f => $"{target}: {f}"));
            suspicions += said.Count(IsSuspicion);
            if (!Finished(said)) untested.Add(target.ToString());
        }

        var requests = tally.Requests - before;
        var summary = $"{app.Provider}: {targets.Count} targets, {requests} requests, {tally.ServerErrors} server errors, " +
                      $"{findings.Count} findings, {suspicions} suspicions sqlmap then dropped, {untested.Count} not tested, " +
                      $"{started.Elapsed.TotalSeconds:0} s";
        output.WriteLine(summary);
        output.WriteLine("Not tested (sqlmap found no stable page to compare):\n  " + string.Join("\n  ", untested));
        Report(targets.Count, requests, findings.Count, started.Elapsed);
        Directory.Delete(work, recursive: true);
        Assert.True(findings.Count == 0 && tally.ServerErrors == 0, summary + "\n" + string.Join('\n', findings.Take(30)));
        Assert.True(untested.Count <= targets.Count / 4, summary + "\nnot tested:\n" + string.Join('\n', untested));
        Assert.True(requests > targets.Count * 20, $"sqlmap sent only {requests} requests: it tested nothing");
    }

    /// <summary>One thing for sqlmap to test: a request whose parameters (query, JSON values, marked path parts) it tries.</summary>
    public sealed record Target(string Who, string Method, string Url, string? Body)
    {
        public override string ToString() => $"{Method} {Url}";
    }

    private IReadOnlyList<Target> Few(AccessScene scene) =>
    [
        new("agente1", "GET", Url("/api/v1/tickets?view=all-open&q=impresora&state=assigned&pageSize=20"), null),
        new("agente1", "GET", Url(scene.Fill("/api/v1/tickets/{id}") + "*"), null),
        new("usuario1", "POST", Url("/api/v1/tickets"),
            """{"type":"incident","title":"Impresora","description":"No imprime.","impact":"medium"}"""),
    ];

    /// <summary>Every operation of the API: its query parameters, its path parameters and its JSON body.</summary>
    private async Task<IReadOnlyList<Target>> EveryOperationAsync(AccessScene scene)
    {
        var targets = new List<Target>();
        foreach (var operation in (await ApiCatalog.ReadAsync(app)).OrderBy(o => o.Method == "DELETE" ? 1 : 0))
        {
            var (who, body) = AccessMatrix.FirstAllowed(operation.Method, operation.Path);
            var marked = string.Join('/', scene.Fill(operation.Path).Split('/')
                .Zip(operation.Path.Split('/'), (value, part) => part.StartsWith('{') ? value + "*" : value));
            var query = operation.Query.Count == 0 ? "" : "?" + string.Join('&', operation.Query.Select(q => $"{q}=1"));
            var json = operation.TakesJson && body != "@file" ? scene.Expand(body ?? "{}") : null;
            var nothingToTry = !marked.Contains('*', StringComparison.Ordinal) && query.Length == 0 && json is null or "{}";
            if (nothingToTry) continue;
            targets.Add(new Target(who, operation.Method, Url(marked + query), json));
        }

        return targets;
    }

    private string Url(string pathAndQuery) => new Uri(address(), pathAndQuery).ToString().Replace("%2A", "*", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<string>> SqlmapAsync(Target target, string token, string work)
    {
        var start = new ProcessStartInfo("sqlmap") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "-u", target.Url, "--method", target.Method, "--batch", "--flush-session", "--disable-coloring",
                     "--output-dir", work, "--timeout", "15", "--retries", "1", "--threads", "1", "--time-sec", "1",
                     "--level", Long ? "2" : "1", "--risk", "1", "--technique", Long ? "BEUS" : "BEU",
                     "--headers", $"Authorization: Bearer {token}\\nContent-Type: application/json",
                 })
            start.ArgumentList.Add(argument);
        if (target.Body is not null)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(target.Body);
        }

        using var sqlmap = Process.Start(start)
            ?? throw new InvalidOperationException("sqlmap could not be started: ./test.sh installs the Debian package.");
        var said = sqlmap.StandardOutput.ReadToEndAsync();
        var errors = sqlmap.StandardError.ReadToEndAsync();
        await sqlmap.WaitForExitAsync();
        return ((await said) + (await errors)).Split('\n');
    }

    /// <summary>
    /// An injection point sqlmap confirmed. Its hints (a heuristic that "might" work, a technique that only "appears"
    /// to) are suspicions it then tests itself and drops when the answers differ for another reason (a value refused,
    /// a list that shows what earlier payloads stored); those are counted, not failed.
    /// </summary>
    private static IEnumerable<string> Findings(IReadOnlyList<string> said) => said.Where(line =>
        line.Contains("is vulnerable", StringComparison.OrdinalIgnoreCase)
        || line.Contains("identified the following injection point", StringComparison.OrdinalIgnoreCase));

    private static bool IsSuspicion(string line) =>
        line.Contains("might be injectable", StringComparison.OrdinalIgnoreCase)
        || (line.Contains("appears to be", StringComparison.OrdinalIgnoreCase)
            && line.Contains("injectable", StringComparison.OrdinalIgnoreCase));

    /// <summary>sqlmap tested every parameter (or found one): it ran to a verdict.</summary>
    private static bool Finished(IReadOnlyList<string> said) => said.Any(line =>
        line.Contains("do not appear to be injectable", StringComparison.OrdinalIgnoreCase)
        || line.Contains("does not seem to be injectable", StringComparison.OrdinalIgnoreCase)
        || line.Contains("false positive or unexploitable", StringComparison.OrdinalIgnoreCase)
        || line.Contains("identified the following injection point", StringComparison.OrdinalIgnoreCase));

    /// <summary>One line for scripts/sqlmap.sh (MESA_SQLMAP_REPORT), which turns them into the table of docs/security.md.</summary>
    private void Report(int targets, int requests, int findings, TimeSpan took)
    {
        if (Environment.GetEnvironmentVariable("MESA_SQLMAP_REPORT") is not { Length: > 0 } file) return;
        var level = Long ? "2/1 BEUS" : "1/1 BEU";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{app.Provider}\t{targets}\t{requests}\t{tally.ServerErrors}\t{findings}\t{took.TotalSeconds:0}\t{level}\n");
        lock (typeof(SqlmapTests)) File.AppendAllText(file, line);
    }
}

public sealed class SqlmapOnSqlite(ListeningSqliteApp app, ITestOutputHelper output)
    : SqlmapTests(app, app.Tally, () => app.Address, output), IClassFixture<ListeningSqliteApp>;

public sealed class SqlmapOnPostgres(ListeningPostgresApp app, ITestOutputHelper output)
    : SqlmapTests(app, app.Tally, () => app.Address, output), IClassFixture<ListeningPostgresApp>;
