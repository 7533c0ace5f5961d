using System.Net;
using System.Net.Http.Json;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// The console's door: pages need the sign-in cookie, every form needs its antiforgery
/// token, and the cookie never opens the API.
/// </summary>
public abstract class PageSecurityTests(MesaApp app)
{
    [Fact]
    public async Task A_stranger_is_sent_to_the_sign_in_page()
    {
        using var browser = app.Browser();

        var response = await browser.GetAsync("/agent/tickets");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=%2Fagent%2Ftickets", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_changes_nothing()
    {
        using var browser = app.Browser();

        var response = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "agente1",
            ["Input.Password"] = MesaApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") &&
                     response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Mesa.Session", StringComparison.Ordinal)));
    }

    [Fact] // A cookie-authenticated browser session cannot call state-changing API endpoints
    public async Task The_sign_in_cookie_does_not_open_the_api()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/agent")).StatusCode);

        var response = await browser.PostAsJsonAsync("/api/v1/tickets", new { type = "incident", title = "x", description = "y" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact] // A requester signs in, but the agents' console is not theirs
    public async Task A_requester_may_not_open_the_console()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("usuario1");

        var response = await browser.GetAsync("/agent");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact] // Guía §8: five failures lock the account at the computer they came from; its owner still signs in at theirs
    public async Task A_stranger_guessing_a_password_locks_the_account_only_where_he_sits()
    {
        using var stranger = app.Browser();
        stranger.DefaultRequestHeaders.Add(ClientAddresses.Header, "198.51.100.23");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await stranger.PostFormAsync("/account/sign-in", new Dictionary<string, string>
            {
                ["Input.UserName"] = "supervisor1",
                ["Input.Password"] = "adivinanza-" + i,
            });
        }

        var locked = System.Net.WebUtility.HtmlDecode(await last!.Content.ReadAsStringAsync());
        Assert.Contains("La cuenta quedó bloqueada tras 5 intentos fallidos desde este equipo", locked, StringComparison.Ordinal);
        var withTheRightOne = await stranger.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "supervisor1",
            ["Input.Password"] = MesaApp.Password,
        });
        Assert.Equal(HttpStatusCode.OK, withTheRightOne.StatusCode);

        using var owner = app.Browser();
        await owner.SignInAsync("supervisor1");
    }

    [Fact] // The sign-in page answers a wrong password in Spanish and the page keeps the user name
    public async Task A_wrong_password_is_answered_beside_the_form_in_spanish()
    {
        using var browser = app.Browser();
        var response = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "agente2",
            ["Input.Password"] = "equivocada",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El nombre de usuario o la clave de acceso no son correctos.", html);
        Assert.Contains("value=\"agente2\"", html);
    }

    [Fact]
    public async Task A_ticket_that_does_not_exist_shows_the_not_found_page_in_spanish()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");

        var response = await browser.GetAsync("/agent/tickets/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Página no encontrada", await response.Content.ReadAsStringAsync());
    }

    [Fact] // Bad list filters are reported beside their field, never a 500
    public async Task A_list_with_a_meaningless_filter_says_so_and_still_answers()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");

        var response = await browser.GetAsync("/agent/tickets?state=perdida&from=ayer&sort=%27");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("El valor «perdida» no es válido.", html);
        Assert.Contains("«ayer» no es una fecha válida", html);
    }

}

public sealed class PageSecurityOnSqlite(SqliteApp app) : PageSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class PageSecurityOnPostgres(PostgresApp app) : PageSecurityTests(app), IClassFixture<PostgresApp>;
