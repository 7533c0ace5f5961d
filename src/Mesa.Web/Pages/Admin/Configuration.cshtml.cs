using System.Globalization;
using System.Text;
using Mesa.Core.Administration.Configuration;
using Mesa.Core.Common;
using Mesa.Web.Administration;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Guía §4: the configuration as one file. It downloads; a file is first compared (what it adds, what it changes field
/// by field, what this installation has that the file does not name, what it cannot take), and only then imported.
/// </summary>
public sealed class ConfigurationModel(ConfigurationExport export, ConfigurationImport import, RuleText rules,
    OrganisationTime time, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The document compared, carried to the import once the administrator has read the differences.</summary>
    [BindProperty]
    public string? Document { get; set; }

    public ConfigurationImportResult? Result { get; private set; }

    public string Message(ConfigurationProblem problem) => rules.Message(problem.Rule, problem.Arguments);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var day = time.ToLocal(time.UtcNow).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return File(Encoding.UTF8.GetBytes(await export.TextAsync(ct)), "application/json", $"mesa-configuracion-{day}.json");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Configuration.NoFile"]);
            return Page();
        }

        if (Upload.Length > ConfigurationFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), rules.Message(Rules.TooLong, [ConfigurationFile.MaxBytes]));
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
        Document = await reader.ReadToEndAsync(ct);
        await TryAsync(async () => Result = await import.ImportAsync(await ReadAsync(Document, ct), dryRun: true, ct), prefix: nameof(Upload));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Document)) return RedirectToPage();
        if (await TryAsync(async () => Result = await import.ImportAsync(await ReadAsync(Document, ct), dryRun: false, ct),
                prefix: nameof(Upload))
            && Result!.Applied)
        {
            Flash(text["Configuration.Applied", Result.Changes.Count]);
            return RedirectToPage();
        }

        return Page();
    }

    private static async Task<ConfigurationDocument> ReadAsync(string document, CancellationToken ct)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document));
        return await ConfigurationFile.ReadAsync(stream, ct);
    }
}
