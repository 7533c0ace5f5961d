using Mesa.Core.Common;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Portal.Tickets;

/// <summary>
/// A requester reports an incident or asks for something, free or from one of the portal's templates
/// (Guía §5 Plantilla), with files; the confirmation shows the code (Guía §9).
/// </summary>
public sealed class NewModel(TicketService tickets, TicketChoices choices, TicketTemplates templates,
    Core.CustomFields.TicketCustomFields customFields, IStringLocalizer<Ui> text, IOptions<MesaSettings> settings,
    TicketFiles files) : ConsolePage
{
    [BindProperty]
    public NewForm Input { get; set; } = new();

    /// <summary>The template chosen, by id; none for the free form.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Template { get; set; }

    public TicketTemplate? Form { get; private set; }

    public IReadOnlyList<TicketTemplates.TemplateSummary> Templates { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public double MaxMegabytes => settings.Value.AttachmentMaxMegabytes;

    /// <summary>Guía §14.5: the custom fields a requester fills (those visible to requesters, but persons).</summary>
    public IReadOnlyList<Core.CustomFields.CustomField> CustomFields { get; private set; } = [];

    public CustomFieldsView CustomFieldInputs =>
        new(CustomFields, Input.CustomFields, "Input.CustomFields", "Input.CustomFields", Scoped: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Form is not null) Input = new NewForm { Title = Form.Title, Description = Form.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var actor = await ActorAsync();
        Ticket? created = null;
        if (await TryAsync(async () =>
            {
                var sent = await files.StoreNewAsync(actor, Input.Files, "files", ct);
                var input = Form is null
                    ? new NewTicket(FormValues.Enum<TicketType>("type", Input.Type), Input.Title ?? "",
                        Input.Description ?? "", Origin.Portal, Classification.Service(Input.Classification),
                        Classification.Category(Input.Classification), Attachments: sent)
                    : new NewTicket(Form.Type, Input.Title ?? "", Input.Description ?? "", Origin.Portal,
                        Attachments: sent, Template: Form.Id.ToString(),
                        Fields: TemplateFieldsView.Answers(Form, Input.Fields));
                created = await tickets.RegisterAsync(actor, input with { CustomFields = Input.CustomFields }, ct);
            }))
        {
            Flash(text["Portal.Registered", created!.Code]);
            return LocalRedirect($"/portal/tickets/{created.Id}");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        CustomFields = (await customFields.AllAsync(ct)).Where(f => Core.CustomFields.TicketCustomFields.MayFill(actor, f)).ToList();
        if (Template is { } id)
        {
            Form = await templates.FindAvailableAsync(actor, id.ToString(), ct);
            return Form is not null;
        }

        Catalog = await choices.CatalogAsync(ct);
        Templates = await templates.AvailableAsync(actor, ct);
        return true;
    }

    public sealed class NewForm
    {
        public string? Type { get; set; } = "incident";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Classification { get; set; }

        /// <summary>The answers to the template's fields, by position.</summary>
        public List<string?> Fields { get; set; } = [];

        /// <summary>Guía §14.5: the custom fields' values by name, as typed.</summary>
        public Dictionary<string, string?> CustomFields { get; set; } = [];

        public List<IFormFile> Files { get; set; } = [];
    }
}
