using Mesa.Core.Administration.Configuration;
using Mesa.Core.Common;
using Mesa.Web.Administration;
using Mesa.Web.Api.Problems;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Guía §4, the platform parametrized by its administrators: the whole configuration as one JSON document (no people,
/// no secrets), and a document taken back: <c>dryRun=true</c> answers what would change without changing anything; with any part refused the answer is
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
            ConfigurationImport import, RuleText text, ProblemWriter problems) =>
        {
            if (http.Request.ContentLength > ConfigurationFile.MaxBytes)
                throw new InputException("document", Rules.TooLong, ConfigurationFile.MaxBytes);
            var document = await ConfigurationFile.ReadAsync(http.Request.Body, http.RequestAborted);
            var result = await import.ImportAsync(document, dryRun ?? false, http.RequestAborted);
            var json = Json(result, text);
            return result.Problems.Count == 0
                ? TypedResults.Ok(json)
                : TypedResults.Problem(problems.Refused(http, Rules.ConfigurationRefused, result.Problems.Count, json));
        }).Accepts<ConfigurationDocument>("application/json").Refuses(400);
    }

    public static ImportJson Json(ConfigurationImportResult result, RuleText text) => new(result.DryRun, result.Applied,
        [.. result.Changes.Select(c => new ChangeJson(c.Part, c.Key, ApiEnums.Name(c.Kind), c.Fields))], result.NotInDocument,
        [.. result.Problems.Select(p => new ProblemJson(p.Where, p.Field, text.Message(p.Rule, p.Arguments)))]);
}
