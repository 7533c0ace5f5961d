using Mesa.Core.Administration.Configuration;
using Mesa.Core.Common;
using Mesa.Web.Administration;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Contract §10, Guía §4: the whole configuration as one JSON document (no people, no secrets), and a document taken
/// back: <c>dryRun=true</c> answers what would change without changing anything; with any part refused the answer is
/// a 400 listing every refusal, and nothing is changed.
/// </summary>
public static class ConfigurationAdminApi
{
    public sealed record ImportJson(bool DryRun, bool Applied, IReadOnlyList<ChangeJson> Changes,
        IReadOnlyList<ConfigurationRecord> NotInDocument, IReadOnlyList<ProblemJson> Problems);

    public sealed record ChangeJson(string Part, string Key, string Kind, IReadOnlyList<ConfigurationField> Fields);

    public sealed record ProblemJson(string Where, string? Field, string Message);

    public static void MapConfigurationAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/configuration", async (ConfigurationExport export, HttpContext http) =>
            TypedResults.Text(await export.TextAsync(http.RequestAborted), "application/json", System.Text.Encoding.UTF8))
            .Produces<ConfigurationDocument>();
        admin.MapPut("/configuration", async Task<Results<Ok<ImportJson>, ProblemHttpResult>> (bool? dryRun, HttpContext http,
            ConfigurationImport import, RuleText text) =>
        {
            if (http.Request.ContentLength > ConfigurationFile.MaxBytes)
                throw new InputException("document", Rules.TooLong, ConfigurationFile.MaxBytes);
            var document = await ConfigurationFile.ReadAsync(http.Request.Body, http.RequestAborted);
            var result = await import.ImportAsync(document, dryRun ?? false, http.RequestAborted);
            var json = Json(result, text);
            if (result.Problems.Count == 0) return TypedResults.Ok(json);
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text.Message("ImportHasErrorsTitle"),
                Detail = text.Message(Rules.ConfigurationRefused, [result.Problems.Count]),
                Instance = http.Request.Path,
            };
            problem.Extensions["rule"] = Rules.ConfigurationRefused;
            problem.Extensions["report"] = json;
            return TypedResults.Problem(problem);
        }).Accepts<ConfigurationDocument>("application/json").Refuses(400);
    }

    public static ImportJson Json(ConfigurationImportResult result, RuleText text) => new(result.DryRun, result.Applied,
        [.. result.Changes.Select(c => new ChangeJson(c.Part, c.Key, ApiEnums.Name(c.Kind), c.Fields))], result.NotInDocument,
        [.. result.Problems.Select(p => new ProblemJson(p.Where, p.Field, text.Message(p.Rule, p.Arguments)))]);
}
