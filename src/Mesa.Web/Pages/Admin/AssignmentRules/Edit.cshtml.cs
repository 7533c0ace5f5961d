using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.AssignmentRules;

/// <summary>
/// One assignment rule — what it matches (type, service type, service or category subtree,
/// location subtree; empty is "any") and the group it sends tickets to. Rules are deactivated, never deleted.
/// </summary>
public sealed class EditModel(RoutingAdministration routing, CatalogAdministration catalog, TicketChoices choices,
    IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class RuleForm
    {
        public string? Name { get; set; }

        public string? Group { get; set; }

        public TicketType? Type { get; set; }

        public string? ServiceType { get; set; }

        public string? Classification { get; set; }

        public string? Location { get; set; }

        public bool Active { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public RuleForm Input { get; set; } = new();

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public IReadOnlyList<ServiceType> Types { get; private set; } = [];

    public IReadOnlyList<CatalogAdministration.NodeView> Locations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is not { } id) return Page();
        RoutingAdministration.RuleView rule;
        try
        {
            rule = await routing.RuleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Input = new RuleForm
        {
            Name = rule.Name,
            Group = rule.Group,
            Type = rule.Type,
            ServiceType = rule.ServiceType,
            Classification = Common.Classification.Value(rule.Service ?? ServiceOfCategory(rule), rule.Category),
            Location = rule.Location,
            Active = rule.Active,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        RoutingAdministration.RuleInput input = new(Input.Name ?? "", Input.Group ?? "", Input.Type, Input.ServiceType,
            Common.Classification.Service(Input.Classification), Common.Classification.Category(Input.Classification),
            Input.Location, Input.Active);
        if (await TryAsync(() => routing.SaveRuleAsync(Id, input, ct)))
        {
            Flash(text["Rule.Saved"]);
            return RedirectToPage("Index");
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A rule on a category alone still shows under its service in the picker.</summary>
    private string? ServiceOfCategory(RoutingAdministration.RuleView rule) =>
        rule.Category is null ? null : Catalog.FirstOrDefault(s => s.Categories.Contains(rule.Category))?.Name;

    private async Task LoadAsync(CancellationToken ct)
    {
        Groups = await choices.GroupsAsync(ct);
        Catalog = await choices.CatalogAsync(ct);
        Types = await catalog.ServiceTypesAsync(ct);
        Locations = await catalog.LocationsAsync(ct);
    }
}
