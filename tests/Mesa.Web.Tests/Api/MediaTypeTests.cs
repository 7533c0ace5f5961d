using System.Net;
using System.Text;
using Mesa.Web.Tests.Fuzz;
using Mesa.Web.Tests.Security;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Every operation that reads JSON, read from the OpenAPI document, refuses a body of another media type with a
/// Spanish problem (415), whoever sends it: the framework refuses it before the endpoint, and Mesa says why.
/// </summary>
public sealed class MediaTypeTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_a_problem_on_every_operation_that_reads_json()
    {
        var scene = await AccessScene.BuildAsync(app);
        var failures = new List<string>();
        var operations = (await ApiCatalog.ReadAsync(app)).Where(o => o.TakesJson).ToList();
        foreach (var operation in operations)
        {
            var (who, _) = AccessMatrix.FirstAllowed(operation.Method, operation.Path);
            var client = await app.As(who);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), scene.Fill(operation.Path))
            {
                Content = new StringContent("título=Impresora", Encoding.UTF8, "application/x-www-form-urlencoded"),
            });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.UnsupportedMediaType || !body.Contains("JsonBodyRequired", StringComparison.Ordinal))
                failures.Add($"{operation}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 120)]}");
        }

        Assert.True(operations.Count > 40, $"only {operations.Count} operations read JSON");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
