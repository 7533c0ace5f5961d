using Mesa.Core.Common;
using Mesa.Core.Tickets.Import;
using Mesa.Web.Administration;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Tickets from ProactivaNET: <c>POST /api/v1/admin/import/proactivanet?dryRun=true</c> with the form files
/// <c>tickets</c> (the *En curso* listing) and, optionally, <c>actions</c> starts an import and answers 202 at once;
/// <c>GET …/proactivanet/{id}</c> follows its progress and then gives its report.
/// </summary>
public static class TicketImportAdminApi
{
    public sealed record RunJson(Guid Id, bool DryRun, string State, int Rows, int Checked, int Written, ReportJson? Report);

    public sealed record ReportJson(int Tickets, int Actions, bool DryRun, bool Applied, IReadOnlyList<ErrorJson> Errors);

    public sealed record ErrorJson(ImportedFile File, int Line, string? Column, string Message);

    /// <summary>Both files and the form around them.</summary>
    public const long MaxRequestBytes = 2L * ProactivaNetImport.MaxBytes + 1024 * 1024;

    public static void MapTicketImportAdmin(this RouteGroupBuilder admin)
    {
        // The API authenticates by token or Basic only, never by cookie, so a form post needs no antiforgery token here.
        admin.MapPost("/import/proactivanet", StartAsync).Refuses(400, 409).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxRequestBytes);
        // The id is read by the handler, not by a route constraint: any other text is a run that is not there (404),
        // answered after the door (401, 403) like every other record.
        admin.MapGet("/import/proactivanet/{id}", (string id, TicketImportRuns runs, RuleText text) =>
            ToJson((Guid.TryParse(id, out var run) ? runs.Find(run) : null) ?? throw new NotFoundException(Rules.NotFound), text))
            .Refuses(404);
    }

    private static async Task<Accepted<RunJson>> StartAsync(HttpContext http, bool? dryRun, TicketImportRuns runs, RuleText text)
    {
        if (!http.Request.HasFormContentType) throw new InputException("tickets", Rules.Required);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // A form that is not one (no parts, a broken boundary) carries no listing.
            throw new InputException("tickets", Rules.Required);
        }

        var tickets = form.Files.GetFile("tickets") is { Length: > 0 } listing
            ? await ReadAsync(listing, http.RequestAborted)
            : throw new InputException("tickets", Rules.Required);
        var actions = form.Files.GetFile("actions") is { Length: > 0 } file ? await ReadAsync(file, http.RequestAborted) : null;
        var actor = await http.ActorAsync();
        var run = runs.Start(tickets, actions, dryRun ?? false, actor.Id) ?? throw new DomainException(Rules.ImportRunning);
        return TypedResults.Accepted($"/api/v1/admin/import/proactivanet/{run.Id}", ToJson(run, text));
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > ProactivaNetImport.MaxBytes)
            throw new InputException(file.Name, Rules.ImportTooLarge, ProactivaNetImport.MaxBytes / 1024 / 1024);
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, ct);
        return content.ToArray();
    }

    public static RunJson ToJson(TicketImportRuns.Run run, RuleText text) => new(run.Id, run.DryRun,
        run.Failed ? "failed" : run.Running ? "running" : "finished", run.Progress.Rows, run.Progress.Checked, run.Progress.Written,
        run.Report is { } report
            ? new ReportJson(report.Tickets, report.Actions, report.DryRun, report.Applied,
                report.Errors.Select(e => new ErrorJson(e.File, e.Line, e.Column, text.Message(e.Rule, e.Arguments))).ToList())
            : null);
}
