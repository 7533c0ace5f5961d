using Mesa.Core.Catalog;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>Guía §14.2 "Localización / Cliente": the tree of places and clients, as paths.</summary>
public sealed class LocationsModel(CatalogAdministration catalog, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public string? NewPath { get; set; }

    public IReadOnlyList<CatalogAdministration.NodeView> Locations { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        PostAsync(() => catalog.AddLocationAsync(NewPath ?? "", ct), text["Catalog.LocationSaved"], () => LoadAsync(ct),
            prefix: "Location");

    /// <summary>Renames a location or switches it (and everything under it) on or off: one row's form.</summary>
    public Task<IActionResult> OnPostRowAsync(long id, string? name, bool active, CancellationToken ct) =>
        PostAsync(() => catalog.UpdateLocationAsync(id, name ?? "", active, ct), text["Catalog.LocationSaved"],
            () => LoadAsync(ct), prefix: "Location");

    private async Task LoadAsync(CancellationToken ct) => Locations = await catalog.LocationsAsync(ct);
}
