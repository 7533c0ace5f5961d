using Mesa.Core.Approvals;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Portal;

/// <summary>
/// Guía §14.2 "Flujo de trabajo": the requests waiting for the signed-in person's approval, whatever their role; each
/// opens the same decision page as the e-mail's link.
/// </summary>
public sealed class ApprovalsModel(RequestApprovals approvals) : ConsolePage
{
    public IReadOnlyList<PendingApproval> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Pending = await approvals.PendingForAsync(await ActorAsync(), ct);
}
