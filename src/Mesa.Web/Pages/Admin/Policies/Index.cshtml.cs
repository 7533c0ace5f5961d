using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Policies;

/// <summary>
/// The ANS policies with their targets per priority, and which service or category subtree uses
/// which one (the most specific wins; without one, the default policy applies).
/// </summary>
public sealed class IndexModel(SlaAdministration sla, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public string? Classification { get; set; }

    [BindProperty]
    public string? Policy { get; set; }

    public IReadOnlyList<SlaPolicy> Policies { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        var service = Common.Classification.Service(Classification);
        if (await TryAsync(() => sla.AssignPolicyAsync(service ?? "", Common.Classification.Category(Classification),
                string.IsNullOrWhiteSpace(Policy) ? null : Policy, ct), prefix: ""))
        {
            Flash(text["Policy.AssignmentSaved"]);
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Policies = await sla.PoliciesAsync(ct);
        Catalog = await choices.CatalogAsync(ct);
    }
}
