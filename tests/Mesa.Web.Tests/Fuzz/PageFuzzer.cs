using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// Signs in as one person (or none), walks every page it can reach from the application's own list of pages and the
/// links they show, then sends each page mutated query strings and each form and handler mutated fields, with a
/// valid antiforgery token. Every answer must be under 500, and a form that was refused (anything but the
/// post/redirect/get's redirect) must not have written to the database.
/// </summary>
public sealed class PageFuzzer(MesaApp app, IReadOnlyList<FuzzPage> pages, Mutations mutations, FuzzBudget budget)
{
    /// <summary>Writes a refused form may make: a failed sign-in counts against the account (lockout).</summary>
    private static readonly string[] AllowedWrites = ["AspNetUsers", "users"];

    private const string Token = "__RequestVerificationToken";
    private readonly HtmlParser _parser = new();
    private readonly List<string> _failures = [];
    private readonly HashSet<string> _pagesSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handlersSeen = new(StringComparer.Ordinal);
    private HttpClient _browser = null!;
    private string? _userName;
    private string _token = "";
    private int _requests;

    public IReadOnlyList<string> Failures => _failures;

    public int Requests => _requests;

    /// <summary>Statements the walk's requests wrote (accepted forms): none would mean the recorder saw nothing.</summary>
    public int Writes { get; private set; }

    /// <summary>The page routes this walk asked for, and "route POST handler" for every handler it posted to.</summary>
    public IReadOnlySet<string> PagesSeen => _pagesSeen;

    public IReadOnlySet<string> HandlersSeen => _handlersSeen;

    public async Task RunAsync(string? userName)
    {
        _userName = userName;
        _browser = app.Browser();
        if (userName is not null) await _browser.SignInAsync(userName);
        var found = await CrawlAsync();
        foreach (var (path, query) in found.Links) await FuzzQueryAsync(path, query);
        foreach (var form in found.Forms) await FuzzFormAsync(form);
        foreach (var page in pages) await FuzzHandlersAsync(page, found);
    }

    private sealed record FoundForm(string Path, string Query, bool Multipart, IReadOnlyList<KeyValuePair<string, string>> Fields);

    private sealed record Found(List<(string Path, string Query)> Links, List<FoundForm> Forms, List<string> Paths);

    /// <summary>Every plain page, then the links they show, breadth first, up to the budget's number of pages.</summary>
    private async Task<Found> CrawlAsync()
    {
        var queue = new Queue<string>(pages.Where(p => p.IsPlain).Select(p => p.PlainPath).Append("/"));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var found = new Found([], [], []);
        var formKeys = new HashSet<string>(StringComparer.Ordinal);
        var linkKeys = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && visited.Count < budget.CrawlPages)
        {
            var url = queue.Dequeue();
            if (!visited.Add(url)) continue;
            var response = await SendAsync(HttpMethod.Get, url, null, $"GET {url}");
            if (response is null || response.StatusCode != HttpStatusCode.OK) continue;
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = await _parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            found.Paths.Add(PathOf(url));
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (!IsOwnPage(href)) continue;
                var (path, query) = Split(href);
                if (linkKeys.Add(RouteOf(path) + "?" + string.Join('&', QueryNames(query)))) found.Links.Add((path, query));
                queue.Enqueue(href.Split('#')[0]);
            }

            foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
            {
                if (form.GetAttribute("method")?.Equals("post", StringComparison.OrdinalIgnoreCase) != true) continue;
                foreach (var action in Actions(form, url))
                {
                    var (path, query) = Split(action);
                    if (path.StartsWith("/account/sign-out", StringComparison.OrdinalIgnoreCase)) continue;
                    var fields = Fields(form);
                    var key = RouteOf(path) + "?" + query + "|" + string.Join('&', fields.Select(f => f.Key));
                    if (formKeys.Add(key))
                        found.Forms.Add(new FoundForm(path, query, (form.Enctype ?? "").Contains("multipart", StringComparison.Ordinal), fields));
                }
            }
        }

        return found;
    }

    private async Task FuzzQueryAsync(string path, string query)
    {
        var page = PageOf(path);
        var names = QueryNames(query).Concat(page?.QueryNames ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var values = Parse(query);
        foreach (var name in names)
        {
            foreach (var value in Picks())
            {
                var mutated = values.Where(v => !v.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Append(new(name, value));
                var url = path + "?" + Encode(mutated);
                await SendAsync(HttpMethod.Get, url, null, $"GET {path} {name}={Describe(value)}");
            }
        }

        await SendAsync(HttpMethod.Get, path + "?handler=NoSuchHandler", null, $"GET {path} unknown handler");
        await SendAsync(HttpMethod.Get, path + "?" + Encode(values.Select(v => new KeyValuePair<string, string>(v.Key + "\0", v.Value))
            .Concat(values)), null, $"GET {path} names with NUL");
    }

    private async Task FuzzFormAsync(FoundForm form)
    {
        var url = form.Query.Length > 0 ? form.Path + "?" + form.Query : form.Path;
        var handler = Parse(form.Query).FirstOrDefault(q => q.Key.Equals("handler", StringComparison.OrdinalIgnoreCase)).Value;
        _handlersSeen.Add($"{RouteOf(form.Path)} POST {handler?.ToLowerInvariant()}");
        await PostAsync(url, form.Fields, form.Multipart, $"POST {url} as shown");
        foreach (var field in form.Fields.Select(f => f.Key).Distinct(StringComparer.Ordinal))
        {
            if (field == Token) continue;
            foreach (var value in Picks())
            {
                var mutated = form.Fields.Where(f => f.Key != field).Append(new(field, value)).ToList();
                await PostAsync(url, mutated, form.Multipart, $"POST {url} {field}={Describe(value)}");
            }
        }

        await PostAsync(url, [], form.Multipart, $"POST {url} with no fields");
    }

    /// <summary>The page's handlers as its metadata lists them, whether or not a form showed them, and one it lacks.</summary>
    private async Task FuzzHandlersAsync(FuzzPage page, Found found)
    {
        var path = page.IsPlain ? page.PlainPath : found.Paths.FirstOrDefault(page.Matches) ?? Fill(page.Route);
        foreach (var handler in page.Handlers.Where(h => h.Method == "POST"))
        {
            if (path.StartsWith("/account/sign-out", StringComparison.OrdinalIgnoreCase)) continue;
            var url = handler.Name is null ? path : $"{path}?handler={handler.Name}";
            _handlersSeen.Add($"{page.Route.ToLowerInvariant()} POST {handler.Name?.ToLowerInvariant()}");
            foreach (var field in handler.Fields)
            {
                foreach (var value in Picks().Take(2))
                    await PostAsync(url, [new(field, value)], false, $"POST {url} {field}={Describe(value)}");
            }
        }

        await PostAsync(path + "?handler=NoSuchHandler", [], false, $"POST {path} unknown handler");
        await SendAsync(HttpMethod.Put, path, new StringContent(""), $"PUT {path}");
    }

    private Task<HttpResponseMessage?> PostAsync(string url, IReadOnlyList<KeyValuePair<string, string>> fields, bool multipart,
        string what)
    {
        var all = fields.Where(f => f.Key != Token).Append(new(Token, _token)).ToList();
        HttpContent content;
        if (multipart)
        {
            var parts = new MultipartFormDataContent();
            foreach (var (key, value) in all) parts.Add(new StringContent(value), key);
            content = parts;
        }
        else
        {
            content = new StringContent(Encode(all), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        }

        return SendAsync(HttpMethod.Post, url, content, what);
    }

    private async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string url, HttpContent? content, string what)
    {
        if (_requests >= budget.RequestsPerRole) return null;
        var id = $"{_userName ?? "anonymous"}-{++_requests}";
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add(WriteRecorder.Header, id);
        HttpResponseMessage response;
        try
        {
            response = await _browser.SendAsync(request);
        }
        catch (Exception error) when (error is InvalidOperationException or UriFormatException or FormatException)
        {
            return null; // a URL or header the client itself will not send
        }

        var writes = app.Services.GetRequiredService<WriteRecorder>().Take(id);
        if ((int)response.StatusCode >= 500)
            _failures.Add($"{(int)response.StatusCode} as {_userName ?? "anonymous"}: {what}");
        else if (method == HttpMethod.Post && response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
                 && writes.Any(w => !AllowedWrites.Any(a => w.Contains(a, StringComparison.OrdinalIgnoreCase))))
            _failures.Add($"refused ({(int)response.StatusCode}) but wrote [{string.Join(", ", writes.Distinct())}] as {_userName ?? "anonymous"}: {what}");
        _pagesSeen.Add(RouteOf(PathOf(url)));
        Writes += writes.Count;
        if (response.Headers.Location is { } location && _userName is not null
            && location.OriginalString.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase)
            && !url.StartsWith("/account", StringComparison.OrdinalIgnoreCase))
            await _browser.SignInAsync(_userName); // a form that ended the session (a reset, a sign-in as someone else)
        if (method == HttpMethod.Get && response.StatusCode == HttpStatusCode.OK
                                     && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            var token = System.Text.RegularExpressions.Regex.Match(html, $"name=\"{Token}\" type=\"hidden\" value=\"([^\"]+)\"");
            if (token.Success) _token = token.Groups[1].Value;
            response.Content = new StringContent(html, System.Text.Encoding.UTF8, "text/html");
        }

        return response;
    }

    private IEnumerable<string> Picks() => budget.EveryMutation ? Mutations.All : mutations.Some(budget.MutationsPerField);

    /// <summary>A form's submit targets: its action, and any button's own formaction.</summary>
    private static IEnumerable<string> Actions(IHtmlFormElement form, string pageUrl)
    {
        var own = form.GetAttribute("action");
        yield return string.IsNullOrEmpty(own) ? pageUrl : own;
        foreach (var button in form.QuerySelectorAll("[formaction]"))
        {
            var action = button.GetAttribute("formaction")!;
            if (IsOwnPage(action)) yield return action;
        }
    }

    /// <summary>The fields as a browser would send them, with plausible values where the page left them empty.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button" or "image":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value.Length > 0 ? input.Value : Plausible(input.Type)));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected && o.Value.Length > 0)
                                 ?? select.Options.FirstOrDefault(o => o.Value.Length > 0);
                    fields.Add(new(name, option?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value.Length > 0 ? area.Value : "Texto de prueba del fuzzer."));
                    break;
            }
        }

        return fields;
    }

    private static string Plausible(string type) => type switch
    {
        "number" => "1",
        "date" => "2026-03-03",
        "datetime-local" => "2026-03-03T09:00",
        "time" => "09:00",
        "email" => "fuzz@mesa.test",
        "password" => "Clave-de-prueba-123",
        _ => "Prueba del fuzzer",
    };

    private FuzzPage? PageOf(string path) => pages.FirstOrDefault(p => p.Matches(path));

    private string RouteOf(string path) => (PageOf(path)?.Route ?? path).ToLowerInvariant();

    private static string Fill(string route) => System.Text.RegularExpressions.Regex.Replace(route, "/?{[^}]+}",
        m => m.Value.Contains('?', StringComparison.Ordinal) ? "" : m.Value.Contains("int", StringComparison.Ordinal) ? "/404" : "/1");

    private static bool IsOwnPage(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/api", StringComparison.Ordinal)
        && !href.StartsWith("/css", StringComparison.Ordinal) && !href.StartsWith("/js", StringComparison.Ordinal)
        && !href.StartsWith("/account/sign-out", StringComparison.OrdinalIgnoreCase);

    private static string PathOf(string url) => url.Split('?', '#')[0];

    private static (string Path, string Query) Split(string url)
    {
        var clean = url.Split('#')[0];
        var at = clean.IndexOf('?', StringComparison.Ordinal);
        return at < 0 ? (clean, "") : (clean[..at], clean[(at + 1)..]);
    }

    private static List<KeyValuePair<string, string>> Parse(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))).ToList();

    private static IEnumerable<string> QueryNames(string query) => Parse(query).Select(q => q.Key).Distinct().Order();

    private static string Encode(IEnumerable<KeyValuePair<string, string>> values) =>
        string.Join('&', values.Select(v => Escape(v.Key) + "=" + Escape(v.Value)));

    private static string Escape(string value)
    {
        // Every byte but letters and digits escaped, as UTF-8 (a lone surrogate becomes U+FFFD on the way).
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        return string.Concat(bytes.Select(b => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z'
            or >= (byte)'0' and <= (byte)'9' ? ((char)b).ToString() : $"%{b:X2}"));
    }

    private static string Describe(string value) =>
        value.Length > 40 ? $"[{value.Length} × '{value[0]}']" : System.Text.Json.JsonSerializer.Serialize(value);
}

/// <summary>How much one role's walk may do: the suite's short run, or the long run's every mutation.</summary>
public sealed record FuzzBudget(int CrawlPages, int RequestsPerRole, int MutationsPerField, bool EveryMutation)
{
    public static FuzzBudget Quick => new(120, 2_500, 2, false);

    public static FuzzBudget Thorough => new(400, 15_000, 0, true);

    public static FuzzBudget FromEnvironment() =>
        Environment.GetEnvironmentVariable("MESA_FUZZ_LONG") == "1" ? Thorough : Quick;
}
