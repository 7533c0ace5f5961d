using System.Net;
using System.Net.Http.Headers;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// Guía §8 "Acceso integrado Windows": staff sign in with their domain user and network password. The directory checks
/// the password (a bind as the person, over StartTLS); Mesa makes the account from the directory's entry the first time.
/// </summary>
public abstract class DirectorySignInTests(MesaApp app, TestDirectory directory)
{
    private const string NetworkPassword = "Clave-de-Red-2026";

    [Fact]
    public async Task A_directory_person_signs_in_with_each_form_of_their_name_and_gets_the_account_the_directory_describes()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Ana Directorio", NetworkPassword, department: "Talento Humano", phone: "601 555 0101",
            "agentes", "mesa-de-servicio");

        foreach (var typed in new[] { uid, $"{TestDirectory.Domain}\\{uid}", $"{uid}@mesa.test", $"mesa\\{uid.ToUpperInvariant()}" })
        {
            var browser = app.Browser();
            await browser.SignInAsync(typed, NetworkPassword);
            var console = await browser.GetAsync("/agent");
            Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == uid);
        Assert.Equal((AccountOrigin.Directory, "Ana Directorio", $"{uid}@mesa.test", "601 555 0101", null),
            (user.Origin, user.DisplayName, user.Email, user.PhoneNumber, user.PasswordHash));
        Assert.Equal("Talento Humano", (await db.Locations.SingleAsync(l => l.Id == user.LocationId)).Name);
        Assert.Equal([Roles.Agent], await RolesAsync(db, user.Id));
        var mesa = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Name == "Mesa de Servicio");
        Assert.True(mesa.HasMember(user.Id));
        Assert.Single(await db.DirectoryChanges.Where(c => c.UserId == user.Id && c.Kind == Core.People.Directory.DirectoryChangeKind.Created).ToListAsync());
    }

    [Fact]
    public async Task A_wrong_network_password_is_a_wrong_password_and_five_of_them_lock_the_account_from_that_address()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Beto Clave", NetworkPassword);
        var browser = app.Browser();

        for (var i = 1; i < SignInThrottle.MaxFailures; i++)
        {
            var wrong = await SignInAsync(browser, uid, "no-es-la-clave");
            Assert.Contains("no son correctos", wrong, StringComparison.Ordinal);
        }

        var locked = await SignInAsync(browser, uid, "tampoco-es");
        Assert.Contains("quedó bloqueada", locked, StringComparison.Ordinal);
        var evenRight = await SignInAsync(browser, uid, NetworkPassword);
        Assert.Contains("quedó bloqueada", evenRight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_domain_an_empty_password_or_a_filter_in_the_name_never_sign_in()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Carla Dominio", NetworkPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword($"OTRO\\{uid}", NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword($"{uid}@otra.gov.co", NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
        // An empty password would be an anonymous bind, which the directory accepts.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword(uid, "").GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword("*", NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword($"{uid})(uid=*", NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
    }

    [Fact]
    public async Task The_api_takes_a_directory_account_by_basic_with_each_form_of_the_name()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Diana Api", NetworkPassword, groups: "agentes");

        foreach (var typed in new[] { uid, $"{TestDirectory.Domain}\\{uid}", $"{uid}@mesa.test" })
        {
            var response = await app.WithPassword(typed, NetworkPassword).GetAsync("/api/v1/tokens");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MesaDbContext>().Users.CountAsync(u => u.UserName == uid));
    }

    [Fact]
    public async Task A_person_the_directory_disables_cannot_go_on_with_a_session_or_a_token_made_before()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Elena Baja", NetworkPassword, groups: "agentes");
        var browser = app.Browser();
        await browser.SignInAsync(uid, NetworkPassword);
        var token = await TokenAsync(uid);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/agent")).StatusCode);

        directory.Disable(uid);

        var page = await browser.GetAsync("/agent");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Contains("no son correctos", await SignInAsync(app.Browser(), uid, NetworkPassword), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword(uid, NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<MesaDbContext>().Users.SingleAsync(u => u.UserName == uid);
        Assert.NotNull(user.DeactivatedAt);
    }

    [Fact]
    public async Task A_person_removed_from_the_directory_gets_no_sign_in_link_and_their_session_ends()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Fabio Retirado", NetworkPassword);
        var browser = app.Browser();
        await browser.SignInAsync(uid, NetworkPassword);

        directory.Remove(uid);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/portal")).StatusCode);
        var before = app.Smtp!.Messages.Count;
        await app.Browser().PostFormAsync("/account/sign-in-link", new Dictionary<string, string> { ["UserName"] = uid });
        await app.AccountMailSentAsync();
        Assert.Equal(before, app.Smtp.Messages.Count);
    }

    [Fact]
    public async Task A_directory_person_asks_for_a_sign_in_link_with_their_domain_name_and_it_signs_them_in()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Gloria Enlace", NetworkPassword);

        await app.Browser().PostFormAsync("/account/sign-in-link", new Dictionary<string, string> { ["UserName"] = $"MESA\\{uid}" });
        await app.AccountMailSentAsync();

        var mail = app.Smtp!.Messages.Last(m => m.To.ToString().Contains($"{uid}@mesa.test", StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"http://mesa\.test(/account/link\?token=\S+)").Groups[1].Value;
        var browser = app.Browser();
        var signedIn = await browser.PostFormAsync(link, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal")).StatusCode);
    }

    [Fact]
    public async Task A_local_account_of_the_same_name_and_another_address_stays_local_and_the_directory_password_does_not_open_it()
    {
        directory.AddPerson("usuario1", "Otra Persona", NetworkPassword);
        directory.Replace("usuario1", "mail", "otra.persona@mesa.test");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword("MESA\\usuario1", NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword("usuario1", NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.WithPassword("usuario1", MesaApp.Password).GetAsync("/api/v1/tokens")).StatusCode);
        directory.Remove("usuario1");
    }

    private static string NewUid() => $"p{Guid.NewGuid():N}"[..12];

    private static async Task<List<string>> RolesAsync(MesaDbContext db, long userId) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();

    private static async Task<string> SignInAsync(HttpClient browser, string userName, string password)
    {
        var response = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<string> TokenAsync(string userName)
    {
        var created = await (await app.WithPassword(userName, NetworkPassword).PostJsonAsync("/api/v1/tokens", new { name = "integración" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        return created.Str("token");
    }

    private HttpClient Bearer(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class DirectorySignInOnSqlite(DirectorySqliteApp app) : DirectorySignInTests(app, app.Directory), IClassFixture<DirectorySqliteApp>;

public sealed class DirectorySignInOnPostgres(DirectoryPostgresApp app) : DirectorySignInTests(app, app.Directory), IClassFixture<DirectoryPostgresApp>;
