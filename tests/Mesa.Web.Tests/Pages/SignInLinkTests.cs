using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>Sign-in by a single-use link received by e-mail ("haga clic en el enlace del correo").</summary>
public abstract partial class SignInLinkTests(MesaApp app)
{
    [Fact]
    public async Task A_person_signs_in_by_the_emailed_link_which_then_stops_working()
    {
        using var browser = app.Browser();
        var asked = await browser.PostFormAsync("/account/sign-in-link", new Dictionary<string, string> { ["UserName"] = "usuario2@mesa.test" });
        Assert.Contains("le enviamos un enlace para ingresar", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.AccountMailSentAsync();
        var mail = app.Smtp!.Messages.Last(m => m.To.Mailboxes.Any(a => a.Address == "usuario2@mesa.test")
            && m.Subject == "Su enlace para ingresar a la Mesa de Servicio");
        var link = new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery;

        using var other = app.Browser();
        var page = await other.GetStringAsync(link);
        Assert.Contains("Este enlace es para Marcela Quintero Perdomo", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/portal")).StatusCode); // opening it signs nobody in

        var used = await other.PostFormAsync(link, new Dictionary<string, string> { ["Token"] = Token(link) });
        Assert.Equal((HttpStatusCode.Redirect, "/"), (used.StatusCode, used.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/portal")).StatusCode);

        using var third = app.Browser();
        Assert.Contains("ya se usó o venció", await third.GetStringAsync(link), StringComparison.Ordinal);
        var again = await third.PostFormAsync(link, new Dictionary<string, string> { ["Token"] = Token(link) });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.GetAsync("/portal")).StatusCode);
    }

    [Fact] // Guía §4: an administrator sends the link (a new account without a password)
    public async Task An_admin_sends_a_new_person_the_sign_in_link_they_would_ask_for()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/users", new
        {
            userName = "recien.llegada",
            displayName = "Recién Llegada",
            email = "recien.llegada@mesa.test"
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/admin/users", new { userName = "sin.correo", displayName = "Sin Correo" }))
            .ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostJsonAsync("/api/v1/admin/users/recien.llegada/sign-in-link", new { })).StatusCode);

        await app.AccountMailSentAsync();
        var mail = app.Smtp!.Messages.Last(m => m.To.Mailboxes.Any(a => a.Address == "recien.llegada@mesa.test"));
        var link = new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery;
        using var browser = app.Browser();
        await browser.PostFormAsync(link, new Dictionary<string, string> { ["Token"] = Token(link) });
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal")).StatusCode);
        var none = await (await admin.PostJsonAsync("/api/v1/admin/users/sin.correo/sign-in-link", new { })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("PersonHasNoAddress", none.Str("rule"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/v1/admin/users/nadie.aqui/sign-in-link", new { })).StatusCode);
    }

    [Fact] // Fifteen minutes, then the link is no good
    public async Task A_link_expires_after_fifteen_minutes()
    {
        using var browser = app.Browser();
        await browser.PostFormAsync("/account/sign-in-link", new Dictionary<string, string> { ["UserName"] = "usuario1" });
        await app.AccountMailSentAsync();
        var mail = app.Smtp!.Messages.Last(m => m.To.Mailboxes.Any(a => a.Address == "usuario1@mesa.test")
            && m.Subject == "Su enlace para ingresar a la Mesa de Servicio");
        var link = new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery;

        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var used = await browser.PostFormAsync(link, new Dictionary<string, string> { ["Token"] = Token(link) });
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Contains("ya se usó o venció", await used.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact] // The page does not tell which accounts exist
    public async Task An_unknown_account_gets_the_same_answer_and_no_mail()
    {
        using var browser = app.Browser();
        await app.AccountMailSentAsync(); // what earlier tests asked for has left
        var before = app.Smtp!.Messages.Count;

        var asked = await browser.PostFormAsync("/account/sign-in-link", new Dictionary<string, string> { ["UserName"] = "nadie@ninguna.test" });

        Assert.Contains("le enviamos un enlace para ingresar", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.AccountMailSentAsync();
        Assert.Equal(before, app.Smtp.Messages.Count);
    }

    private static string Token(string pathAndQuery) =>
        System.Web.HttpUtility.ParseQueryString(pathAndQuery[pathAndQuery.IndexOf('?', StringComparison.Ordinal)..])["token"]!;

    [GeneratedRegex(@"http://\S+/account/link\?token=\S+")]
    private static partial Regex Link();
}

public sealed class SignInLinkOnSqlite(MailSqliteApp app) : SignInLinkTests(app), IClassFixture<MailSqliteApp>;

public sealed class SignInLinkOnPostgres(MailPostgresApp app) : SignInLinkTests(app), IClassFixture<MailPostgresApp>;
