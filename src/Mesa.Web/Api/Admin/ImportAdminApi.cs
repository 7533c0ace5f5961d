using Mesa.Core.Catalog.Import;
using Mesa.Core.Common;
using Mesa.Web.Api.Problems;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// <c>POST /api/v1/admin/import/{kind}?dryRun=true</c> with the CSV file as the body. A good file
/// answers 200 with the report; a file with any bad row answers 400, lists every bad row, and changes nothing.
/// </summary>
public static class ImportAdminApi
{
    public sealed record ImportJson(ImportKind Kind, int Rows, bool DryRun, bool Applied, IReadOnlyList<ImportErrorJson> Errors);

    public sealed record ImportErrorJson(int Line, string? Column, string Message);

    public static void MapImportAdmin(this RouteGroupBuilder admin) =>
        admin.MapPost("/import/{kind}", async Task<Results<Ok<ImportJson>, ProblemHttpResult>> (string kind, bool? dryRun, HttpContext http, CatalogImport import,
            RuleText text, ProblemWriter problems) =>
        {
            if (!ApiEnums.TryParse<ImportKind>(kind, out var parsed))
                throw new NotFoundException(Rules.NotFound);
            var content = await ReadBodyAsync(http.Request, http.RequestAborted);
            var report = await import.RunAsync(parsed, content, dryRun ?? false, http.RequestAborted);
            var json = ToJson(report, text);
            return report.Errors.Count == 0
                ? TypedResults.Ok(json)
                : TypedResults.Problem(problems.Refused(http, "ImportHasErrors", report.Errors.Count, json));
        }).Refuses(400, 404);

    public static ImportJson ToJson(ImportReport report, RuleText text) => new(report.Kind, report.Rows, report.DryRun,
        report.Applied, report.Errors.Select(e => new ImportErrorJson(e.Line, e.Column, text.Message(e.Rule, e.Arguments))).ToList());

    /// <summary>Reads at most one byte more than the limit, so that a huge body is refused without reading it all.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ImportFile.MaxBytes) break;
        }

        return buffer.ToArray();
    }
}
