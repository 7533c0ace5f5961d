using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>
/// Guía §15.1 "Correos desde la aplicación" from a change: the agent chooses the recipients among the change's people
/// (responsible, team, approvers, author, the requesters of the tickets it solves), writes (or starts from a template)
/// and sends. The message stays in the change's history.
/// </summary>
public sealed class NotifyModel(ChangeService changes, Core.Mail.MailTemplates mailTemplates, IStringLocalizer<Ui> text)
    : ConsolePage
{
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

    public ChangeDetails Change { get; private set; } = null!;

    public IReadOnlyList<ChangePerson> Recipients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Change.Version;
        Input = new NoticeForm { Subject = Change.Title };
        if (Templates.FirstOrDefault(t => t.Id == Template) is { } template)
        {
            // The template's marks are filled with this change's data; the agent edits the result before sending.
            var values = await mailTemplates.ChangeValuesAsync(Change.Id, ct);
            Input.Subject = Core.Mail.MailPlaceholders.Render(template.Subject, values);
            Input.Text = Core.Mail.MailPlaceholders.Render(template.Body, values);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var actor = await ActorAsync();
        if (await TryAsync(() => changes.NotifyAsync(actor, Key, new NoticeInput(Input.Subject, Input.Text, Input.Recipients),
                Version, ct)))
        {
            Flash(text["ChangeNotice.Sent"]);
            return LocalRedirect($"/agent/changes/{Id}?tab=history");
        }

        return Page();
    }

    private string Key => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        try
        {
            Change = await changes.GetAsync(actor, Key, ct);
            Recipients = await changes.PeopleOfAsync(actor, Key, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Templates = await mailTemplates.NoticesAsync(ct);
        return true;
    }

    public sealed class NoticeForm
    {
        public List<string> Recipients { get; set; } = [];
        public string? Subject { get; set; }
        public string? Text { get; set; }
    }
}
