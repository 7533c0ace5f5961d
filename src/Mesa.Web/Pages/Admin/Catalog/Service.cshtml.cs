using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Catalog;

/// <summary>
/// One service — its name, type, ANS (which brings its calendar) and state — and its category tree
/// shown as paths, each node renamed, given its own ANS, or deactivated with everything under it.
/// </summary>
public sealed class ServiceModel(CatalogAdministration catalog, SlaAdministration sla, Core.Approvals.ApprovalFlows flows,
    IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class ServiceForm
    {
        public string? Name { get; set; }

        public string? ServiceType { get; set; }

        public string? Policy { get; set; }

        public bool Active { get; set; }

        /// <summary>Every action on the service's tickets must say the minutes it took.</summary>
        public bool RequiresTimeSpent { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public ServiceForm Input { get; set; } = new();

    /// <summary>Guía §14.2 "Flujo de trabajo": who approves a flow's "owner of the service" step (a user name).</summary>
    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? NewPath { get; set; }

    [BindProperty]
    public string? NewPolicy { get; set; }

    public CatalogAdministration.ServiceView Service { get; private set; } = null!;

    public IReadOnlyList<CatalogAdministration.NodeView> Categories { get; private set; } = [];

    public IReadOnlyList<ServiceType> Types { get; private set; } = [];

    public IReadOnlyList<SlaPolicy> Policies { get; private set; } = [];

    public IReadOnlyList<string> Flows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new ServiceForm
        {
            Name = Service.Name,
            ServiceType = Service.ServiceType,
            Policy = Service.Policy,
            Active = Service.Active,
            RequiresTimeSpent = Service.RequiresTimeSpent,
        };
        Owner = Service.Owner;
        return Page();
    }

    public Task<IActionResult> OnPostServiceAsync(CancellationToken ct) => DoneAsync(
        () => catalog.SaveServiceAsync(Id, new(Input.Name ?? "", Input.ServiceType, Input.Policy, Input.Active,
            Input.RequiresTimeSpent), ct),
        text["Catalog.ServiceSaved"], ct);

    public Task<IActionResult> OnPostOwnerAsync(CancellationToken ct) => DoneAsync(
        () => flows.SetServiceOwnerAsync(Id, Owner, ct), text["Catalog.OwnerSaved"], ct, "");

    /// <summary>The approval flow of one category (and of those below it without their own).</summary>
    public Task<IActionResult> OnPostCategoryFlowAsync(long categoryId, string? flow, CancellationToken ct) => DoneAsync(
        () => flows.SetCategoryFlowAsync(categoryId, flow, ct), text["Catalog.CategorySaved"], ct, "Category");

    public Task<IActionResult> OnPostCategoryAsync(CancellationToken ct) => DoneAsync(
        () => catalog.AddCategoryAsync(Id, NewPath ?? "", string.IsNullOrWhiteSpace(NewPolicy) ? null : NewPolicy, ct),
        text["Catalog.CategorySaved"], ct, "NewCategory");

    /// <summary>Renames a category, sets its ANS, or switches it (and its subtree) on or off: one row's form.</summary>
    public Task<IActionResult> OnPostCategoryRowAsync(long categoryId, string? name, string? policy, bool active,
        CancellationToken ct) => DoneAsync(
        () => catalog.UpdateCategoryAsync(categoryId, name ?? "", string.IsNullOrWhiteSpace(policy) ? null : policy, active, ct),
        text["Catalog.CategorySaved"], ct, "Category");

    private async Task<IActionResult> DoneAsync(Func<Task> act, string message, CancellationToken ct, string prefix = "Input")
    {
        if (await TryAsync(act, prefix))
        {
            Flash(message);
            return RedirectToPage(new { Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Service = await catalog.ServiceAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Categories = await catalog.CategoriesAsync(Id, ct);
        Types = await catalog.ServiceTypesAsync(ct);
        Policies = await sla.PoliciesAsync(ct);
        Flows = await flows.ActiveNamesAsync(ct);
        return true;
    }
}
