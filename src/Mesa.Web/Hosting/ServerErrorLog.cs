using System.Security.Claims;
using Mesa.Core.Common;
using Mesa.Web.Api.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace Mesa.Web.Hosting;

/// <summary>
/// The one log line of every answer that ends in a server error, page or API: the method, the route template (not
/// the path, which may carry what a person typed), the person's id (never their name) and the request's reference,
/// which the error page and the API's problem show, so that a person reporting it can quote it. It handles nothing;
/// the API's problem or the error page follows.
/// </summary>
public sealed partial class ServerErrorLog(ILogger<ServerErrorLog> log) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiExceptionHandler.IsExpected(exception) || !IsApi(httpContext))
        {
            var feature = httpContext.Features.Get<IExceptionHandlerFeature>();
            var route = (feature?.Endpoint as RouteEndpoint)?.RoutePattern.RawText is { } template
                ? "/" + template.TrimStart('/')
                : feature?.Endpoint?.DisplayName ?? "(no route)";
            var person = httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
            Failed(log, exception, httpContext.Request.Method, route, person, httpContext.TraceIdentifier);
        }

        return ValueTask.FromResult(false);
    }

    private static bool IsApi(HttpContext http) =>
        (http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "")
        .StartsWith("/api/", StringComparison.Ordinal);

    [LoggerMessage(EventId = 500, Level = LogLevel.Error,
        Message = "Server error on {Method} {Route} for person {PersonId}, reference {Reference}")]
    private static partial void Failed(ILogger log, Exception exception, string method, string route, string personId,
        string reference);
}
