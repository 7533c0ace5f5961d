using Mesa.Core.Catalog;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>Issue 4 point 1 and Guía §14.2 "Localización / Cliente": the tree of places and clients, as paths.</summary>
public sealed class LocationsModel(CatalogAdministration catalog, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public string? NewPath { get; set; }

    public IReadOnlyList<CatalogAdministration.NodeView> Locations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Locations = await catalog.LocationsAsync(ct);

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        DoneAsync(() => catalog.AddLocationAsync(NewPath ?? "", ct), ct);

    /// <summary>Renames a location or switches it (and everything under it) on or off: one row's form.</summary>
    public Task<IActionResult> OnPostRowAsync(long id, string? name, bool active, CancellationToken ct) =>
        DoneAsync(() => catalog.UpdateLocationAsync(id, name ?? "", active, ct), ct);

    private async Task<IActionResult> DoneAsync(Func<Task> act, CancellationToken ct)
    {
        if (await TryAsync(act, "Location"))
        {
            Flash(text["Catalog.LocationSaved"]);
            return RedirectToPage();
        }

        Locations = await catalog.LocationsAsync(ct);
        return Page();
    }
}
