using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Every answer, page or API, carries the browser's protections: a Content-Security-Policy without inline script or
/// style, no framing, no sniffing, a referrer policy; every cookie Mesa sets is HttpOnly; an API 401 offers both schemes.
/// </summary>
public abstract class ResponseHeaderTests(MesaApp app)
{
    [Theory]
    [InlineData("/account/sign-in", false)]
    [InlineData("/agent", true)]
    [InlineData("/agent/tickets?q=%00", true)]
    [InlineData("/portal", false)]
    [InlineData("/no-such-page", true)]
    [InlineData("/css/mesa.css", false)]
    [InlineData("/api/v1/tickets", false)]
    [InlineData("/health", false)]
    public async Task Every_answer_carries_the_security_headers(string path, bool signedIn)
    {
        using var browser = app.Browser();
        if (signedIn) await browser.SignInAsync("agente1");

        var response = await browser.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Every_cookie_mesa_sets_is_http_only()
    {
        using var browser = app.Browser();
        var cookies = new List<string>();
        void Keep(HttpResponseMessage r)
        {
            if (r.Headers.TryGetValues("Set-Cookie", out var set)) cookies.AddRange(set);
        }

        Keep(await browser.GetAsync("/account/sign-in"));
        var signIn = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "agente1",
            ["Input.Password"] = MesaApp.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        Keep(signIn);
        Keep(await browser.GetAsync("/"));
        Keep(await browser.PostFromAsync("/agent", "/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/agent" }));
        Keep(await browser.GetAsync("/agent"));

        Assert.Contains(cookies, c => c.StartsWith(".Mesa.Session=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact] // Behind the TLS proxy on this machine: Secure cookies and HSTS; forwarded headers from anyone else are not believed
    public async Task Behind_a_trusted_tls_proxy_cookies_are_secure_and_hsts_is_sent()
    {
        using var proxied = app.Browser();
        proxied.DefaultRequestHeaders.Host = "mesa.entidad.gov.co";
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        using var stranger = app.Browser();
        stranger.DefaultRequestHeaders.Host = "mesa.entidad.gov.co";
        stranger.DefaultRequestHeaders.Add(ClientAddresses.Header, "198.51.100.4");
        stranger.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var throughProxy = await proxied.GetAsync("/account/sign-in");
        var direct = await stranger.GetAsync("/account/sign-in");

        Assert.Contains(throughProxy.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Mesa.Antiforgery=", StringComparison.Ordinal)
            && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=15552000", throughProxy.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(direct.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_api_401_offers_bearer_and_basic()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/tickets");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var schemes = response.Headers.WwwAuthenticate.Select(h => h.Scheme).ToList();
        Assert.Contains("Bearer", schemes);
        Assert.Contains("Basic", schemes);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic" && h.Parameter!.Contains("realm=\"Mesa\"", StringComparison.Ordinal));
    }

    [Fact] // A browser would prompt for Basic credentials and then replay them on requests other sites make it send
    public async Task An_api_401_to_a_browser_offers_only_bearer()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Sec-Fetch-Mode", "navigate");

        var response = await client.GetAsync("/api/v1/tickets");

        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }
}

public sealed class ResponseHeadersOnSqlite(SqliteApp app) : ResponseHeaderTests(app), IClassFixture<SqliteApp>;

public sealed class ResponseHeadersOnPostgres(PostgresApp app) : ResponseHeaderTests(app), IClassFixture<PostgresApp>;
