using System.Globalization;
using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Approvals;

/// <summary>
/// Guía §14.2 "Flujo de trabajo": an approver decides on a request, from the signed link of their e-mail (without
/// signing in, agent or not) or from their list in the portal (signed in). Opening the page changes nothing (mail
/// scanners open links too); only the post does, through the same <see cref="RequestApprovals.DecideAsync"/> as the
/// API.
/// </summary>
[AllowAnonymous]
public sealed class TicketModel(IApprovalLinks links, Actors actors, RequestApprovals approvals, IStringLocalizer<Ui> text)
    : ApprovalLinkPage
{
    /// <summary>The request, when a signed-in approver comes from their list.</summary>
    [BindProperty(SupportsGet = true, Name = "ticket")]
    public long? TicketId { get; set; }

    public ApprovalRequestView? Asked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Token is null && User.Identity?.IsAuthenticated != true) return Challenge();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Token is null && User.Identity?.IsAuthenticated != true) return Challenge();
        var actor = await LoadAsync(ct);
        if (actor is null || Problem is not null) return Page();
        var decided = await TryAsync(async () =>
        {
            // The decision is about the step, which the domain checks is still the approver's; an agent's edit of the
            // ticket since the page opened does not make it stale.
            await approvals.DecideAsync(actor, Asked!.TicketId, Approves(), Note, version: null, ct);
        }, prefix: "");
        if (decided)
        {
            Asked = await approvals.RequestAsync(actor, Asked!.TicketId, ct);
            Done = Asked.Flow.State switch
            {
                ApprovalFlowState.Rejected => text["TicketApproval.DoneRejected", Asked.Code],
                ApprovalFlowState.Approved => text["TicketApproval.DoneApproved", Asked.Code],
                _ => text["TicketApproval.DoneNext", Asked.Code, Asked.Flow.Current?.Name ?? ""],
            };
        }

        return Page();
    }

    /// <summary>The approver the page speaks for, and the request; null (with <see cref="Problem"/>) when it cannot.</summary>
    private async Task<Actor?> LoadAsync(CancellationToken ct)
    {
        long ticketId;
        Actor actor;
        try
        {
            if (Token is not null)
            {
                if (links.Read(Token) is not { Subject: ApprovalSubject.Ticket } grant)
                {
                    Problem = text["TicketApproval.Invalid"];
                    return null;
                }

                actor = await actors.ForUserAsync(grant.ApproverId, ct, activeOnly: true);
                ticketId = grant.RecordId;
            }
            else
            {
                actor = await ActorAsync();
                ticketId = TicketId ?? throw new NotFoundException(Rules.TicketNotFound, "");
            }

            Asked = await approvals.RequestAsync(actor, ticketId, ct);
        }
        catch (NotFoundException)
        {
            Problem = text["TicketApproval.Invalid"];
            return null;
        }

        var mine = Asked.Flow.Current is { } current && current.ApproverUserName == actor.UserName;
        if (!mine)
        {
            Problem = Asked.Flow.State == ApprovalFlowState.Pending
                ? text["TicketApproval.NotYourTurn", Asked.Code]
                : text["TicketApproval.NotWaiting", Asked.Code, Show.Name(Asked.Flow.State)];
        }

        return actor;
    }

    public string TicketKey => Asked?.TicketId.ToString(CultureInfo.InvariantCulture) ?? "";
}
