using Mesa.Core.Catalog.Import;
using Mesa.Web.Api.Admin;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Import the catalogue, groups, members and rules from CSV files. "Solo comprobar" (on by default)
/// reports every bad row and changes nothing; a real import also changes nothing when any row is bad.
/// </summary>
public sealed class ImportModel(CatalogImport import, RuleText rules, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public ImportKind Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool DryRun { get; set; } = true;

    public ImportAdminApi.ImportJson? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.ChooseFile"]);
            return Page();
        }

        if (Upload.Length > ImportFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), rules.Message(Mesa.Core.Common.Rules.ImportTooLarge, [ImportFile.MaxBytes / 1024 / 1024]));
            return Page();
        }

        using var content = new MemoryStream();
        await Upload.CopyToAsync(content, ct);
        Report = ImportAdminApi.ToJson(await import.RunAsync(Kind, content.ToArray(), DryRun, ct), rules);
        return Page();
    }
}
