using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>
/// Guía §11 "Nuevo registro" and "Nuevo registro desde plantilla": an agent registers a ticket for a person (by phone,
/// by e-mail, in person), free or from a template, whose proposals fill the form and whose fields it adds.
/// </summary>
public sealed class NewModel(TicketService tickets, TicketChoices choices, TicketTemplates templates,
    IStringLocalizer<Ui> text) : ConsolePage
{
    public static readonly Origin[] Origins = [Origin.Phone, Origin.Agent, Origin.Email, Origin.Portal];

    [BindProperty]
    public NewForm Input { get; set; } = new();

    /// <summary>The template chosen in "Nuevo registro desde plantilla", by id.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Template { get; set; }

    public TicketTemplate? Form { get; private set; }

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Form is not null) Input = NewForm.Proposed(Form);
        return Page();
    }

    /// <summary>Suggestions for "Notificado por" while typing (the page works without them: the user name is enough).</summary>
    public async Task<IActionResult> OnGetPeopleAsync(string? q, CancellationToken ct) =>
        new JsonResult(await choices.PeopleAsync(q, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var actor = await ActorAsync();
        Ticket? created = null;
        if (await TryAsync(async () =>
            {
                var input = Input.ToNewTicket();
                if (Form is not null)
                    input = input with { Template = Form.Id.ToString(), Fields = TemplateFieldsView.Answers(Form, Input.Fields) };
                created = await tickets.RegisterAsync(actor, input, ct);
            }))
        {
            Flash(text["New.Registered", created!.Code]);
            return LocalRedirect($"/agent/tickets/{created.Id}");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Catalog = await choices.CatalogAsync(ct);
        if (Template is not { } id) return true;
        Form = await templates.FindAvailableAsync(await ActorAsync(), id.ToString(), ct);
        return Form is not null;
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

        /// <summary>The answers to the template's fields, by position.</summary>
        public List<string?> Fields { get; set; } = [];

        /// <summary>The form as the template proposes it (Guía §5 Plantilla).</summary>
        public static NewForm Proposed(TicketTemplate template) => new()
        {
            Type = ApiEnums.Name(template.Type),
            Title = template.Title,
            Description = template.Description,
            Classification = Common.Classification.Value(template.Service?.Name, template.Category?.Path),
            Impact = ApiEnums.Name(template.Impact),
            Urgency = ApiEnums.Name(template.Urgency),
        };

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
