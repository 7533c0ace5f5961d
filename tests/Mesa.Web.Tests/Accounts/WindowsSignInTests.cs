using System.Net;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// Guía §8 "Acceso integrado Windows" inside the building: a person signed in to Windows (a Kerberos ticket from the
/// realm's KDC, got with kinit) enters without a password. curl speaks Negotiate with the system's GSSAPI, as a
/// browser with the site on its allow-list does.
/// </summary>
public abstract class WindowsSignInTests(MesaApp app, TestDirectory directory, Func<Uri> address)
{
    [Fact]
    public async Task Without_a_ticket_the_windows_page_answers_401_negotiate_and_offers_the_form()
    {
        var (code, output) = await TestKerberos.RunAsync("curl", ["-s", "-i", new Uri(address(), "/account/windows").ToString()], null);

        Assert.Equal(0, code);
        Assert.StartsWith("HTTP/1.1 401", output, StringComparison.Ordinal);
        Assert.Contains("WWW-Authenticate: Negotiate", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/account/sign-in", output, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = address() };
        var page = await client.GetStringAsync("/account/sign-in");
        Assert.Contains("href=\"/account/windows\"", page.Replace("action=", "href=", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_with_a_kerberos_ticket_is_signed_in_with_the_session_cookie_and_sent_home()
    {
        directory.AddPerson("ana", "Ana Kerberos", "Clave-de-Red-2026", "Sistemas", null, "agentes");
        var cache = await TestKerberos.TicketCacheAsync("ana");
        try
        {
            var (_, signIn) = await TestKerberos.RunAsync("curl",
                ["-s", "-i", "--negotiate", "-u", ":", new Uri(address(), "/account/windows?StaySignedIn=true").ToString()], cache);

            Assert.Contains("HTTP/1.1 302", signIn, StringComparison.Ordinal);
            Assert.Contains("Location: /", signIn, StringComparison.Ordinal);
            var cookie = signIn.Split('\n').Single(l => l.StartsWith("Set-Cookie: .Mesa.Session=", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
            // Sent as it came: the cookie's expiry follows the tests' clock (in the past for curl's jar).
            var session = cookie["Set-Cookie: ".Length..].Split(';')[0];
            var (_, console) = await TestKerberos.RunAsync("curl", ["-s", "-i", "-b", session, new Uri(address(), "/agent").ToString()], null);
            Assert.True(console.StartsWith("HTTP/1.1 200", StringComparison.Ordinal), console[..Math.Min(400, console.Length)]);
            await using var scope = app.Services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<MesaDbContext>().Users.SingleAsync(u => u.UserName == "ana");
            Assert.Equal(AccountOrigin.Directory, user.Origin);
        }
        finally
        {
            directory.Remove("ana");
            File.Delete(cache);
        }
    }

    [Theory]
    [InlineData("TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==")] // NTLM's first message, as a browser outside the domain sends it
    [InlineData("YIIBAAYGKwYBBQUCoIH1MIHyoDAwLgYKKwYBBAGCNwICCgYJKoZIgvcSAQICBgkqhkiG9xIBAgIGCisGAQQBgjcCAh4=")] // SPNEGO offering mechanisms, no ticket
    [InlineData("not base64 at all!")]
    [InlineData("")]
    public async Task A_negotiation_that_is_not_a_kerberos_ticket_signs_nobody_in_and_offers_the_form(string token)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address(), "/account/windows"));
        request.Headers.TryAddWithoutValidation("Authorization", $"Negotiate {token}");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Mesa.Session=", StringComparison.Ordinal)));
        Assert.Contains("/account/sign-in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_of_someone_the_directory_does_not_have_signs_nobody_in()
    {
        var cache = await TestKerberos.TicketCacheAsync("beto");
        try
        {
            var (_, output) = await TestKerberos.RunAsync("curl",
                ["-s", "-i", "--negotiate", "-u", ":", new Uri(address(), "/account/windows").ToString()], cache);

            Assert.Contains("HTTP/1.1 403", output, StringComparison.Ordinal);
            Assert.DoesNotContain(".Mesa.Session=", output, StringComparison.Ordinal);
            Assert.Contains("beto@MESA.TEST", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(cache);
        }
    }
}

public sealed class WindowsSignInOnSqlite(WindowsSqliteApp app)
    : WindowsSignInTests(app, app.Directory, () => app.Address), IClassFixture<WindowsSqliteApp>;

public sealed class WindowsSignInOnPostgres(WindowsPostgresApp app)
    : WindowsSignInTests(app, app.Directory, () => app.Address), IClassFixture<WindowsPostgresApp>;
