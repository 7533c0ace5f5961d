using System.Net;
using System.Text;
using Mesa.Web.Tests.Fuzz;
using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Mesa.Web.Tests.Security;

/// <summary>
/// Who may reach what, read from the application's own list of endpoints: every API route and every page, asked by
/// every role about records that belong to someone else (<see cref="AccessScene"/>), must answer as
/// <see cref="AccessMatrix"/> says, and a refused or hidden answer must write nothing. A route the matrix does not
/// list fails the test until someone decides, row by row, who may reach it.
/// </summary>
public abstract class AccessMatrixTests(MesaApp app, ITestOutputHelper output)
{
    /// <summary>The people who ask, in the order of each row's letters.</summary>
    private static readonly string?[] People = [null, "usuario1", "agente1", "supervisor1", "admin"];

    [Fact]
    public async Task Every_route_answers_every_role_as_the_matrix_says_and_a_refusal_writes_nothing()
    {
        var routes = Routes();
        var unlisted = routes.Where(r => !AccessMatrix.Rows.ContainsKey(r)).ToList();
        var stale = AccessMatrix.Rows.Keys.Where(r => !routes.Contains(r)).ToList();
        Assert.True(unlisted.Count == 0 && stale.Count == 0,
            "Routes the access matrix does not list (decide who may reach each):\n  " + string.Join("\n  ", unlisted)
            + "\nRows of the matrix no route has any more:\n  " + string.Join("\n  ", stale));

        var scene = await AccessScene.BuildAsync(app);
        var api = new List<HttpClient> { app.CreateClient() };
        var pages = new List<HttpClient> { app.Browser() };
        foreach (var person in People.Skip(1))
        {
            api.Add(await app.As(person!));
            var browser = app.Browser();
            await browser.SignInAsync(person!);
            pages.Add(browser);
        }

        var recorder = app.Services.GetRequiredService<WriteRecorder>();
        var failures = new List<string>();
        var observed = new StringBuilder();
        foreach (var route in Ordered(routes))
        {
            var access = AccessMatrix.Rows[route];
            var expected = access.Answers;
            var (method, pattern) = (route[..route.IndexOf(' ')], route[(route.IndexOf(' ') + 1)..]);
            var isPage = method == "PAGE";
            var path = scene.Fill(pattern) + scene.Expand(access.Query ?? "");
            var answers = new char[People.Length];
            var deleted = false;
            for (var who = 0; who < People.Length; who++)
            {
                var request = new HttpRequestMessage(new HttpMethod(isPage ? "GET" : method), path);
                if (method is "POST" or "PUT" or "PATCH") request.Content = Body(access.Body, scene);
                var id = Guid.NewGuid().ToString("N");
                request.Headers.Add(WriteRecorder.Header, id);
                using var response = await (isPage ? pages : api)[who].SendAsync(request);
                var status = (int)response.StatusCode;
                answers[who] = Answer(response, isPage);
                // A second DELETE of what the first one removed finds nothing: it was let through all the same.
                if (answers[who] == 'h' && deleted && expected[who] == 'y') answers[who] = 'y';
                if (method == "DELETE" && status is >= 200 and < 300) deleted = true;

                var writes = recorder.Take(id);
                if (status >= 500) failures.Add($"{route} as {People[who] ?? "anonymous"}: {status}");
                if (answers[who] != 'y' && writes.Count > 0)
                    failures.Add($"{route} as {People[who] ?? "anonymous"} was refused ({status}) but wrote: {writes[0]}");
            }

            var seen = new string(answers);
            observed.AppendLine($"        [\"{route}\"] = \"{seen}\",");
            if (seen != expected) failures.Add($"{route} ({path}): expected {expected}, answered {seen}");
        }

        output.WriteLine(observed.ToString());
        Assert.True(failures.Count == 0, $"{app.Provider}:\n" + string.Join('\n', failures)
            + "\n(letters: anonymous, usuario1, agente1, supervisor1, admin; y answered, n refused, h hidden)");
    }

    private static HttpContent Body(string? body, AccessScene scene)
    {
        if (body != "@file") return new StringContent(scene.Expand(body ?? "{}"), Encoding.UTF8, "application/json");
        var file = new ByteArrayContent("captura"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", "captura.txt" } };
    }

    /// <summary>
    /// y: let through (anything but a refusal: 2xx, 3xx elsewhere, 400, 409); n: refused (401, 403, or a page that
    /// sends to the sign-in or the denied page); h: hidden (404, as a record of someone else's is).
    /// </summary>
    private static char Answer(HttpResponseMessage response, bool isPage)
    {
        var status = (int)response.StatusCode;
        if (status is 401 or 403) return 'n';
        if (status == 404) return 'h';
        var location = response.Headers.Location?.OriginalString ?? "";
        if (isPage && status is 301 or 302 or 303 or 307
            && (location.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase)
                || location.Contains("/account/denied", StringComparison.OrdinalIgnoreCase)))
            return 'n';
        return 'y';
    }

    /// <summary>Every route as "METHOD /pattern", pages as "PAGE /pattern" (their handlers share the page's rule).</summary>
    private HashSet<string> Routes()
    {
        _ = app.CreateClient();
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                routes.Add($"PAGE {pattern}");
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                routes.Add($"{method} {pattern}");
        }

        return routes;
    }

    /// <summary>Reads and changes first, removals last, and the removal of the scene's ticket at the very end.</summary>
    private static IEnumerable<string> Ordered(IEnumerable<string> routes) =>
        routes.OrderBy(r => r == "DELETE /api/v1/tickets/{id}" ? 2 : r.StartsWith("DELETE ", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(r => r, StringComparer.Ordinal);
}

public sealed class AccessMatrixOnSqlite(FuzzedSqliteApp app, ITestOutputHelper output)
    : AccessMatrixTests(app, output), IClassFixture<FuzzedSqliteApp>;

public sealed class AccessMatrixOnPostgres(FuzzedPostgresApp app, ITestOutputHelper output)
    : AccessMatrixTests(app, output), IClassFixture<FuzzedPostgresApp>;
