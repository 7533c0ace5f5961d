using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// The sign-in log administrators read and export: every sign-in with how and from where, every failure, the lockout
/// of Guía §8, sign-outs; by the API, on its page, and as a spreadsheet in which a typed name is never a formula.
/// </summary>
public abstract class SignInLogTests(MesaApp app)
{
    [Fact]
    public async Task Failures_the_lockout_and_the_sign_in_that_follows_elsewhere_are_all_in_the_log()
    {
        var stranger = app.Browser();
        stranger.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.51");
        for (var i = 0; i < 5; i++)
            await stranger.PostFormAsync("/account/sign-in", new Dictionary<string, string>
            {
                ["Input.UserName"] = "agente3",
                ["Input.Password"] = "no-es-la-clave",
            });
        for (var i = 0; i < 3; i++)
            await stranger.PostFormAsync("/account/sign-in", new Dictionary<string, string>
            {
                ["Input.UserName"] = "agente3",
                ["Input.Password"] = "otra-mas",
            });
        await app.Browser().SignInAsync("agente3");
        var byApi = app.WithPassword("agente3", "otra-clave-mala");
        Assert.Equal(HttpStatusCode.Unauthorized, (await byApi.GetAsync("/api/v1/tokens")).StatusCode);

        var admin = await app.As("admin");
        var items = (await (await admin.GetAsync("/api/v1/admin/sign-ins?userName=agente3")).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray();

        Assert.Equal(4, items.Count(l => l.Str("kind") == "failed" && l.Str("address") == "203.0.113.51" && l!["detail"] is null));
        var lockout = items.Single(l => l.Str("kind") == "locked-out");
        Assert.Equal(("203.0.113.51", "password", "page"), (lockout.Str("address"), lockout.Str("method"), lockout.Str("channel")));
        Assert.Contains(items, l => l.Str("kind") == "signed-in" && l.Str("address") == "127.0.0.1" && l.Str("channel") == "page");
        // Three more tries while locked: the first is kept, the others change nothing.
        Assert.Single(items, l => l.Str("detail") == "while-locked");
        Assert.Contains(items, l => l.Str("kind") == "failed" && l.Str("channel") == "api");
        // Newest first.
        Assert.True(items.Select(l => long.Parse(l.Str("id"), System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(
            items.Select(l => long.Parse(l.Str("id"), System.Globalization.CultureInfo.InvariantCulture)).OrderDescending()));
    }

    [Fact]
    public async Task The_export_is_a_spreadsheet_in_spanish_where_a_typed_name_is_never_a_formula()
    {
        var hostile = "=HYPERLINK(\"http://example.invalid\")";
        await app.Browser().PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = hostile,
            ["Input.Password"] = "x",
        });
        var admin = await app.As("admin");

        var response = await admin.GetAsync($"/api/v1/admin/sign-ins?format=csv&userName={Uri.EscapeDataString(hostile)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Fecha,Evento,Usuario,Forma de ingreso", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Intento fallido", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_page_filters_by_person_kind_and_day_and_a_day_that_is_no_day_is_said_beside_its_field()
    {
        await app.Browser().SignInAsync("supervisor1");
        var browser = app.Browser();
        await browser.SignInAsync("admin");

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/sign-ins?user=supervisor1&kind=SignedIn"));
        Assert.Contains("supervisor1", page, StringComparison.Ordinal);
        Assert.Contains("Ingreso", page, StringComparison.Ordinal);
        Assert.Contains("/admin/sign-ins?handler=Csv&amp;user=supervisor1&amp;kind=SignedIn", await browser.GetStringAsync("/admin/sign-ins?user=supervisor1&kind=SignedIn"), StringComparison.Ordinal);

        var bad = await browser.GetAsync("/admin/sign-ins?from=2026-02-31");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Matches("id=\"from-error\"[^>]*>[^<]+</span>", await bad.Content.ReadAsStringAsync());
        var farAway = await browser.GetAsync("/admin/sign-ins?to=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, farAway.StatusCode);
        Assert.Matches("id=\"to-error\"[^>]*>[^<]+</span>", await farAway.Content.ReadAsStringAsync());
        var csv = await browser.GetAsync("/admin/sign-ins?handler=Csv&user=supervisor1");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);

        var api = await app.As("admin");
        var refused = await api.GetAsync("/api/v1/admin/sign-ins?from=ayer&kind=otro&pageSize=9999");
        var problem = await refused.ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["from"]);
        Assert.NotNull(problem["errors"]!["kind"]);
        Assert.NotNull(problem["errors"]!["pageSize"]);
    }
}

public sealed class SignInLogOnSqlite(SqliteApp app) : SignInLogTests(app), IClassFixture<SqliteApp>;

public sealed class SignInLogOnPostgres(PostgresApp app) : SignInLogTests(app), IClassFixture<PostgresApp>;
