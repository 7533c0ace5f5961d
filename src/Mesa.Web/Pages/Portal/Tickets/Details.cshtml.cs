using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Portal.Tickets;

/// <summary>
/// Guía §14.3, §14.4, §15: the requester's view of a ticket — the published actions in order, the
/// answer box, the expected resolution date, and for a resolved ticket Correcta / Incorrecta with the survey. Only
/// what is published to the requester is read (TicketQueries shapes it for a requester); any other ticket is 404.
/// </summary>
public sealed class DetailsModel(TicketQueries queries, TicketService tickets, IStringLocalizer<Ui> text,
    Microsoft.Extensions.Options.IOptions<MesaSettings> settings, TicketFiles files) : ConsolePage
{
    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public ConfirmForm Confirmation { get; set; } = new();

    [BindProperty]
    public AttachmentForm Upload { get; set; } = new();

    /// <summary>The files published to the requester, and the form to send one.</summary>
    public AttachmentsPanel Attachments { get; private set; } = null!;

    public TicketDetails Ticket { get; private set; } = null!;

    public IReadOnlyList<ActionEntry> Actions { get; private set; } = [];

    public bool CanReply => Ticket.May(TicketCommand.Reply);

    public bool CanConfirm => Ticket.May(TicketCommand.Confirm);

    /// <summary>The survey of a closed ticket its requester has not rated yet (the closure mail links here).</summary>
    public bool CanRate => Ticket.May(TicketCommand.Rate);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Ticket.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => tickets.ReplyAsync(actor, Id, Reply, Version, ct), prefix: ""))
        {
            Flash(text["Portal.ReplySent"]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAttachAsync(CancellationToken ct)
    {
        if (await TryAsync(async () => await files.AttachAsync(await ActorAsync(), Id, Upload, Version, ct), prefix: nameof(Upload)))
        {
            Flash(text["Attachments.Added"]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>Guía §15.1 "informe PDF del registro": the requester keeps a copy of their request.</summary>
    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct) => await files.ReportAsync(await ActorAsync(), Id, ct);

    public async Task<IActionResult> OnGetAttachmentAsync(long attachmentId, CancellationToken ct) =>
        await files.DownloadAsync(Response, await ActorAsync(), Id, attachmentId, ct);

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var done = await TryAsync(async () =>
        {
            var correct = Confirmation.Result switch
            {
                "correct" => true,
                "incorrect" => false,
                _ => throw new InputException("result", Rules.Required),
            };
            int? rating = int.TryParse(Confirmation.Rating, out var stars) ? stars : null;
            await tickets.ConfirmAsync(actor, Id, correct, rating,
                string.IsNullOrWhiteSpace(Confirmation.Comment) ? null : Confirmation.Comment, Version, ct);
        }, prefix: nameof(Confirmation));
        if (done)
        {
            Flash(Confirmation.Result == "correct" ? text["Portal.Confirmed"] : text["Portal.Reopened"]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var done = await TryAsync(() => tickets.RateAsync(actor, Id,
            int.TryParse(Confirmation.Rating, out var stars) ? stars : null,
            string.IsNullOrWhiteSpace(Confirmation.Comment) ? null : Confirmation.Comment, Version, ct),
            prefix: nameof(Confirmation));
        if (done)
        {
            Flash(text["Portal.Rated"]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        try
        {
            Ticket = await queries.GetAsync(actor, Id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Actions = await queries.ActionsAsync(actor, Id, ct);
        Attachments = new AttachmentsPanel(await queries.AttachmentsAsync(actor, Id, ct),
            $"/portal/tickets/{Id}?handler=Attachment&attachmentId=", Ticket.May(TicketCommand.Attach), ForStaff: false, Ticket.Version,
            settings.Value.AttachmentMaxMegabytes);
        return true;
    }

    public sealed class ConfirmForm
    {
        /// <summary>"correct" (Correcta) or "incorrect" (Incorrecta).</summary>
        public string? Result { get; set; }

        public string? Rating { get; set; }

        public string? Comment { get; set; }
    }
}
