using System.Runtime.CompilerServices;
using System.Text.Json;
using Mesa.Tests.Common;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests.Support;

/// <summary>What every journey does to a page: sign in, check it with axe-core, keep a screenshot.</summary>
public static class Pages
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(FindAxe()));
    private static readonly ConditionalWeakTable<IPage, string> Folders = new();

    /// <summary>The engine whose pages axe-core audits and whose screenshots are kept.</summary>
    public const string AuditedEngine = "postgres";

    /// <summary>Screenshots are kept as test artifacts (MESA_ARTIFACTS, default artifacts/e2e beside the solution).</summary>
    public static string ArtifactsDir { get; } = Environment.GetEnvironmentVariable("MESA_ARTIFACTS")
        ?? Path.Combine(TestPaths.SolutionDir(), "artifacts", "e2e");

    /// <summary>Screenshots of pages of one server go to a folder named after its database engine.</summary>
    public static void KeepScreenshotsUnder(IPage page, string folder) => Folders.AddOrUpdate(page, folder);

    private static readonly ConditionalWeakTable<IPage, List<string>> CspViolations = new();

    /// <summary>
    /// Makes the page ready for <see cref="AuditAsync"/>: axe-core comes in by the browser's own init script (the
    /// Content-Security-Policy allows no inline script, rightly, and the browser does not apply it to its own
    /// tooling), and every report of a blocked script or style is kept, so that the audit also fails on a page
    /// that needs one.
    /// </summary>
    public static async Task PrepareAuditAsync(IBrowserContext context, IPage page)
    {
        var violations = CspViolations.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (violations) violations.Add(message.Text);
        };
        await context.AddInitScriptAsync(AxeScript.Value);
    }

    public static async Task SignInAsync(this IPage page, string userName, string password = MesaServer.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Nombre de usuario").FillAsync(userName);
        await page.GetByLabel("Clave de acceso").FillAsync(password);
        // Wait for the answer to the form, then for the page it leads to: the console after a redirect, or the form
        // again with its message. Waiting only for a load state after the click could look at the page being left.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Acceso usuario" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/account/sign-in", StringComparison.Ordinal),
            new() { Timeout = 30_000 });
        if (answer.Status == 302)
        {
            await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 30_000 });
        }
        else
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }
    }

    /// <summary>
    /// axe-core's WCAG 2.1 A/AA rules on the page as it is now: no serious or critical violation is allowed.
    /// A screenshot of the page is kept under <paramref name="name"/> either way. The markup does not depend on the
    /// database engine, so pages are audited and photographed on PostgreSQL only; on SQLite the journey still walks
    /// every step and checks what it shows.
    /// </summary>
    public static async Task AuditAsync(this IPage page, string name)
    {
        if (!Folders.TryGetValue(page, out var engine) || engine != AuditedEngine) return;
        var folder = Path.Combine(ArtifactsDir, engine);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        if (CspViolations.TryGetValue(page, out var blocked))
        {
            lock (blocked) Assert.True(blocked.Count == 0, $"the Content-Security-Policy blocked on {name}:\n" + string.Join('\n', blocked));
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });" +
            " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' → ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')); }");
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"axe-core on {name} ({page.Url}):\n" + string.Join('\n', violations));
    }

    private static string FindAxe()
    {
        var path = Path.Combine(TestPaths.SolutionDir(), "tests", "Mesa.E2E.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"axe-core is missing at {path}: run npm install in tests/Mesa.E2E.Tests (./test.sh does).");
    }
}
