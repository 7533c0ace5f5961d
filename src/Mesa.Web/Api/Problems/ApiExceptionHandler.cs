using Mesa.Core.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Mesa.Web.Api.Problems;

/// <summary>
/// Turns every failure into a problem-details answer: a broken rule of the guide is 409, bad input 400 (with the
/// field), an unseen ticket 404. Pages handle their own rule errors and fall through to the error page. Anything unexpected is logged and answered 500 with a reference; since every change
/// commits in one SaveChanges, nothing half-done stays behind.
/// </summary>
public sealed class ApiExceptionHandler(ProblemWriter problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var http = httpContext;
        // The middleware has already pointed the request at the error page; the API's own path is in the feature.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return false;
        // The feature's path is already decoded: a string would be decoded again (PathString's conversion), and a
        // path that held "%2500" would become a NUL and throw inside the handler.
        http.Request.Path = new PathString(path);
        switch (exception)
        {
            case ValidationException v:
                await problems.WriteAsync(http, 400, "Problem.BadRequest", "Problem.ValidationDetail",
                    errors: new Dictionary<string, string[]>(v.Errors));
                break;
            case InputException or NotFoundException or ForbiddenException or StaleVersionException or DomainException:
                await problems.WriteAsync(http, problems.Describe(http, exception)!);
                break;
            case BadHttpRequestException { StatusCode: 413 }:
                await problems.WriteAsync(http, 413, "Problem.TooLarge", Rules.BodyTooLarge);
                break;
            case BadHttpRequestException:
                await problems.WriteAsync(http, 400, "Problem.BadRequest", Rules.MalformedBody);
                break;
            case Core.People.Directory.DirectoryUnavailableException:
                await problems.WriteAsync(http, 503, "Problem.Unavailable", Rules.DirectoryUnavailable);
                break;
            default:
                // ServerErrorLog has already written the one log line of this failure.
                await problems.WriteAsync(http, 500, "Problem.ServerError", "Problem.ServerErrorDetail",
                    [http.TraceIdentifier]);
                break;
        }

        return true;
    }

    /// <summary>The failures the API answers as a client's error (4xx) rather than a server error.</summary>
    public static bool IsExpected(Exception exception) => exception is ValidationException or InputException
        or NotFoundException or ForbiddenException or StaleVersionException or DomainException or BadHttpRequestException;
}
