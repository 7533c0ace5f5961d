using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>Guía §11 "Nuevo registro": an agent registers a ticket for a person (by phone, by e-mail, in person).</summary>
public sealed class NewModel(TicketService tickets, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    public static readonly Origin[] Origins = [Origin.Phone, Origin.Agent, Origin.Email, Origin.Portal];

    [BindProperty]
    public NewForm Input { get; set; } = new();

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Catalog = await choices.CatalogAsync(ct);

    /// <summary>Suggestions for "Notificado por" while typing (the page works without them: the user name is enough).</summary>
    public async Task<IActionResult> OnGetPeopleAsync(string? q, CancellationToken ct) =>
        new JsonResult(await choices.PeopleAsync(q, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Ticket? created = null;
        if (await TryAsync(async () => created = await tickets.RegisterAsync(actor, Input.ToNewTicket(), ct)))
        {
            Flash(text["New.Registered", created!.Code]);
            return LocalRedirect($"/agent/tickets/{created.Id}");
        }

        Catalog = await choices.CatalogAsync(ct);
        return Page();
    }

    public sealed class NewForm
    {
        public string? Type { get; set; } = "incident";
        public string? Requester { get; set; }
        public string? Origin { get; set; } = "phone";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Classification { get; set; }
        public string? Impact { get; set; } = "medium";
        public string? Urgency { get; set; } = "medium";

        public NewTicket ToNewTicket() => new(
            FormValues.Enum<TicketType>("type", Type),
            Title ?? "",
            Description ?? "",
            FormValues.Enum<Origin>("origin", Origin),
            Common.Classification.Service(Classification),
            Common.Classification.Category(Classification),
            FormValues.Enum<Level>("impact", Impact),
            FormValues.Enum<Level>("urgency", Urgency),
            string.IsNullOrWhiteSpace(Requester) ? null : Requester.Trim());
    }
}
