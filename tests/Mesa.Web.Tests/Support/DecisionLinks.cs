using System.Text.RegularExpressions;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// The approvers' e-mailed links (a change's committee, a request's flow), followed as a browser nobody signed in to
/// follows them: open the page, then post the decision from it.
/// </summary>
public static partial class DecisionLinks
{
    /// <summary>The link of <paramref name="decision"/> to <c>/approvals/{page}</c> in a mail's text.</summary>
    public static string Find(string body, string page, string decision) =>
        Regex.Match(body, $@"(http://mesa\.test/approvals/{page}\?decision={decision}&t=\S+)").Groups[1].Value;

    /// <summary>The link's path and query, as the test server takes it.</summary>
    public static string Path(string link) => link["http://mesa.test".Length..];

    /// <summary>Opens the link as a browser would and posts the decision from the page, without signing in.</summary>
    public static async Task<string> DecideAsync(this MesaApp app, string link, string note)
    {
        using var browser = app.Browser();
        var path = Path(link);
        var page = await browser.GetStringAsync(path);
        var answer = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormToken().Match(page).Groups[1].Value,
            ["t"] = Uri.UnescapeDataString(path[(path.IndexOf("&t=", StringComparison.Ordinal) + 3)..]),
            ["Decision"] = Regex.Match(path, "decision=(\\w+)").Groups[1].Value,
            ["Note"] = note,
        }));
        return await answer.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
