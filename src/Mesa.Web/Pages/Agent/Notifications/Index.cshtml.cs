using Mesa.Core.Following;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Notifications;

/// <summary>
/// The bell (Guía §11 "mantener un monitoreo constante de su bandeja"): what changed on the tickets I work or follow,
/// newest first, the unread ones marked, until I mark them read.
/// </summary>
public sealed class IndexModel(TicketFollowing following, IStringLocalizer<Ui> text) : ConsolePage
{
    public IReadOnlyList<TicketFollowing.BellLine> Lines { get; private set; } = [];

    public string TextOf(TicketFollowing.BellLine line) => Api.NotificationsApi.Text(text, line);

    public async Task OnGetAsync(CancellationToken ct) => Lines = await following.BellAsync(await ActorAsync(), false, ct);

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        await following.MarkReadAsync(await ActorAsync(), null, ct);
        Flash(text["Bell.AllRead"]);
        return RedirectToPage();
    }
}
