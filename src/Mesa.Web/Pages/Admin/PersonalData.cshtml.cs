using Mesa.Core.Common;
using Mesa.Core.Privacy;
using Mesa.Web.Pages.Common;
using Mesa.Web.Reports;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Ley 1581 de 2012 for administrators: find a person, download everything Mesa holds about them (JSON or PDF),
/// anonymize them, and read the audit log of both. The page shows no personal data itself: each download is recorded.
/// </summary>
public sealed class PersonalDataModel(PersonalData data, PersonalDataReport report, IStringLocalizer<Ui> text,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty]
    public AnonymizeForm Anonymize { get; set; } = new();

    public IReadOnlyList<AuditLine> Audit { get; private set; } = [];

    /// <summary>The person <see cref="UserName"/> names: the downloads and the anonymization are offered for them.</summary>
    public PersonSummary? Person { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken ct)
    {
        var pdf = format == "pdf";
        PersonalDataRecord? record = null;
        if (await TryAsync(async () => record = await data.ExportAsync(await ActorAsync(), UserName ?? "",
                pdf ? AuditAction.PersonalDataPrinted : AuditAction.PersonalDataExported, ct), prefix: ""))
        {
            if (pdf)
            {
                var (fileName, content) = report.Pdf(record!);
                return File(content, "application/pdf", fileName);
            }

            // The same file as the API's, written the API's way (camelCase, kebab-case values).
            return File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, json.Value.SerializerOptions), "application/json",
                text["Privacy.FileName", record!.Person.UserName] + ".json");
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnonymizeAsync(CancellationToken ct)
    {
        if (!Anonymize.Understood) ModelState.AddModelError("Anonymize.Understood", text["Privacy.MustUnderstand"]);
        if (ModelState.IsValid
            && await TryAsync(async () => await data.AnonymizeAsync(await ActorAsync(), UserName ?? "", Anonymize.Note, ct),
                prefix: nameof(Anonymize)))
        {
            Flash(text["Privacy.Anonymized"]);
            return RedirectToPage(new { userName = (string?)null });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var who = string.IsNullOrWhiteSpace(UserName) ? null : UserName.Trim();
        Audit = await data.AuditAsync(actor, null, ct);
        if (who is null) return;
        Person = await data.FindAsync(actor, who, ct);
        if (Person is null) ModelState.AddModelError(nameof(UserName), text["Privacy.NoSuchPerson", who]);
    }

    public sealed class AnonymizeForm
    {
        public string? Note { get; set; }

        public bool Understood { get; set; }
    }
}
