using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Api.Problems;

/// <summary>Writes RFC 9457 problem details with a title and detail from the message resources (Spanish first).</summary>
public sealed class ProblemWriter(RuleText text)
{
    public string Message(string key, IReadOnlyList<object>? arguments = null) => text.Message(key, arguments);

    public Task WriteAsync(HttpContext http, int status, string titleKey, string detailKey,
        IReadOnlyList<object>? arguments = null, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = Message(titleKey);
        problem.Detail = Message(detailKey, arguments);
        problem.Type = status == StatusCodes.Status429TooManyRequests
            ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
            : $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
        problem.Instance = http.Request.Path;
        problem.Extensions["rule"] = detailKey;
        problem.Extensions["traceId"] = http.TraceIdentifier;
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null,
            contentType: "application/problem+json");
    }
}
