using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Templates;

/// <summary>
/// Guía §5 Plantilla: the admin writes a template — what it proposes for the ticket and the fields it asks for — and
/// sees the form as people will fill it before saving.
/// </summary>
public sealed class EditModel(TicketTemplates templates, TicketChoices choices, Mesa.Core.Approvals.ApprovalFlows flows,
    IStringLocalizer<Ui> text) : ConsolePage
{
    /// <summary>Empty rows offered for new fields; "Más campos" adds as many again.</summary>
    public const int BlankRows = 3;

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public TemplateForm Input { get; set; } = new();

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    /// <summary>The active approval flows a template may require (Guía §14.2 "Flujo de trabajo").</summary>
    public IReadOnlyList<string> Flows { get; private set; } = [];

    /// <summary>The form as people will see it: the saved template, or the one being written after "Vista previa".</summary>
    public TicketTemplate? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            try
            {
                Preview = await templates.GetAsync(id, ct);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }

            Input = TemplateForm.From(Preview);
        }

        Input.Fields.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new FieldRow()));
        Catalog = await choices.CatalogAsync(ct);
        Flows = await flows.ActiveNamesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await TryAsync(() => templates.SaveAsync(Id, Input.ToDefinition(), ct)))
        {
            Flash(text["Template.Saved", Input.Name ?? ""]);
            return RedirectToPage("Index");
        }

        PlaceFieldErrors();
        Catalog = await choices.CatalogAsync(ct);
        Flows = await flows.ActiveNamesAsync(ct);
        return Page();
    }

    /// <summary>Shows the form being written as people will see it, without saving it.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var definition = Input.ToDefinition() with { Service = null, Category = null };
        await TryAsync(() =>
        {
            Preview = new TicketTemplate(definition, null, null);
            return Task.CompletedTask;
        });
        PlaceFieldErrors();
        Catalog = await choices.CatalogAsync(ct);
        Flows = await flows.ActiveNamesAsync(ct);
        return Page();
    }

    /// <summary>More empty rows for fields, keeping everything typed.</summary>
    public async Task<IActionResult> OnPostMoreRowsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Input.Fields.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new FieldRow()));
        Catalog = await choices.CatalogAsync(ct);
        Flows = await flows.ActiveNamesAsync(ct);
        return Page();
    }

    /// <summary>
    /// The domain numbers the fields it kept (rows with a name); an error about its field k belongs beside the k-th
    /// such row of the form, which may come later when an emptied row lies before it.
    /// </summary>
    private void PlaceFieldErrors()
    {
        var rows = Input.Fields.Select((row, index) => (row, index)).Where(r => !string.IsNullOrWhiteSpace(r.row.Label))
            .Select(r => r.index).ToList();
        for (var k = rows.Count - 1; k >= 0; k--)
        {
            if (rows[k] == k || !ModelState.TryGetValue($"Input.Fields[{k}]", out var entry)) continue;
            foreach (var error in entry.Errors.ToList()) ModelState.AddModelError($"Input.Fields[{rows[k]}]", error.ErrorMessage);
            ModelState.Remove($"Input.Fields[{k}]");
        }
    }

    public sealed class TemplateForm
    {
        public string? Name { get; set; }
        public TicketType Type { get; set; } = TicketType.Request;
        public string? Classification { get; set; }
        public Level Impact { get; set; } = Level.Medium;
        public Level Urgency { get; set; } = Level.Medium;
        public string? Instructions { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public bool ForRequesters { get; set; } = true;
        public bool Active { get; set; } = true;
        public string? ApprovalFlow { get; set; }
        public List<FieldRow> Fields { get; set; } = [];

        public static TemplateForm From(TicketTemplate t) => new()
        {
            Name = t.Name,
            Type = t.Type,
            Classification = Common.Classification.Value(t.Service?.Name, t.Category?.Path),
            Impact = t.Impact,
            Urgency = t.Urgency,
            Instructions = t.Instructions,
            Title = t.Title,
            Description = t.Description,
            ForRequesters = t.ForRequesters,
            Active = t.Active,
            ApprovalFlow = t.ApprovalFlow?.Name,
            Fields = t.Fields.Select(f => new FieldRow
            {
                Label = f.Label,
                Kind = f.Kind,
                Required = f.Required,
                Options = f.Options,
                DefaultValue = f.DefaultValue,
                Hint = f.Hint,
            }).ToList(),
        };

        public TemplateDefinition ToDefinition() => new(Name, Type,
            Fields.Select(f => new TemplateFieldInput(f.Label, f.Kind, f.Required, f.Options, f.DefaultValue, f.Hint)).ToList(),
            Common.Classification.Service(Classification), Common.Classification.Category(Classification), Impact, Urgency,
            Instructions, Title, Description, ForRequesters, Active, ApprovalFlow);
    }

    public sealed class FieldRow
    {
        public string? Label { get; set; }
        public TemplateFieldKind Kind { get; set; }
        public bool Required { get; set; }
        public string? Options { get; set; }
        public string? DefaultValue { get; set; }
        public string? Hint { get; set; }
    }
}
