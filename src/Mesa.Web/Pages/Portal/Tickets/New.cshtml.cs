using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Portal.Tickets;

/// <summary>Issue 6 item 4: a requester reports an incident or asks for something; the confirmation shows the code (Guía §9).</summary>
public sealed class NewModel(TicketService tickets, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public NewForm Input { get; set; } = new();

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Catalog = await choices.CatalogAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Ticket? created = null;
        if (await TryAsync(async () => created = await tickets.RegisterAsync(actor, new NewTicket(
                FormValues.Enum<TicketType>("type", Input.Type), Input.Title ?? "", Input.Description ?? "", Origin.Portal,
                Classification.Service(Input.Classification), Classification.Category(Input.Classification)), ct)))
        {
            Flash(text["Portal.Registered", created!.Code]);
            return LocalRedirect($"/portal/tickets/{created.Id}");
        }

        Catalog = await choices.CatalogAsync(ct);
        return Page();
    }

    public sealed class NewForm
    {
        public string? Type { get; set; } = "incident";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Classification { get; set; }
    }
}
