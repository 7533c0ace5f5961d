using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Portal;

/// <summary>
/// Guía §5 "Portal de Usuarios", §9 — Mis Incidencias: the tickets I notified or am informed on, with
/// what waits for me (a question to answer, a solution to confirm, requests to approve) on top.
/// </summary>
public sealed class IndexModel(TicketQueries queries, Core.Approvals.RequestApprovals approvals) : ConsolePage
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<TicketDetails> Waiting { get; private set; } = [];

    public PageOf<TicketDetails> Tickets { get; private set; } = new([], 0);

    /// <summary>Guía §14.2 "Flujo de trabajo": how many requests wait for this person's approval.</summary>
    public int ApprovalsWaiting { get; private set; }

    public int Pages => Math.Max(1, (Tickets.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Paging.MaxPage);
        Tickets = await queries.ListAsync(actor, new TicketFilter(TicketListView.Following, Page: PageNumber, PageSize: PageSize), ct);
        // What waits for the person: their own tickets only (an informed user does not answer or confirm).
        var waiting = await queries.ListAsync(actor, new TicketFilter(TicketListView.Mine, PageSize: TicketFilter.MaxPageSize)
        {
            Substate = Substates.PendingUser,
        }, ct);
        var toConfirm = await queries.ListAsync(actor, new TicketFilter(TicketListView.Mine, TicketState.Resolved,
            PageSize: TicketFilter.MaxPageSize), ct);
        Waiting = [.. waiting.Items, .. toConfirm.Items];
        ApprovalsWaiting = await approvals.CountPendingAsync(actor, ct);
    }

    public static bool WaitsForAnswer(TicketDetails t) => t.Substate?.Code == Substates.PendingUser;
}
