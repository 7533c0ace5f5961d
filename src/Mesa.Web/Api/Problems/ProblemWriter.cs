using Mesa.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Api.Problems;

/// <summary>Writes RFC 9457 problem details with a title and detail from the message resources (Spanish first).</summary>
public sealed class ProblemWriter(IStringLocalizer<Messages> text)
{
    public string Message(string key, IReadOnlyList<object>? arguments = null) =>
        arguments is null or { Count: 0 }
            ? text[key].Value
            : text[key, arguments.Select(Localise).ToArray()].Value;

    public Task WriteAsync(HttpContext http, int status, string titleKey, string detailKey,
        IReadOnlyList<object>? arguments = null, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = Message(titleKey);
        problem.Detail = Message(detailKey, arguments);
        problem.Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
        problem.Instance = http.Request.Path;
        problem.Extensions["rule"] = detailKey;
        problem.Extensions["traceId"] = http.TraceIdentifier;
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null,
            contentType: "application/problem+json");
    }

    /// <summary>Enum arguments (a state) are shown by their Spanish name: "Nueva", not "New".</summary>
    private object Localise(object argument) =>
        argument is Enum e ? text[$"{e.GetType().Name}.{e}"].Value : argument;
}
