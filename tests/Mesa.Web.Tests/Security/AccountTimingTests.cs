using System.Diagnostics;
using System.Globalization;
using System.Net;
using Mesa.Web.Tests.Support;
using Xunit.Abstractions;

namespace Mesa.Web.Tests.Security;

/// <summary>
/// Whether an account exists cannot be learnt from how long the account pages take: registration, password reset
/// and sign-in link are timed for an address or name that has an account and for one that has none, interleaved so
/// that both share the machine's noise, and compared with a Mann–Whitney U test. The suite measures a few samples
/// and checks only that every answer was the page's own (speed is not judged in the suite); <c>scripts/timing.sh</c>
/// measures 300 pairs per page, fails when a page's two timings can be told apart (p &lt; 0.01 and a median gap over
/// 1 ms), and writes the figures into docs/security.md.
/// </summary>
public abstract class AccountTimingTests(MesaApp app, ITestOutputHelper output)
{
    private static bool Long => Environment.GetEnvironmentVariable("MESA_TIMING_LONG") == "1";

    [Fact]
    public async Task The_account_pages_take_as_long_for_an_account_as_for_nobody()
    {
        var samples = Long ? 300 : 8;
        var pages = new (string Name, string Path, Func<bool, int, Dictionary<string, string>> Form)[]
        {
            ("registration", "/account/register", (known, i) => new()
            {
                ["Input.DisplayName"] = "Persona de Prueba",
                ["Input.Email"] = known ? "usuario1@mesa.test" : $"nadie{i}.{Guid.NewGuid():N}@externo.test",
                ["Input.Password"] = "Clave-Segura-2026",
                ["Input.Confirm"] = "Clave-Segura-2026",
            }),
            ("password reset", "/account/forgot-password", (known, i) => new()
            {
                ["UserName"] = known ? "usuario2" : $"nadie{i}{Guid.NewGuid():N}"[..20],
            }),
            ("sign-in link", "/account/sign-in-link", (known, i) => new()
            {
                ["UserName"] = known ? "usuario2@mesa.test" : $"nadie{i}.{Guid.NewGuid():N}@externo.test",
            }),
        };

        var failures = new List<string>();
        foreach (var page in pages)
        {
            using var browser = app.Browser();
            var token = await browser.TokenAsync(page.Path);
            var known = new List<double>();
            var unknown = new List<double>();
            for (var i = 0; i < samples; i++)
            {
                // Interleaved, and in a changing order, so that a slow moment of the machine falls on both sides.
                foreach (var isKnown in i % 2 == 0 ? new[] { true, false } : [false, true])
                {
                    var form = new Dictionary<string, string>(page.Form(isKnown, i)) { ["__RequestVerificationToken"] = token };
                    var watch = Stopwatch.StartNew();
                    using var response = await browser.PostAsync(page.Path, new FormUrlEncodedContent(form));
                    watch.Stop();
                    if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
                        failures.Add($"{page.Name}: {(int)response.StatusCode}");
                    (isKnown ? known : unknown).Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            var (medianKnown, medianUnknown) = (Median(known), Median(unknown));
            var p = MannWhitneyP(known, unknown);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{page.Name}: account {medianKnown:0.0} ms, nobody {medianUnknown:0.0} ms (medians of {samples}), p = {p:0.000}");
            output.WriteLine($"{app.Provider} {line}");
            Report(page.Name, samples, medianKnown, medianUnknown, p);
            if (Long && p < 0.01 && Math.Abs(medianKnown - medianUnknown) > 1) failures.Add("told apart: " + line);
        }

        await app.AccountMailSentAsync(seconds: 120); // hundreds of accounts opened in the background
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The two-sided p-value of the Mann–Whitney U test, by its normal approximation (ties share their rank).</summary>
    private static double MannWhitneyP(List<double> a, List<double> b)
    {
        var all = a.Select(v => (Value: v, First: true)).Concat(b.Select(v => (Value: v, First: false))).OrderBy(x => x.Value).ToList();
        var ranks = new double[all.Count];
        for (var i = 0; i < all.Count;)
        {
            var j = i;
            while (j + 1 < all.Count && all[j + 1].Value == all[i].Value) j++;
            for (var k = i; k <= j; k++) ranks[k] = (i + j) / 2.0 + 1;
            i = j + 1;
        }

        double n1 = a.Count, n2 = b.Count;
        var rankSum = all.Select((x, i) => x.First ? ranks[i] : 0).Sum();
        var u = rankSum - n1 * (n1 + 1) / 2;
        var z = (u - n1 * n2 / 2) / Math.Sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
        return 2 * (1 - NormalCdf(Math.Abs(z)));
    }

    /// <summary>Φ(x) by Abramowitz and Stegun 7.1.26 (error under 1.5e-7).</summary>
    private static double NormalCdf(double x)
    {
        var y = x / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * y);
        var polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return (1 + (1 - polynomial * Math.Exp(-y * y))) / 2;
    }

    /// <summary>One line for scripts/timing.sh (MESA_TIMING_REPORT), which turns them into the table of docs/security.md.</summary>
    private void Report(string page, int samples, double known, double unknown, double p)
    {
        if (Environment.GetEnvironmentVariable("MESA_TIMING_REPORT") is not { Length: > 0 } file) return;
        var line = string.Create(CultureInfo.InvariantCulture, $"{app.Provider}\t{page}\t{samples}\t{known:0.0}\t{unknown:0.0}\t{p:0.000}\n");
        lock (typeof(AccountTimingTests)) File.AppendAllText(file, line);
    }
}

public sealed class AccountTimingOnSqlite(MailSqliteApp app, ITestOutputHelper output)
    : AccountTimingTests(app, output), IClassFixture<MailSqliteApp>;

public sealed class AccountTimingOnPostgres(MailPostgresApp app, ITestOutputHelper output)
    : AccountTimingTests(app, output), IClassFixture<MailPostgresApp>;
