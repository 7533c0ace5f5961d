using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Every answer of the API during a run of the suite, as "METHOD /route/{pattern} STATUS", appended to the file that
/// <c>MESA_API_ANSWERS</c> names (./test.sh sets it). <c>Api/OpenApiAnswersTests</c> then holds the API's OpenAPI
/// document to what the suite saw: every documented response was produced, every produced one is documented.
/// </summary>
public sealed class ApiAnswers : IStartupFilter
{
    public static readonly string? File = Environment.GetEnvironmentVariable("MESA_API_ANSWERS");

    private static readonly ConcurrentDictionary<string, byte> Seen = new(StringComparer.Ordinal);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, inner) =>
        {
            var endpoint = new RememberedEndpoint();
            http.Features.Set<IEndpointFeature>(endpoint);
            await inner(http);
            if (endpoint.First is RouteEndpoint route && route.RoutePattern.RawText is { } pattern
                && pattern.StartsWith("/api/", StringComparison.Ordinal))
                Record($"{http.Request.Method} {pattern} {http.Response.StatusCode}");
        });
        next(app);
    };

    private static void Record(string line)
    {
        if (File is null || !Seen.TryAdd(line, 0)) return;
        lock (Seen) System.IO.File.AppendAllText(File, line + "\n");
    }

    /// <summary>The endpoint routing chose, kept even when the exception handler clears it to write the problem.</summary>
    private sealed class RememberedEndpoint : IEndpointFeature
    {
        private Endpoint? _endpoint;

        public Endpoint? First { get; private set; }

        public Endpoint? Endpoint
        {
            get => _endpoint;
            set
            {
                _endpoint = value;
                First ??= value;
            }
        }
    }
}
