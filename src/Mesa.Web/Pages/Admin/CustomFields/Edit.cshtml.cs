using Mesa.Core.Common;
using Mesa.Core.CustomFields;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.CustomFields;

/// <summary>
/// A custom field (Guía §14.5): its name and kind (fixed once it exists), label, help, choices, the ticket types and
/// the services or category subtrees it applies to, whether it is required, whether requesters see it, and its place.
/// </summary>
public sealed class EditModel(CustomFieldAdministration fields, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class FieldForm
    {
        public string? Name { get; set; }

        public string? Label { get; set; }

        public CustomFieldKind Kind { get; set; } = CustomFieldKind.Text;

        /// <summary>One choice per line.</summary>
        public string? Choices { get; set; }

        public bool Required { get; set; }

        public string? Help { get; set; }

        public bool Incidents { get; set; } = true;

        public bool Requests { get; set; } = true;

        public List<string> Services { get; set; } = [];

        /// <summary>Each category subtree chosen, as the classification picker writes it ("Soporte Técnico::/Hardware").</summary>
        public List<string> Categories { get; set; } = [];

        public bool VisibleToRequester { get; set; }

        public int? Position { get; set; }

        public bool Active { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty]
    public FieldForm Input { get; set; } = new();

    public CustomFieldAdministration.CustomFieldView? Current { get; private set; }

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Catalog = await choices.CatalogAsync(ct);
        if (Name is null) return Page();
        if (!await LoadAsync(ct)) return NotFound();
        var f = Current!;
        Input = new FieldForm
        {
            Name = f.Name,
            Label = f.Label,
            Kind = f.Kind,
            Choices = string.Join('\n', f.Choices),
            Required = f.Required,
            Help = f.Help,
            Incidents = f.Types.Contains(TicketType.Incident),
            Requests = f.Types.Contains(TicketType.Request),
            // A service narrowed to categories shows as its categories; one without, as itself.
            Services = f.Services.Where(s => !f.Categories.Any()).ToList(),
            Categories = f.Categories.SelectMany(path => Catalog.Where(s => f.Services.Contains(s.Name) && s.Categories.Contains(path))
                .Select(s => Classification.Value(s.Name, path))).ToList(),
            VisibleToRequester = f.VisibleToRequester,
            Position = f.Position,
            Active = f.Active,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Catalog = await choices.CatalogAsync(ct);
        if (Name is not null && !await LoadAsync(ct)) return NotFound();
        var chosen = Input.Categories.Select(c => (Service: Classification.Service(c), Path: Classification.Category(c)))
            .Where(c => c.Service is not null && c.Path is not null).ToList();
        List<TicketType> types = [.. Input.Incidents ? [TicketType.Incident] : Array.Empty<TicketType>(),
            .. Input.Requests ? [TicketType.Request] : Array.Empty<TicketType>()];
        if (types.Count == 0) ModelState.AddModelError("Input.Types", text["CustomField.NoType"]);
        var input = new CustomFieldAdministration.CustomFieldInput(Input.Name, Input.Label, Input.Kind,
            (Input.Choices ?? "").Split('\n'), Input.Required, Input.Help ?? "", types,
            Input.Services.Concat(chosen.Select(c => c.Service!)).Distinct().ToList(), chosen.Select(c => c.Path!).ToList(),
            Input.VisibleToRequester, Input.Active, Input.Position);
        if (Name is not null) input = input with { Name = null, Kind = null };
        if (ModelState.IsValid && await TryAsync(async () =>
            {
                if (Name is null) await fields.CreateAsync(input, ct);
                else await fields.UpdateAsync(Name, input, ct);
            }))
        {
            Flash(text["CustomField.Saved"]);
            return RedirectToPage("Index");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Current = await fields.GetAsync(Name!, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
