using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.Substates;

/// <summary>Guía §10: the substates of each state, in their order, with their clock flags and the tickets in them now.</summary>
public sealed class IndexModel(SubstateAdministration substates) : ConsolePage
{
    public IReadOnlyList<SubstateAdministration.SubstateView> All { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => All = await substates.ListAsync(ct);
}
