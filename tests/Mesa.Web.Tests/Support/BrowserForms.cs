using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mesa.Web.Tests.Support;

/// <summary>The pages as a browser without JavaScript uses them: cookies kept, forms posted with their antiforgery token.</summary>
public static partial class BrowserForms
{
    public static HttpClient Browser(this MesaApp app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>
    /// Reads the form's antiforgery token from the page at <paramref name="path"/> and posts the fields to it.
    /// A named handler is a form's target only: the page itself is read without it, as a browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string path,
        IReadOnlyDictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(WithoutHandler(path));
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = TokenField().Match(html).Groups[1].Value,
        };
        return await browser.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of the form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(this HttpClient browser, string path) =>
        TokenField().Match(await browser.GetStringAsync(path)).Groups[1].Value;

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of the page at <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostFromAsync(this HttpClient browser, string page, string action,
        IReadOnlyDictionary<string, string> fields) =>
        await browser.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = await browser.TokenAsync(page),
        }));

    private static string WithoutHandler(string path)
    {
        var query = path.IndexOf('?');
        if (query < 0)
            return path;
        var kept = path[(query + 1)..].Split('&')
            .Where(pair => !pair.StartsWith("handler=", StringComparison.OrdinalIgnoreCase));
        var rest = string.Join('&', kept);
        return rest.Length == 0 ? path[..query] : $"{path[..query]}?{rest}";
    }

    public static async Task SignInAsync(this HttpClient browser, string userName, string password = MesaApp.Password)
    {
        var response = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
