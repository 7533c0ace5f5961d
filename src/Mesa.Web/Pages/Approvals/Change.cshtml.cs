using Mesa.Core.Changes;
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
/// Guía §10 "En Comité de control de Cambios" from the committee's e-mail: the link opens this page with the decision
/// chosen; the approver reads the change, writes the comment and confirms, without signing in and without being an
/// agent. Opening the link changes nothing (mail scanners open links too); only the post does, through the same
/// <see cref="ChangeService.DecideAsync"/> as the console and the API.
/// </summary>
[AllowAnonymous]
public sealed class ChangeModel(IApprovalLinks links, Actors actors, ChangeService changes, IStringLocalizer<Ui> text)
    : ApprovalLinkPage
{
    public ChangeDetails? Change { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await LoadAsync(ct);
        if (actor is null || Problem is not null) return Page();
        var decided = await TryAsync(async () =>
        {
            var decision = Approves() ? ApprovalDecision.Approve : ApprovalDecision.Reject;
            await changes.DecideAsync(actor, Change!.Code, decision, Note, Change.Version, ct);
        }, prefix: "");
        if (decided)
        {
            Change = await changes.GetAsync(actor, Change!.Code, ct);
            Done = text["Approval.Done", Change.Code, Show.Name(Change.State)];
        }

        return Page();
    }

    /// <summary>The approver the link speaks for, and the change; null (with <see cref="Problem"/>) when it cannot.</summary>
    private async Task<Actor?> LoadAsync(CancellationToken ct)
    {
        if (links.Read(Token) is not { Subject: ApprovalSubject.Change } grant)
        {
            Problem = text["Approval.Invalid"];
            return null;
        }

        try
        {
            var actor = await actors.ForUserAsync(grant.ApproverId, ct, activeOnly: true);
            Change = await changes.GetAsync(actor, grant.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            var mine = Change.Approvals.FirstOrDefault(a => a.ApproverUserName == actor.UserName);
            if (mine is null) Problem = text["Approval.Invalid"];
            else if (mine.Decision is not null) Problem = text["Approval.AlreadyDecided", Change.Code];
            else if (Change.State != ChangeState.AwaitingApproval) Problem = text["Approval.NotWaiting", Change.Code, Show.Name(Change.State)];
            return actor;
        }
        catch (NotFoundException)
        {
            Problem = text["Approval.Invalid"];
            return null;
        }
    }
}
