using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// Every signed-in browser is a session a person sees and can end, as administrators can: the phone left signed in
/// at home, the computer of a colleague. An ended session is out at its next request, on any instance.
/// </summary>
public abstract class SessionTests(MesaApp app)
{
    [Fact]
    public async Task A_person_sees_their_signed_in_browsers_and_ends_the_one_they_left_open()
    {
        var office = app.Browser();
        office.DefaultRequestHeaders.Add(ClientAddresses.Header, "198.51.100.41");
        office.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0");
        await office.SignInAsync("agente1");
        var home = app.Browser();
        home.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.42");
        home.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/133.0");
        await home.SignInAsync("agente1");

        var page = WebUtility.HtmlDecode(await office.GetStringAsync("/account/security"));
        Assert.Contains("Edge · Windows", page, StringComparison.Ordinal);
        Assert.Contains("Firefox · Android", page, StringComparison.Ordinal);
        Assert.Contains("(esta sesión)", page, StringComparison.Ordinal);
        var sessions = await (await app.WithPassword("agente1", MesaApp.Password).GetAsync("/api/v1/sessions")).ReadArrayAsync();
        var homeSession = sessions.Single(s => s.Str("address") == "203.0.113.42").Str("id");

        var ended = await office.PostFormAsync($"/account/security?handler=EndSession&id={homeSession}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in", (await home.GetAsync("/agent")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/agent")).StatusCode);
        var log = await (await (await app.As("admin")).GetAsync("/api/v1/admin/sign-ins?userName=agente1&kind=session-ended"))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("203.0.113.42", log["items"]![0].Str("address"));

        // The account's periodic check makes the sign-in again from the account: this browser is still "this session".
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await office.GetAsync("/agent");
        Assert.Contains("(esta sesión)", WebUtility.HtmlDecode(await office.GetStringAsync("/account/security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_ends_every_session_of_a_person_and_signing_out_ends_its_own()
    {
        var first = app.Browser();
        await first.SignInAsync("usuario2");
        var second = app.Browser();
        await second.SignInAsync("usuario2");
        var admin = await app.As("admin");
        var sessions = await (await admin.GetAsync("/api/v1/admin/users/usuario2/sessions")).ReadArrayAsync();
        Assert.True(sessions.Count >= 2);

        foreach (var session in sessions)
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/users/usuario2/sessions/{session.Str("id")}")).StatusCode);

        Assert.Contains("/account/sign-in", (await first.GetAsync("/portal")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/account/sign-in", (await second.GetAsync("/portal")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Empty(await (await admin.GetAsync("/api/v1/admin/users/usuario2/sessions")).ReadArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/usuario2/sessions/{sessions[0].Str("id")}")).StatusCode);

        var third = app.Browser();
        await third.SignInAsync("usuario2");
        await third.PostFromAsync("/portal", "/account/sign-out", new Dictionary<string, string>());
        Assert.Empty(await (await admin.GetAsync("/api/v1/admin/users/usuario2/sessions")).ReadArrayAsync());
    }

    [Fact]
    public async Task A_person_ends_a_session_of_theirs_by_the_api_and_the_administration_of_nobody_is_not_found()
    {
        await app.Browser().SignInAsync("agente1");
        var api = app.WithPassword("agente1", MesaApp.Password);
        var mine = (await (await api.GetAsync("/api/v1/sessions")).ReadArrayAsync()).Last()!.Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/sessions/{mine}")).StatusCode);
        Assert.DoesNotContain(await (await api.GetAsync("/api/v1/sessions")).ReadArrayAsync(), s => s.Str("id") == mine);

        var admin = await app.As("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/nadie-asi/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/nadie-asi/second-factor")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/admin/users/nadie-asi/second-factor")).StatusCode);
        var factor = await (await admin.GetAsync("/api/v1/admin/users/agente1/second-factor")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.False(factor["enrolled"]!.GetValue<bool>());
        var noBody = await admin.PutJsonAsync("/api/v1/admin/security", new { });
        Assert.NotNull((await noBody.ReadObjectAsync(HttpStatusCode.BadRequest))["errors"]!["secondFactorForStaff"]);
    }

    [Fact]
    public async Task The_hourly_sweep_forgets_sessions_a_day_after_they_expired()
    {
        var browser = app.Browser();
        await browser.SignInAsync("agente2");
        var admin = await app.As("admin");
        Assert.NotEmpty(await (await admin.GetAsync("/api/v1/admin/users/agente2/sessions")).ReadArrayAsync());

        app.Clock.Advance(TimeSpan.FromDays(16));

        Assert.True(await new Desk(app).RunJobAsync("session-sweep") >= 1);
        Assert.Empty(await (await (await app.As("admin")).GetAsync("/api/v1/admin/users/agente2/sessions")).ReadArrayAsync());
        Assert.Contains("/account/sign-in", (await browser.GetAsync("/agent")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_ends_the_session_of_someone_else_through_their_own_list()
    {
        var victim = app.Browser();
        await victim.SignInAsync("supervisor1");
        var admin = await app.As("admin");
        var id = (await (await admin.GetAsync("/api/v1/admin/users/supervisor1/sessions")).ReadArrayAsync())[0].Str("id");

        var other = await app.As("agente2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/agent")).StatusCode);
    }
}

public sealed class SessionsOnSqlite(SqliteApp app) : SessionTests(app), IClassFixture<SqliteApp>;

public sealed class SessionsOnPostgres(PostgresApp app) : SessionTests(app), IClassFixture<PostgresApp>;
