using Mesa.Core.Routing;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.Groups;

/// <summary>The first- and second-line groups with their members, supervisors, mode and load.</summary>
public sealed class IndexModel(RoutingAdministration routing) : ConsolePage
{
    public IReadOnlyList<RoutingAdministration.GroupView> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Groups = await routing.GroupsAsync(ct);
}
