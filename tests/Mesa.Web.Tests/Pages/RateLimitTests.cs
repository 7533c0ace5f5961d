using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Nothing limits how fast a client may try, unless Mesa does: the account forms per client address (and those that
/// send e-mail per hour), the API per credential and per address. Over a limit: 429 with Retry-After and Spanish words,
/// for that client only.
/// </summary>
public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Account_forms_from_one_address_are_limited_a_minute_and_another_address_is_not_held_up()
    {
        using var flooding = Browser("198.51.100.10");
        for (var i = 0; i < RateLimitedApp.AccountPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(flooding, "nadie-" + i)).StatusCode);

        var refused = await SignInAsync(flooding, "nadie-mas");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Demasiados intentos", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var other = Browser("198.51.100.11");
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(other, "nadie")).StatusCode);
    }

    [Fact] // Mesa is not a way to send mail to strangers: the forms that write one are limited by the hour
    public async Task Forms_that_send_mail_are_limited_an_hour_per_address()
    {
        using var browser = Browser("198.51.100.20");
        for (var i = 0; i < RateLimitedApp.AccountMailPerHour; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await ForgotAsync(browser, $"alguien{i}@externo.test")).StatusCode);

        var refused = await ForgotAsync(browser, "otra@externo.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, "nadie")).StatusCode); // signing in is not mail
    }

    [Fact]
    public async Task The_api_is_limited_per_credential_and_per_address_with_a_spanish_problem()
    {
        using var agent = Api("198.51.100.30", "agente1");
        for (var i = 0; i < RateLimitedApp.ApiPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/knowledge")).StatusCode);

        var refused = await agent.GetAsync("/api/v1/knowledge");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.ReadObjectAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("TooManyRequests", problem.Str("rule"));
        Assert.Contains("Intente de nuevo en", problem.Str("detail"), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Another person at the same address goes on, until the address itself has asked too much.
        using var colleague = Api("198.51.100.30", "agente2");
        var answered = 0;
        while ((await colleague.GetAsync("/api/v1/knowledge")).StatusCode == HttpStatusCode.OK) answered++;
        Assert.Equal(RateLimitedApp.ApiPerMinutePerAddress - RateLimitedApp.ApiPerMinute, answered);
        using var elsewhere = Api("198.51.100.31", "agente2");
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/v1/knowledge")).StatusCode);
    }

    [Fact] // The API's description promises a 429 on every endpoint: each one gives it to a client over its limit
    public async Task Every_api_endpoint_answers_429_to_a_credential_over_its_limit()
    {
        using var client = Api("198.51.100.40", "supervisor1");
        while ((await client.GetAsync("/api/v1/knowledge")).StatusCode != HttpStatusCode.TooManyRequests)
        {
            // Spend the minute's budget.
        }

        var answered = new List<string>();
        foreach (var endpoint in Mesa.Web.Tests.Api.ApiDescriptionTests.ApiEndpoints(app))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Example);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.TooManyRequests) answered.Add($"{endpoint.Method} {endpoint.Example}: {(int)response.StatusCode}");
        }

        Assert.Empty(answered);
    }

    private HttpClient Browser(string address)
    {
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return browser;
    }

    private HttpClient Api(string address, string userName)
    {
        var client = app.WithPassword(userName, MesaApp.Password);
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string userName) =>
        browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = "no-es-la-clave",
        });

    private static Task<HttpResponseMessage> ForgotAsync(HttpClient browser, string email) =>
        browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
}
