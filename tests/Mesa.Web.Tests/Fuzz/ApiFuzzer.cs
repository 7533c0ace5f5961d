using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Security;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// Generated requests against every API operation, each sent by a person the access matrix lets through (so that
/// the input reaches the code behind the door): a body the route accepts with one or more fields replaced by a
/// hostile value or a value of the wrong JSON kind, bodies that are not JSON at all, and mutated query strings and
/// path parameters. A failure is any 5xx and any database write by a request that was refused (4xx). An answer the
/// operation's OpenAPI description does not declare (but a 404 or 400 to a path parameter that names nothing) is
/// listed in <see cref="Undeclared"/>: the description's debt, shown by the test's output.
/// </summary>
public sealed class ApiFuzzer(MesaApp app, AccessScene scene, Mutations mutations, int requestsPerOperation)
{
    private static readonly string[] BrokenBodies =
    [
        "", "null", "[]", "{", "{\"a\":", "\"texto\"", "42", "{\"\\u0000\":1}", "{\"a\":\"\\ud800\"}",
        "{\"a\":1,\"a\":2}", "\u0000\u0001", "{'a':1}", "{\"a\":1}{\"b\":2}",
    ];

    private readonly Dictionary<string, HttpClient> _clients = [];

    public List<string> Failures { get; } = [];

    public int Requests { get; private set; }

    /// <summary>"METHOD path status" of the answers the OpenAPI description does not declare.</summary>
    public SortedSet<string> Undeclared { get; } = new(StringComparer.Ordinal);

    public async Task RunAsync(ApiOperation operation)
    {
        var (who, baseBody) = AccessMatrix.FirstAllowed(operation.Method, operation.Path);
        var client = await ClientAsync(who);
        var recorder = app.Services.GetRequiredService<WriteRecorder>();
        for (var n = 0; n < requestsPerOperation; n++)
        {
            var path = scene.Fill(operation.Path);
            var pathMutated = n % 7 == 3 && operation.Path.Contains('{', StringComparison.Ordinal);
            if (pathMutated) path = MutatedPath(operation.Path);
            var query = operation.Query.Count > 0 && n % 3 != 0 ? Query(operation.Query) : "";
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + query);
            var described = "";
            if (operation.Method is "POST" or "PUT" or "PATCH")
                (request.Content, described) = Body(operation, baseBody, n);
            var id = Guid.NewGuid().ToString("N");
            request.Headers.Add(WriteRecorder.Header, id);

            Requests++;
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (Exception error)
            {
                Failures.Add($"{operation} as {who}: {error.GetType().Name} {error.Message} ({path}{query} {described})");
                continue;
            }

            var status = (int)response.StatusCode;
            response.Dispose();
            var writes = recorder.Take(id);
            if (status >= 500) Failures.Add($"{status} {operation} as {who}: {Short(path + query)} {Short(described)}");
            else if (status >= 400 && writes.Count > 0)
                Failures.Add($"{status} {operation} as {who} wrote although refused: {Short(writes[0])} ({Short(described)})");
            else if (!operation.Statuses.Contains(status) && !(pathMutated && status is 400 or 404) && status != 415)
                Undeclared.Add($"{operation} {status}");
        }
    }

    private async Task<HttpClient> ClientAsync(string who)
    {
        if (!_clients.TryGetValue(who, out var client)) _clients[who] = client = await app.As(who);
        return client;
    }

    private (HttpContent Content, string Described) Body(ApiOperation operation, string? baseBody, int n)
    {
        if (!operation.TakesJson || baseBody == "@file")
        {
            var bytes = n % 2 == 0 ? Encoding.UTF8.GetBytes(Value()) : RandomBytes();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(n % 4 == 1 ? "text/html" : "application/octet-stream");
            var multipart = new MultipartFormDataContent { { file, "file", n % 3 == 0 ? FileName() : "nota.txt" } };
            return n % 5 == 4 ? (new ByteArrayContent(bytes), "raw bytes") : (multipart, "multipart");
        }

        if (n % 10 == 9)
        {
            var broken = BrokenBodies[mutations.Next(BrokenBodies.Length)];
            var type = n % 20 == 19 ? "text/plain" : "application/json";
            return (new StringContent(broken, Encoding.UTF8, type), $"body «{broken}» as {type}");
        }

        var body = JsonNode.Parse(scene.Expand(baseBody ?? "{}")) as JsonObject ?? [];
        var names = operation.Fields.Concat(body.Select(p => p.Key)).Distinct().ToList();
        var changed = new List<string>();
        for (var i = 0; i < 1 + mutations.Next(2) && names.Count > 0; i++)
        {
            var name = names[mutations.Next(names.Count)];
            body[name] = Hostile();
            changed.Add(name);
        }

        var json = body.ToJsonString();
        return (new StringContent(json, Encoding.UTF8, "application/json"), $"{string.Join(',', changed)} in {json}");
    }

    /// <summary>A hostile string most of the time, else a value of another JSON kind.</summary>
    private JsonNode? Hostile() => mutations.Next(10) switch
    {
        < 6 => JsonValue.Create(Value()),
        6 => JsonValue.Create(mutations.Next(2) == 0 ? long.MaxValue : -1),
        7 => mutations.Next(2) == 0 ? null : JsonValue.Create(true),
        8 => new JsonArray(Enumerable.Range(0, mutations.Next(2) == 0 ? 3 : 5_000).Select(_ => (JsonNode?)JsonValue.Create(Value())).ToArray()),
        _ => Nested(mutations.Next(2) == 0 ? 3 : 60),
    };

    private JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create(Value());
        for (var i = 0; i < depth; i++) node = mutations.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        return node;
    }

    private string Value() => mutations.Some(1)[0];

    /// <summary>A hostile file name as far as a header can carry one (no control characters, not blank, UTF-16 whole).</summary>
    private string FileName()
    {
        var name = new string(Value().Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '_' : c).ToArray());
        return string.IsNullOrWhiteSpace(name) ? "_" : name.Length > 1_000 ? name[..1_000] : name;
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[mutations.Next(2_000) + 1];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)mutations.Next(256);
        return bytes;
    }

    private string Query(IReadOnlyList<string> names)
    {
        var name = names[mutations.Next(names.Count)];
        return $"?{Escape(name)}={Escape(Value())}";
    }

    /// <summary>The pattern with one parameter replaced by a hostile value, escaped as a client would.</summary>
    private string MutatedPath(string pattern)
    {
        var filled = scene.Fill(pattern).Split('/');
        var parts = pattern.Trim('/').Split('/');
        var positions = parts.Select((p, i) => (p, i)).Where(x => x.p.Contains('{', StringComparison.Ordinal)).Select(x => x.i + 1).ToList();
        var at = positions[mutations.Next(positions.Count)];
        // A NUL in a path never reaches Mesa: Kestrel answers 400 itself (the test host throws in the client instead).
        var value = Value().Replace("\0", "", StringComparison.Ordinal);
        filled[at] = value.Length == 0 ? "%20" : Escape(value.Length > 2_000 ? value[..2_000] : value);
        return string.Join('/', filled);
    }

    /// <summary>Percent-encoding of the UTF-8 bytes (a lone surrogate goes as U+FFFD, which is what a client can send).</summary>
    private static string Escape(string value) =>
        string.Concat(Encoding.UTF8.GetBytes(value).Select(b =>
            char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}"));

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
