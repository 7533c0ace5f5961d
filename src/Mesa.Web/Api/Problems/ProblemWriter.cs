using Mesa.Core.Common;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Api.Problems;

/// <summary>Writes RFC 9457 problem details with a title and detail from the message resources (Spanish first).</summary>
public sealed class ProblemWriter(RuleText text)
{
    public string Message(string key, IReadOnlyList<object>? arguments = null) => text.Message(key, arguments);

    public Task WriteAsync(HttpContext http, int status, string titleKey, string detailKey,
        IReadOnlyList<object>? arguments = null, IDictionary<string, string[]>? errors = null) =>
        WriteAsync(http, Problem(http, status, titleKey, detailKey, arguments, errors));

    public Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status ?? 500;
        return http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null,
            contentType: "application/problem+json");
    }

    /// <summary>
    /// The problem a refused command answers (400 bad input beside its field, 403, 404, 409 a rule or a stale version);
    /// null for any other failure. A bulk action shows each item's problem as the single command would answer it.
    /// </summary>
    public ProblemDetails? Describe(HttpContext http, Exception exception) => exception switch
    {
        InputException i => Problem(http, 400, "Problem.BadRequest", i.Rule, i.Arguments,
            new Dictionary<string, string[]> { [JsonName(i.Field)] = [Message(i.Rule, i.Arguments)] }),
        NotFoundException n => Problem(http, 404, "Problem.NotFound", n.Rule, n.Arguments),
        ForbiddenException f => Problem(http, 403, "Problem.Forbidden", f.Rule, f.Arguments),
        StaleVersionException => Problem(http, 409, "Problem.StaleVersion", Rules.StaleVersion),
        DomainException d => Problem(http, 409, "Problem.Conflict", d.Rule, d.Arguments),
        _ => null,
    };

    /// <summary>
    /// A file or document refused as a whole (a CSV import, a configuration): 400, with the <paramref name="rule"/>'s
    /// sentence and the whole <paramref name="report"/> that lists every refusal; nothing was changed.
    /// </summary>
    public ProblemDetails Refused(HttpContext http, string rule, int refusals, object report)
    {
        var problem = Problem(http, StatusCodes.Status400BadRequest, "ImportHasErrorsTitle", rule, [refusals]);
        problem.Extensions["report"] = report;
        return problem;
    }

    /// <summary>A field's name as the JSON body spells it (<c>Input.Title</c> → <c>title</c>).</summary>
    public static string JsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    private ProblemDetails Problem(HttpContext http, int status, string titleKey, string detailKey,
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
        return problem;
    }
}
