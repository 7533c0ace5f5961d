using Mesa.Core.Catalog;
using Mesa.Core.Sla;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Catalog;

/// <summary>The service types and the services of the catalogue, with their ANS and calendar.</summary>
public sealed class IndexModel(CatalogAdministration catalog, SlaAdministration sla, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class ServiceForm
    {
        public string? Name { get; set; }

        public string? ServiceType { get; set; }

        public string? Policy { get; set; }
    }

    [BindProperty]
    public ServiceForm Input { get; set; } = new();

    [BindProperty]
    public string? TypeName { get; set; }

    public IReadOnlyList<ServiceType> Types { get; private set; } = [];

    public IReadOnlyList<CatalogAdministration.ServiceView> Services { get; private set; } = [];

    public IReadOnlyList<SlaPolicy> Policies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostServiceAsync(CancellationToken ct)
    {
        CatalogAdministration.ServiceInput input = new(Input.Name ?? "", Input.ServiceType, Input.Policy);
        return await PostAsync(() => catalog.SaveServiceAsync(null, input, ct), text["Catalog.ServiceSaved"], () => LoadAsync(ct));
    }

    public Task<IActionResult> OnPostTypeAsync(CancellationToken ct) =>
        PostAsync(() => catalog.SaveServiceTypeAsync(null, TypeName ?? "", true, ct), text["Catalog.TypeSaved"],
            () => LoadAsync(ct), prefix: "Type");

    /// <summary>Renames a service type or switches it on or off (one row's form).</summary>
    public Task<IActionResult> OnPostTypeRowAsync(int id, string? name, bool active, CancellationToken ct) =>
        PostAsync(() => catalog.SaveServiceTypeAsync(id, name ?? "", active, ct), text["Catalog.TypeSaved"],
            () => LoadAsync(ct), prefix: "Type");

    private async Task LoadAsync(CancellationToken ct)
    {
        Types = await catalog.ServiceTypesAsync(ct);
        Services = await catalog.ServicesAsync(ct);
        Policies = await sla.PoliciesAsync(ct);
    }
}
