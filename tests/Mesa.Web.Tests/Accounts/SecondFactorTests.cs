using System.Net;
using System.Text.RegularExpressions;
using Mesa.Core.People.Security;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// A second factor for staff: a person sets up an authenticator app (the QR code or the key, then its first code),
/// and from then on every sign-in with a password asks for its code; a recovery code serves once; administrators can
/// require it of staff (who then set it up at their next sign-in) and remove a lost one. Each step is in the log.
/// </summary>
public abstract partial class SecondFactorTests(MesaApp app)
{
    [Fact]
    public async Task A_person_who_sets_up_an_authenticator_gives_its_code_at_every_password_sign_in()
    {
        var browser = app.Browser();
        await browser.SignInAsync("agente2");
        var key = await KeyOfSetUpAsync(browser, "/account/security?setup=true");
        var qr = await browser.GetAsync("/account/security?handler=Qr");
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", qr.Headers.CacheControl?.ToString());

        var wrong = await browser.PostFormAsync("/account/security?handler=Enrol&setup=true", Code("000000"));
        Assert.Contains("no es correcto", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var enrolled = WebUtility.HtmlDecode(await (await browser.PostFormAsync("/account/security?handler=Enrol&setup=true",
            Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())))).Content.ReadAsStringAsync());
        Assert.Equal(SecondFactor.RecoveryCodeCount, RecoveryCode().Count(enrolled));

        // Signing in again: the password leads to the code, and only the code to the console.
        var again = app.Browser();
        var afterPassword = await again.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "agente2",
            ["Input.Password"] = MesaApp.Password,
        });
        Assert.StartsWith("/account/second-factor", afterPassword.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/account/sign-in", (await again.GetAsync("/agent")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var signedIn = await again.PostFormAsync("/account/second-factor", Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/agent")).StatusCode);

        var log = await LogAsync("agente2");
        Assert.Contains(log, l => l.Str("kind") == "second-factor-enrolled");
        Assert.Contains(log, l => l.Str("kind") == "signed-in" && l.Str("method") == "authenticator");
    }

    [Fact]
    public async Task Wrong_codes_count_as_failed_sign_ins_and_a_recovery_code_signs_in_once()
    {
        var browser = app.Browser();
        await browser.SignInAsync("agente3");
        var key = await KeyOfSetUpAsync(browser, "/account/security?setup=true");
        var page = WebUtility.HtmlDecode(await (await browser.PostFormAsync("/account/security?handler=Enrol&setup=true",
            Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())))).Content.ReadAsStringAsync());
        var recovery = RecoveryCode().Matches(page)[0].Groups[1].Value;

        var again = await PasswordStepAsync("agente3", "198.51.100.21");
        var refused = await again.PostFormAsync("/account/second-factor", Code("123456"));
        Assert.Contains("no es correcto", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync("/account/second-factor", Code(recovery))).StatusCode);

        var twice = await PasswordStepAsync("agente3", "198.51.100.22");
        var used = await twice.PostFormAsync("/account/second-factor", Code(recovery));
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        var log = await LogAsync("agente3");
        Assert.Contains(log, l => l.Str("kind") == "failed" && l.Str("detail") == SignInDetails.WrongCode);
        Assert.Contains(log, l => l.Str("kind") == "signed-in" && l.Str("method") == "recovery-code");
    }

    [Fact]
    public async Task Five_wrong_codes_from_anywhere_lock_the_code_step_of_the_account_even_for_the_right_code()
    {
        var browser = app.Browser();
        await browser.SignInAsync("usuario2");
        var key = await KeyOfSetUpAsync(browser, "/account/security?setup=true");
        await browser.PostFormAsync("/account/security?handler=Enrol&setup=true", Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())));

        string answer = "";
        for (var i = 0; i < 5; i++)
        {
            var guesser = await PasswordStepAsync("usuario2", $"203.0.113.{70 + i}");
            answer = WebUtility.HtmlDecode(await (await guesser.PostFormAsync("/account/second-factor", Code($"00000{i}"))).Content.ReadAsStringAsync());
        }

        Assert.Contains("códigos equivocados", answer, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var owner = await PasswordStepAsync("usuario2", "198.51.100.79");
        var refused = await owner.PostFormAsync("/account/second-factor", Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())));
        Assert.Contains("códigos equivocados", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(await LogAsync("usuario2"), l => l.Str("kind") == "locked-out" && l.Str("detail") == SignInDetails.WrongCode);

        app.Clock.Advance(Core.People.SignInThrottle.LockTime);
        var later = await PasswordStepAsync("usuario2", "198.51.100.79");
        Assert.Equal(HttpStatusCode.Redirect,
            (await later.PostFormAsync("/account/second-factor", Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())))).StatusCode);
    }

    [Fact]
    public async Task When_administrators_require_it_staff_set_one_up_at_their_next_sign_in_and_requesters_sign_in_as_before()
    {
        var admin = await app.As("admin");
        await (await admin.PutJsonAsync("/api/v1/admin/security", new { secondFactorForStaff = true })).ReadObjectAsync(HttpStatusCode.OK);
        try
        {
            await app.Browser().SignInAsync("usuario2");

            var supervisor = await PasswordStepAsync("supervisor1", "198.51.100.31");
            var step = await supervisor.GetAsync("/account/second-factor");
            var html = WebUtility.HtmlDecode(await step.Content.ReadAsStringAsync());
            Assert.Contains("exige al personal", html, StringComparison.Ordinal);
            Assert.Equal("image/png", (await supervisor.GetAsync("/account/second-factor?handler=Qr")).Content.Headers.ContentType?.MediaType);
            var key = KeyIn(html);
            var done = WebUtility.HtmlDecode(await (await supervisor.PostFormAsync("/account/second-factor?handler=Enrol",
                Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())))).Content.ReadAsStringAsync());
            Assert.Equal(SecondFactor.RecoveryCodeCount, RecoveryCode().Count(done));
            Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/agent")).StatusCode);

            // The rule reaches them: they cannot remove it; an administrator can (a phone lost with its codes).
            var remove = await supervisor.PostFormAsync("/account/security?handler=Remove", new Dictionary<string, string>());
            Assert.Contains("no puede quitarlo", WebUtility.HtmlDecode(await remove.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/users/supervisor1/second-factor")).StatusCode);
            var removal = (await LogAsync("supervisor1")).First(l => l.Str("kind") == "second-factor-removed");
            Assert.Equal("admin", removal.Str("by"));
            Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync("/api/v1/admin/users/supervisor1/second-factor")).StatusCode);
        }
        finally
        {
            await (await admin.PutJsonAsync("/api/v1/admin/security", new { secondFactorForStaff = false })).ReadObjectAsync(HttpStatusCode.OK);
        }

        Assert.Contains(await LogAsync("admin"), l => l.Str("kind") == "second-factor-policy-changed" && l.Str("detail") == "on");
    }

    [Fact]
    public async Task Basic_sign_in_of_an_account_with_a_second_factor_needs_a_fresh_code_each_time_and_a_token_needs_none()
    {
        var browser = app.Browser();
        await browser.SignInAsync("usuario1");
        var key = await KeyOfSetUpAsync(browser, "/account/security?setup=true");
        await browser.PostFormAsync("/account/security?handler=Enrol&setup=true", Code(Authenticator.CodeAt(key, app.Clock.GetUtcNow())));

        var api = app.WithPassword("usuario1", MesaApp.Password);
        var without = await api.GetAsync("/api/v1/tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("SecondFactorNeeded", (await without.ReadObjectAsync(HttpStatusCode.Unauthorized)).Str("rule"));

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = Authenticator.CodeAt(key, app.Clock.GetUtcNow());
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "integración" }),
        };
        create.Headers.Add("Mesa-Second-Factor", code);
        var token = (await (await api.SendAsync(create)).ReadObjectAsync(HttpStatusCode.Created)).Str("token");
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tokens");
        replay.Headers.Add("Mesa-Second-Factor", code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(replay)).StatusCode);

        using var withToken = app.CreateClient();
        withToken.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await withToken.GetAsync("/api/v1/tokens")).StatusCode);
    }

    private static Dictionary<string, string> Code(string code) => new() { ["Input.Code"] = code };

    private async Task<HttpClient> PasswordStepAsync(string userName, string address)
    {
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        var answer = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = MesaApp.Password,
        });
        Assert.StartsWith("/account/second-factor", answer.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return browser;
    }

    private static async Task<byte[]> KeyOfSetUpAsync(HttpClient browser, string page) =>
        KeyIn(WebUtility.HtmlDecode(await browser.GetStringAsync(page)));

    private static byte[] KeyIn(string html) =>
        OtpNet.Base32Encoding.ToBytes(KeyText().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal));

    private async Task<List<System.Text.Json.Nodes.JsonNode>> LogAsync(string userName)
    {
        var admin = await app.As("admin");
        var page = await (await admin.GetAsync($"/api/v1/admin/sign-ins?userName={userName}")).ReadObjectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(n => n!).ToList();
    }

    [GeneratedRegex("<code class=\"key\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyText();

    [GeneratedRegex("<li><code>([a-z2-9]{4}-[a-z2-9]{4})</code></li>")]
    private static partial Regex RecoveryCode();
}

public sealed class SecondFactorOnSqlite(SqliteApp app) : SecondFactorTests(app), IClassFixture<SqliteApp>;

public sealed class SecondFactorOnPostgres(PostgresApp app) : SecondFactorTests(app), IClassFixture<PostgresApp>;
