using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Reports;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>
/// Guía §15.1 "Correos desde la aplicación": from a ticket, without editing it, the agent chooses the recipients among
/// the ticket's people, writes (or starts from a template), may add the ticket's PDF report, and sends. The message is
/// kept as an action of the ticket.
/// </summary>
public sealed class NotifyModel(TicketQueries queries, TicketService tickets, TicketChoices choices, TicketReport report,
    Core.Mail.MailTemplates mailTemplates, IStringLocalizer<Ui> text) : ConsolePage
{
    /// <summary>Someone the message may go to, and why they belong to the ticket.</summary>
    public sealed record Recipient(string UserName, string DisplayName, string Why);

    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public NoticeForm Input { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    /// <summary>The Notificar template the message starts from, chosen before writing.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Template { get; set; }

    public IReadOnlyList<Core.Mail.MailTemplate> Templates { get; private set; } = [];

    public TicketDetails Ticket { get; private set; } = null!;

    public IReadOnlyList<Recipient> Recipients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Ticket.Version;
        Input = new NoticeForm { Subject = Ticket.Title, Recipients = [Ticket.Requester.UserName] };
        if (Templates.FirstOrDefault(t => t.Id == Template) is { } template)
        {
            // The template's marks are filled with this ticket's data; the agent edits the result before sending.
            var values = await mailTemplates.ValuesAsync(Ticket.Id, ct);
            Input.Subject = Core.Mail.MailPlaceholders.Render(template.Subject, values);
            Input.Text = Core.Mail.MailPlaceholders.Render(template.Body, values);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var actor = await ActorAsync();
        if (await TryAsync(async () =>
            {
                var file = Input.IncludeReport ? await report.ForNoticeAsync(actor, Id, ct) : null;
                await tickets.NotifyAsync(actor, Id, new NoticeInput(Input.Subject, Input.Text, Input.Recipients, file),
                    Version, ct);
            }))
        {
            Flash(text["Notice.Sent"]);
            return LocalRedirect($"/agent/tickets/{Id}?tab=investigation");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Ticket = await queries.GetAsync(await ActorAsync(), Id, ct);
        }
        catch (Core.Common.NotFoundException)
        {
            return false;
        }

        var people = new List<Recipient> { new(Ticket.Requester.UserName, Ticket.Requester.DisplayName, text["Notice.AsRequester"]) };
        people.AddRange(Ticket.InformedUsers.Select(i => new Recipient(i.UserName, i.DisplayName, text["Notice.AsInformed"])));
        var group = (await choices.GroupsAsync(ct)).FirstOrDefault(g => g.Name == Ticket.Group);
        people.AddRange((group?.Agents ?? []).Select(a => new Recipient(a.UserName, a.DisplayName,
            a.UserName == Ticket.Agent ? text["Notice.AsAgent"] : text["Notice.AsGroup", group!.Name])));
        Recipients = people.DistinctBy(p => p.UserName).ToList();
        Templates = await mailTemplates.NoticesAsync(ct);
        return true;
    }

    public sealed class NoticeForm
    {
        public List<string> Recipients { get; set; } = [];
        public string? Subject { get; set; }
        public string? Text { get; set; }
        public bool IncludeReport { get; set; }
    }
}
