using Mesa.Core.Routing;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.AssignmentRules;

/// <summary>Guía §7: the assignment rules, with what each matches on and where it sends tickets.</summary>
public sealed class IndexModel(RoutingAdministration routing) : ConsolePage
{
    public IReadOnlyList<RoutingAdministration.RuleView> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rules = await routing.RulesAsync(ct);
}
