using Mesa.Core.Integrations;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// The integrations' webhooks: the addresses registered with their events, a form to add one, a button to switch one
/// off, and the delivery log of the one chosen (<c>?id=</c>) with each delivery's attempts and the receiver's answer.
/// </summary>
public sealed class WebhooksModel(WebhookAdministration webhooks, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class WebhookForm
    {
        public string? Url { get; set; }

        public List<string> Events { get; set; } = [];

        public string? Secret { get; set; }
    }

    [BindProperty]
    public WebhookForm Input { get; set; } = new();

    /// <summary>The webhook whose log is shown.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public IReadOnlyList<WebhookAdministration.WebhookView> All { get; private set; } = [];

    public WebhookAdministration.WebhookView? Chosen { get; private set; }

    public IReadOnlyList<WebhookAdministration.DeliveryView> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Id is not null && Chosen is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        WebhookAdministration.WebhookView? created = null;
        if (await TryAsync(async () => created = await webhooks.CreateAsync(actor, Input.Url, Input.Events, Input.Secret, ct)))
        {
            Flash(text["Webhooks.Created", created!.Url]);
            return RedirectToPage(new { id = created.Id });
        }

        Id = null;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(long webhookId, CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => webhooks.DeactivateAsync(actor, webhookId, ct), prefix: "")) Flash(text["Webhooks.SwitchedOff"]);
        return RedirectToPage(new { id = webhookId });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        All = await webhooks.ListAsync(actor, ct);
        Chosen = All.FirstOrDefault(w => w.Id == Id);
        if (Chosen is not null) Deliveries = await webhooks.DeliveriesAsync(actor, Chosen.Id, ct);
    }
}
