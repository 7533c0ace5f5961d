using CsvHelper;
using Mesa.Core.Tickets.Import;
using Mesa.Web.Administration;
using Mesa.Web.Api.Admin;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Tickets from ProactivaNET: the *En curso* listing and its actions. The import runs in the background and the page
/// shows how far it has gone, then every row that could not be taken (all of them as a spreadsheet too). "Solo
/// comprobar" (on by default) checks every row and changes nothing.
/// </summary>
[RequestSizeLimit(TicketImportAdminApi.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = TicketImportAdminApi.MaxRequestBytes)]
public sealed class ProactivaNetModel(TicketImportRuns runs, RuleText rules, IStringLocalizer<Ui> text) : ConsolePage
{
    /// <summary>The bad rows shown on the page; the spreadsheet has every one.</summary>
    public const int ErrorsShown = 200;

    [BindProperty]
    public IFormFile? Tickets { get; set; }

    [BindProperty]
    public IFormFile? Actions { get; set; }

    [BindProperty]
    public bool DryRun { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public Guid? Run { get; set; }

    public TicketImportAdminApi.RunJson? Current { get; private set; }

    public IActionResult OnGet()
    {
        if (Run is not { } id) return Page();
        if (runs.Find(id) is not { } run) return NotFound();
        Current = TicketImportAdminApi.ToJson(run, rules);
        return Page();
    }

    /// <summary>The run's progress, for the page to move its bar while it runs.</summary>
    public IActionResult OnGetProgress(Guid run)
    {
        if (runs.Find(run) is not { } found) return NotFound();
        var p = found.Progress;
        return new JsonResult(new
        {
            running = found.Running,
            text = text["ProactivaNet.Progress", p.Checked, p.Rows, p.Written].Value,
            value = p.Checked,
            max = Math.Max(p.Rows, 1),
        });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Tickets is not { Length: > 0 }) ModelState.AddModelError(nameof(Tickets), text["ProactivaNet.ChooseFile"]);
        if (!ModelState.IsValid) return Page();

        byte[] listing, actions;
        try
        {
            listing = await TicketImportAdminApi.ReadAsync(Tickets!, ct);
            actions = Actions is { Length: > 0 } ? await TicketImportAdminApi.ReadAsync(Actions, ct) : [];
        }
        catch (Core.Common.InputException error)
        {
            ModelState.AddModelError(error.Field == "actions" ? nameof(Actions) : nameof(Tickets), rules.Message(error.Rule, error.Arguments));
            return Page();
        }

        var run = runs.Start(listing, actions.Length > 0 ? actions : null, DryRun, (await ActorAsync()).Id);
        if (run is null)
        {
            ModelState.AddModelError(nameof(Tickets), rules.Message(Core.Common.Rules.ImportRunning));
            return Page();
        }

        return RedirectToPage(new { run = run.Id });
    }

    /// <summary>Every row that could not be taken, as a spreadsheet (UTF-8 with its mark, formulas written as text).</summary>
    public async Task<IActionResult> OnGetErrorsAsync(Guid run, CancellationToken ct)
    {
        if (runs.Find(run)?.Report is not { } report) return NotFound();
        Response.ContentType = AdminLogCsv.ContentType;
        Response.Headers.ContentDisposition = "attachment; filename=\"importacion-proactivanet-errores.csv\"";
        await using var csv = CsvWriter.Create(Response.Body,
            new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
        foreach (var header in new[] { "File", "Line", "Column", "Message" }) csv.WriteField(text[$"ProactivaNet.Column.{header}"].Value);
        await csv.EndRecordAsync(ct);
        foreach (var error in report.Errors)
        {
            csv.WriteField(text[$"ProactivaNet.File.{error.File}"].Value);
            csv.WriteField(error.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(error.Column ?? "");
            csv.WriteField(rules.Message(error.Rule, error.Arguments));
            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
        return new EmptyResult();
    }
}
