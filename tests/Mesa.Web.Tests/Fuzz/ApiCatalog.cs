using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>One operation of the API as its OpenAPI document describes it: what the fuzzer may send.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<string> Query,
    IReadOnlyList<string> Fields, bool TakesJson, IReadOnlySet<int> Statuses)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// The API's operations read from its own OpenAPI document (/openapi/v1.json), so that a new endpoint is fuzzed
/// without being listed: its query parameters and the properties of its JSON body, references followed.
/// </summary>
public static class ApiCatalog
{
    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(MesaApp app)
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || op["responses"] is null) continue;
                var query = (op["parameters"]?.AsArray() ?? [])
                    .Where(p => p?["in"]?.GetValue<string>() == "query")
                    .Select(p => p!["name"]!.GetValue<string>()).ToList();
                var json = op["requestBody"]?["content"]?["application/json"];
                var fields = json is null ? [] : Properties(json["schema"], schemas, 0).Distinct().ToList();
                var statuses = op["responses"]!.AsObject().Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, query, fields, json is not null, statuses));
            }
        }

        return operations.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>The top-level property names of a schema (an array's items' when the body is a list).</summary>
    private static IEnumerable<string> Properties(JsonNode? schema, JsonObject? schemas, int depth)
    {
        if (schema is not JsonObject s || depth > 4) yield break;
        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            foreach (var name in Properties(schemas?[reference.Split('/').Last()], schemas, depth + 1)) yield return name;
            yield break;
        }

        foreach (var key in new[] { "allOf", "anyOf", "oneOf" })
        {
            foreach (var part in s[key]?.AsArray() ?? [])
                foreach (var name in Properties(part, schemas, depth + 1)) yield return name;
        }

        if (s["items"] is { } items)
            foreach (var name in Properties(items, schemas, depth + 1)) yield return name;
        foreach (var (name, _) in s["properties"]?.AsObject() ?? []) yield return name;
    }
}
