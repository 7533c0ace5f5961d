using Mesa.Core.Approvals;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.ApprovalFlows;

/// <summary>Guía §14.2 "Flujo de trabajo": the approval flows the templates and categories may require.</summary>
public sealed class IndexModel(Core.Approvals.ApprovalFlows flows) : ConsolePage
{
    public IReadOnlyList<ApprovalFlow> Flows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Flows = await flows.AllAsync(ct);
}
