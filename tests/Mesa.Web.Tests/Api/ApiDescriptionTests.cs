using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The API describes itself: the OpenAPI document is valid 3.1 and names every endpoint, every endpoint refuses a
/// caller without credentials, every administration endpoint refuses an agent, and the reference page is served
/// with Mesa's own script policy. The document does not depend on the engine: SQLite only.
/// </summary>
public sealed partial class ApiDescriptionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_document_is_valid_openapi_3_1()
    {
        var document = await ApiDocument.ReadAsync(app);

        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, document.Version);
        Assert.Empty(document.Errors);
        Assert.Empty(document.Document.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal("Mesa API", document.Document.Info.Title);
    }

    [Fact]
    public async Task Every_api_endpoint_is_in_the_document()
    {
        var documented = (await ApiDocument.ReadAsync(app)).Operations().Select(o => $"{o.Method} {o.Path}").ToHashSet();

        var missing = ApiEndpoints(app).Select(e => $"{e.Method} {e.Path}").Where(e => !documented.Contains(e)).ToList();

        Assert.Empty(missing);
        Assert.Equal(ApiEndpoints(app).Count, documented.Count);
    }

    [Fact] // The 401 the document declares on every endpoint: without credentials, nothing is reached.
    public async Task Every_api_endpoint_answers_401_without_credentials()
    {
        using var anonymous = app.CreateClient();
        var answered = new List<string>();

        foreach (var endpoint in ApiEndpoints(app))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Example);
            using var response = await anonymous.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                answered.Add($"{endpoint.Method} {endpoint.Example}: {(int)response.StatusCode}");
        }

        Assert.Empty(answered);
    }

    [Fact] // The 403 the document declares on the administrators' endpoints: an agent reaches none of them.
    public async Task Every_administration_endpoint_answers_403_to_an_agent()
    {
        var agent = await app.As("agente1");
        var admin = ApiEndpoints(app).Where(e => e.Policies.Contains("admin")).ToList();
        var answered = new List<string>();

        foreach (var endpoint in admin)
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Example);
            using var response = await agent.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden) answered.Add($"{endpoint.Method} {endpoint.Example}: {(int)response.StatusCode}");
        }

        Assert.NotEmpty(admin);
        Assert.Empty(answered);
    }

    [Fact]
    public async Task The_reference_page_is_served_with_a_nonce_and_linked_from_the_help()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/api-reference/");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
        var help = await client.GetStringAsync("/help/api");
        Assert.Contains("href=\"/api-reference/\"", help);
        Assert.Contains("href=\"/openapi/v1.json\"", help);
    }

    /// <summary>Each API endpoint the application maps, with an example address its route matches.</summary>
    internal static IReadOnlyList<ApiEndpoint> ApiEndpoints(MesaApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                new ApiEndpoint(method, ApiDocument.PathOf(e.RoutePattern.RawText!),
                    RouteValue().Replace(ApiDocument.PathOf(e.RoutePattern.RawText!), "1"),
                    e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").ToHashSet())))
            .ToList();

    internal sealed record ApiEndpoint(string Method, string Path, string Example, IReadOnlySet<string> Policies);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"script-src[^;]*'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();
}

/// <summary>The API's OpenAPI document as a client reads it.</summary>
internal sealed record ApiDocument(OpenApiDocument Document, OpenApiSpecVersion Version, IReadOnlyList<OpenApiError> Errors)
{
    public static async Task<ApiDocument> ReadAsync(MesaApp app)
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        var read = OpenApiDocument.Parse(json, "json");
        return new ApiDocument(read.Document!, read.Diagnostic!.SpecificationVersion,
            read.Diagnostic.Errors.ToList());
    }

    public IEnumerable<(string Method, string Path, IReadOnlyList<string> Statuses)> Operations() =>
        from path in Document.Paths
        from operation in path.Value.Operations ?? []
        select (operation.Key.Method.ToUpperInvariant(), path.Key,
            (IReadOnlyList<string>)(operation.Value.Responses?.Keys.ToList() ?? []));

    /// <summary>A route as the document writes it: no constraints, no trailing slash.</summary>
    public static string PathOf(string route) =>
        Regex.Replace(route, @"\{([^}:=?]+)[^}]*\}", "{$1}").TrimEnd('/');
}
