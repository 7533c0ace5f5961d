using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Portal;

/// <summary>
/// Guía §14.4 from the resolution e-mail: the link opens this page with the answer chosen; the
/// requester confirms it here, with the survey, without signing in. Opening the link changes nothing (mail scanners
/// open links too); only the post does, through the same <see cref="TicketService.ConfirmAsync"/> as the portal.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmModel(IConfirmationLinks links, Actors actors, TicketQueries queries, TicketService tickets,
    IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public TicketDetails? Ticket { get; private set; }

    /// <summary>Why the question cannot be answered here (a broken or expired link, a ticket no longer resolved).</summary>
    public string? Problem { get; private set; }

    /// <summary>What the answer did, once given.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await LoadAsync(ct);
        if (actor is null || Problem is not null) return Page();
        var answered = await TryAsync(async () =>
        {
            var correct = Answer switch
            {
                "correct" => true,
                "incorrect" => false,
                _ => throw new InputException("answer", Rules.Required),
            };
            int? rating = int.TryParse(Rating, out var stars) ? stars : null;
            await tickets.ConfirmAsync(actor, Ticket!.Id, correct, rating,
                string.IsNullOrWhiteSpace(Comment) ? null : Comment, Ticket.Version, ct);
        }, prefix: "");
        if (answered) Done = Answer == "correct" ? text["Portal.Confirmed"] : text["Portal.Reopened"];
        return Page();
    }

    /// <summary>The requester the link speaks for, and their ticket; null (with <see cref="Problem"/>) when it cannot.</summary>
    private async Task<Actor?> LoadAsync(CancellationToken ct)
    {
        if (links.Read(Token) is not { } grant)
        {
            Problem = text["Confirm.Invalid"];
            return null;
        }

        try
        {
            var actor = await actors.ForUserAsync(grant.UserId, ct, activeOnly: true);
            Ticket = await queries.GetAsync(actor, grant.TicketId, ct);
            if (Ticket.State != TicketState.Resolved) Problem = text["Confirm.NotWaiting", Ticket.Code];
            else if (!grant.IsFor(Ticket.ResolvedAt)) Problem = text["Confirm.EarlierResolution", Ticket.Code];
            return actor;
        }
        catch (NotFoundException)
        {
            Problem = text["Confirm.Invalid"];
            return null;
        }
    }
}
