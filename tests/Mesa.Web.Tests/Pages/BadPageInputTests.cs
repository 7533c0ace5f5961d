using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// The causes of the server errors a scanner found on the pages, one test each, on both engines: a date filter on
/// PostgreSQL, a handler the page lacks, a value of the wrong kind, a NUL byte in a search, an odd return address.
/// Each answers as bad input does (a message beside the field, 400 or 404) and changes nothing.
/// </summary>
public abstract class BadPageInputTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // A date a person picks is a day in Bogotá: from its midnight there to the next
    public async Task The_registration_date_filters_count_days_in_the_organisations_zone()
    {
        // Given two tickets registered ten minutes either side of midnight in Bogotá (05:00 UTC)
        var title = $"Filtro de fecha {Guid.NewGuid():N}";
        var night = new DateTimeOffset(2026, 9, 10, 4, 50, 0, TimeSpan.Zero); // 9 September, 23:50 in Bogotá
        if (app.Clock.GetUtcNow() < night) app.Clock.SetUtcNow(night);
        var before = await _desk.RegisterAsync("usuario1", title);
        app.Clock.Advance(TimeSpan.FromMinutes(20)); // 10 September, 00:10 in Bogotá
        var after = await _desk.RegisterAsync("usuario1", title);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(),
            TimeZoneInfo.FindSystemTimeZoneById("America/Bogota")).DateTime);
        var previous = day.AddDays(-1);
        var agent = await app.As("agente1");
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        var q = Uri.EscapeDataString(title);

        // When the list is filtered by each day, through the API and on the En curso page
        foreach (var (filter, expected, other) in new[]
                 {
                     ($"from={day:yyyy-MM-dd}", after, before),
                     ($"to={previous:yyyy-MM-dd}", before, after),
                     ($"from={previous:yyyy-MM-dd}&to={previous:yyyy-MM-dd}", before, after),
                 })
        {
            var list = await (await agent.GetAsync($"/api/v1/tickets?view=all-open&q={q}&{filter}"))
                .ReadObjectAsync(HttpStatusCode.OK);
            var ids = list["items"]!.AsArray().Select(t => t.Str("id")).ToList();
            Assert.Equal([expected.Str("id")], ids);

            var page = await browser.GetAsync($"/agent/tickets?view=all-open&q={q}&{filter}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains(expected.Str("code"), html, StringComparison.Ordinal);
            Assert.DoesNotContain(other.Str("code"), html, StringComparison.Ordinal);
        }
    }

    [Theory] // A POST naming a handler the page does not have is no page to render
    [InlineData("agent")]
    [InlineData("portal")]
    [InlineData("knowledge")]
    public async Task A_handler_the_page_lacks_is_a_404(string where)
    {
        var ticket = await _desk.RegisterAsync("usuario1");
        var (user, path) = where switch
        {
            "agent" => ("agente1", $"/agent/tickets/{ticket.Str("id")}"),
            "portal" => ("usuario1", $"/portal/tickets/{ticket.Str("id")}"),
            _ => ("usuario1", "/portal/knowledge/1"),
        };
        using var browser = app.Browser();
        await browser.SignInAsync(user);

        var posted = await browser.PostFromAsync(path, path + "?handler=NoSuchThing", new Dictionary<string, string>());
        var asked = await browser.GetAsync(path + "?handler=NoSuchThing");

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
    }

    [Theory] // A page that only shows something (no handlers of its own) is still read; it takes no posts
    [InlineData("agente1", "/account/denied", HttpStatusCode.Forbidden, "/agent/tickets/new")]
    [InlineData("admin", "/admin", HttpStatusCode.OK, "/admin/calendars")]
    public async Task A_page_without_handlers_is_shown_and_refuses_a_post(string user, string path, HttpStatusCode status, string form)
    {
        using var browser = app.Browser();
        await browser.SignInAsync(user);

        var shown = await browser.GetAsync(path);
        var posted = await browser.PostFromAsync(form, path, new Dictionary<string, string>());

        Assert.Equal(status, shown.StatusCode);
        Assert.Contains("<h1", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
    }

    [Fact] // Notificar with a checkbox value no browser sends
    public async Task A_checkbox_of_the_wrong_kind_is_refused_beside_the_field_and_nothing_is_sent()
    {
        var ticket = await _desk.AssignedAsync();
        var path = $"/agent/tickets/{ticket.Str("id")}/notify";
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        var history = (await _desk.HistoryAsync(ticket.Str("id"))).Count;

        var response = await browser.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Version"] = ticket.Str("version"),
            ["Input.Recipients"] = "usuario1",
            ["Input.Subject"] = "Asunto",
            ["Input.Text"] = "Texto.",
            ["Input.IncludeReport"] = "quizás",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El valor no es válido para este campo.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(history, (await _desk.HistoryAsync(ticket.Str("id"))).Count);
    }

    [Theory] // Nuevo registro with a type or an origin that is no choice of the form
    [InlineData("Input.Type", "problema")]
    [InlineData("Input.Origin", "paloma-mensajera")]
    [InlineData("Input.Impact", "99")]
    public async Task An_unknown_choice_is_refused_beside_the_field_and_nothing_is_registered(string field, string value)
    {
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        var title = $"Elección desconocida {Guid.NewGuid():N}";
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "incident",
            ["Input.Requester"] = "usuario1",
            ["Input.Origin"] = "phone",
            ["Input.Title"] = title,
            ["Input.Description"] = "No debe quedar registrada.",
            ["Input.Impact"] = "medium",
            ["Input.Urgency"] = "medium",
        };
        fields[field] = value;

        var response = await browser.PostFormAsync("/agent/tickets/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no es válido", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var agent = await app.As("agente1");
        var found = await (await agent.GetAsync($"/api/v1/tickets?view=all-open&q={Uri.EscapeDataString(title)}"))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Empty(found["items"]!.AsArray());
    }

    [Fact] // A NUL byte in a search is dropped as every control character is; the pool keeps serving everyone
    public async Task A_search_with_a_nul_byte_answers_and_ordinary_searches_after_it_still_do()
    {
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");
        var api = await app.As("agente1");
        var hostile = new[] { "a%00b", "%00", "impresora%00%01%1B%5B31m", "%ED%A0%80", "%C0%80" };

        foreach (var q in hostile)
        {
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/agent/tickets?q={q}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/agent/problems?q={q}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/agent/knowledge?q={q}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync($"/portal/knowledge?q={q}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/tickets?q={q}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/agent/tickets?q=a&q%00=b&%1B=c")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/tickets?q=a&q%00=b")).StatusCode);

        var ordinary = await Task.WhenAll(Enumerable.Range(0, 300).Select(async i =>
            (await (i % 3 == 0 ? api.GetAsync("/api/v1/tickets?q=impresora")
                : agent.GetAsync(i % 3 == 1 ? "/agent/tickets?q=impresora" : "/agent/problems?q=red"))).StatusCode));
        Assert.All(ordinary, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory] // A search longer than anyone types is refused beside the search field, on every list
    [InlineData("agente1", "/agent/tickets")]
    [InlineData("agente1", "/agent/problems")]
    [InlineData("agente1", "/agent/knowledge")]
    [InlineData("usuario1", "/portal/knowledge")]
    public async Task An_over_long_search_is_refused_beside_its_field(string user, string path)
    {
        using var browser = app.Browser();
        await browser.SignInAsync(user);

        var response = await browser.GetAsync($"{path}?q={new string('x', 5_000)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El texto supera el máximo de 200 caracteres.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
    }

    [Fact] // Found by the long fuzz run: the last minute of year 9999 in Bogotá is no instant at all
    public async Task An_alert_dated_at_the_end_of_time_is_refused_beside_its_field()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("supervisor1");

        var response = await browser.PostFormAsync("/agent/alerts", new Dictionary<string, string>
        {
            ["Input.Text"] = "Mantenimiento programado.",
            ["Input.Level"] = "Information",
            ["Input.EndsAt"] = "9999-12-31T23:59",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escriba la fecha y la hora completas.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
    }

    [Theory] // The language picker and the saved filters lead back to a page of this site, whatever they are sent
    [InlineData("/agent\r\nX-Injected: yes", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/agent/tickets?q=camión", "/agent/tickets?q=cami%C3%B3n")]
    public async Task A_return_address_leads_to_a_local_page_or_home(string returnUrl, string expected)
    {
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");

        var response = await browser.PostFromAsync("/agent", "/language",
            new Dictionary<string, string> { ["culture"] = "es-CO", ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_saved_filter_with_a_newline_and_accents_is_kept_as_an_address()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");

        var response = await browser.PostFromAsync("/agent/tickets", "/agent/tickets?handler=SaveFilter",
            new Dictionary<string, string> { ["FilterName"] = $"Camión {Guid.NewGuid():N}", ["query"] = "?q=camión\r\nX: y&state=new" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/agent/tickets\\?[\\x21-\\x7e]+$", location);
        Assert.Contains("q=cami%C3%B3n", location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(location)).StatusCode);
    }
}

public sealed class BadPageInputOnSqlite(SqliteApp app) : BadPageInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadPageInputOnPostgres(PostgresApp app) : BadPageInputTests(app), IClassFixture<PostgresApp>;
