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
/// by e-mail, in person), free or from a template, whose proposals fill the form and whose fields it adds. A free
/// registration is kept as a draft while the agent writes (the page saves it every few seconds; without scripts,
/// "Guardar borrador"), and §14's buttons close it: *Guardar* registers it, *Cancelar* leaves it for later, *Borrar*
/// discards it.
/// </summary>
public sealed class NewModel(TicketService tickets, TicketChoices choices, TicketTemplates templates, TicketDrafts drafts,
    Core.CustomFields.TicketCustomFields customFields, OrganisationTime time, Hosting.RuleText rules, IStringLocalizer<Ui> text)
    : ConsolePage
{
    public static readonly Origin[] Origins = [Origin.Phone, Origin.Agent, Origin.Email, Origin.Portal];

    [BindProperty]
    public NewForm Input { get; set; } = new();

    /// <summary>The template chosen in "Nuevo registro desde plantilla", by id.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Template { get; set; }

    public TicketTemplate? Form { get; private set; }

    /// <summary>The draft being written, by id (<c>?draft=</c>), the agent's own.</summary>
    [BindProperty(SupportsGet = true, Name = "draft")]
    public long? DraftId { get; set; }

    /// <summary>The agent's drafts, newest first, to take one up again.</summary>
    public IReadOnlyList<TicketDraft> Drafts { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    /// <summary>Guía §14.5: the custom fields an agent may fill; the page shows those that apply to what is chosen.</summary>
    public IReadOnlyList<Core.CustomFields.CustomField> CustomFields { get; private set; } = [];

    public CustomFieldsView CustomFieldInputs =>
        new(CustomFields, Input.CustomFields, "Input.CustomFields", "Input.CustomFields", Scoped: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Form is not null) Input = NewForm.Proposed(Form);
        else if (await DraftAsync(ct) is { } draft) Input = NewForm.Of(draft.Fields);
        else if (DraftId is not null) return NotFound();
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
                var input = Input.ToNewTicket() with { CustomFields = Input.CustomFields };
                if (Form is not null)
                    input = input with { Template = Form.Id.ToString(), Fields = TemplateFieldsView.Answers(Form, Input.Fields) };
                // Registered from its draft, the draft goes in the same transaction.
                created = await tickets.RegisterAsync(actor, input, ct, fromDraft: Form is null ? await DraftAsync(ct) : null);
            }))
        {
            Flash(text["New.Registered", created!.Code]);
            return LocalRedirect($"/agent/tickets/{created.Id}");
        }

        return Page();
    }

    /// <summary>"Guardar borrador": the form as it stands, kept for later (without scripts; with them it is kept as typed).</summary>
    public async Task<IActionResult> OnPostSaveDraftAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await TryAsync(() => SaveDraftAsync(ct))) return Page();
        Flash(text["New.DraftSaved"]);
        return RedirectToPage(new { draft = DraftId });
    }

    /// <summary>The page's own save while the agent writes: <c>{draft, savedAt}</c>, or 400 with the message.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken ct)
    {
        try
        {
            await SaveDraftAsync(ct);
            return new JsonResult(new { draft = DraftId, savedAt = time.ToLocal(time.UtcNow).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        }
        catch (Exception error) when (rules.For(error) is { } message)
        {
            return new JsonResult(new { message }) { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    /// <summary>Guía §14 "Borrar ... cuando se está creando una nueva incidencia, pero ya no es requerida".</summary>
    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        if (await DraftAsync(ct) is { } draft) await drafts.DiscardAsync(await ActorAsync(), draft.Id, ct);
        Flash(text["New.DraftDiscarded"]);
        return RedirectToPage(new { draft = (long?)null });
    }

    private async Task SaveDraftAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var fields = Input.ToDraft();
        DraftId = (DraftId is { } id ? await drafts.UpdateAsync(actor, id, fields, ct) : await drafts.CreateAsync(actor, fields, ct)).Id;
    }

    /// <summary>The draft of <c>?draft=</c>, when it is the agent's; null for none or someone else's.</summary>
    private async Task<TicketDraft?> DraftAsync(CancellationToken ct)
    {
        if (DraftId is not { } id) return null;
        try
        {
            return await drafts.GetAsync(await ActorAsync(), id, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Drafts = await drafts.ListAsync(await ActorAsync(), ct);
        Catalog = await choices.CatalogAsync(ct);
        var actor = await ActorAsync();
        CustomFields = (await customFields.AllAsync(ct)).Where(f => Core.CustomFields.TicketCustomFields.MayFill(actor, f)).ToList();
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

        /// <summary>Guía §14.5: the custom fields' values by name, as typed.</summary>
        public Dictionary<string, string?> CustomFields { get; set; } = [];

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

        /// <summary>A draft's fields back in the form.</summary>
        public static NewForm Of(TicketDraftFields f) => new()
        {
            Type = f.Type,
            Requester = f.Requester,
            Origin = f.Origin,
            Title = f.Title,
            Description = f.Description,
            Classification = Common.Classification.Value(f.Service, f.Category),
            Impact = f.Impact,
            Urgency = f.Urgency,
            CustomFields = f.CustomFieldValues().ToDictionary(),
        };

        /// <summary>The form as typed, complete or not, for a draft (the custom fields left blank are not kept).</summary>
        public TicketDraftFields ToDraft() => new(Type, Title, Description, Common.Classification.Service(Classification),
            Common.Classification.Category(Classification), Impact, Urgency, Origin, Requester, null,
            TicketDraftFields.CustomFieldsOf(CustomFields));

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
