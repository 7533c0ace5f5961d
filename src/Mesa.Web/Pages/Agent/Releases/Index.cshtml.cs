using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Releases;

/// <summary>Entregas: the releases not yet accepted, by planned date, and the form to plan a new one.</summary>
public sealed class IndexModel(ReleaseService releases, OrganisationTime time, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty]
    public NewRelease Input { get; set; } = new();

    public int PageNumber { get; private set; } = 1;

    public PageOf<ReleaseSummary> Result { get; private set; } = new([], 0);

    public int Pages => Math.Max(1, (Result.Total + ReleaseService.PageSize - 1) / ReleaseService.PageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var planned = LocalInstant.Read(ModelState, time, "Input.PlannedAt", Input.PlannedAt, text["Changes.InvalidDate"]);
        var actor = await ActorAsync();
        Release? release = null;
        if (ModelState.IsValid && await TryAsync(async () => release = await releases.CreateAsync(actor, Input.Name, planned, [], ct)))
        {
            Flash(text["Releases.Created"]);
            return RedirectToPage("Details", new { id = release!.Id });
        }

        await LoadAsync(ct);
        return Page();
    }

    public string PageLink(int page) =>
        $"/agent/releases?page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}" + (Closed ? "&closed=true" : "");

    private async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        Result = await releases.ListAsync(await ActorAsync(), null, Closed, PageNumber, ct);
    }

    public sealed class NewRelease
    {
        public string? Name { get; set; }

        public string? PlannedAt { get; set; }
    }
}
