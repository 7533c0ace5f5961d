using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Core.Templates;

/// <summary>
/// Guía §5 Plantilla: "formulario estandarizado que permite solicitar servicios específicos, requiriendo información
/// determinada para su correcto procesamiento y gestión". It fixes the ticket's type and proposes its classification,
/// impact, urgency, title and description; its fields are what must (or may) be answered, and the answers stay on the
/// ticket as its own fields (Guía §14 Información adicional). Templates are never deleted, only deactivated.
/// </summary>
public sealed class TicketTemplate
{
    public const int NameMaxLength = 100;
    public const int InstructionsMaxLength = 2_000;
    public const int MaxFields = 20;

    private readonly List<TemplateField> _fields = [];

    private TicketTemplate()
    {
    }

    public TicketTemplate(TemplateDefinition definition, Service? service, Category? category) =>
        Define(definition, service, category);

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>What the person filling it should know first (shown above the form).</summary>
    public string? Instructions { get; private set; }

    public TicketType Type { get; private set; }

    public long? ServiceId { get; private set; }

    public Service? Service { get; private set; }

    public long? CategoryId { get; private set; }

    public Category? Category { get; private set; }

    public Level Impact { get; private set; }

    public Level Urgency { get; private set; }

    /// <summary>The ticket's title unless the person writes another.</summary>
    public string? Title { get; private set; }

    /// <summary>The ticket's description unless the person writes another.</summary>
    public string? Description { get; private set; }

    /// <summary>Offered in the user portal too; otherwise only agents use it (Guía §11 "Nuevo registro desde plantilla").</summary>
    public bool ForRequesters { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>Guía §14.2 "Flujo de trabajo": the approvals a request of this template needs before it is assigned.</summary>
    public int? ApprovalFlowId { get; private set; }

    public Approvals.ApprovalFlow? ApprovalFlow { get; private set; }

    public void UseApprovalFlow(Approvals.ApprovalFlow? flow) => (ApprovalFlow, ApprovalFlowId) = (flow, flow?.Id);

    public IReadOnlyList<TemplateField> Fields => _fields;

    /// <summary>Sets everything the admin writes; the fields are replaced as a whole, in the order given.</summary>
    public void Define(TemplateDefinition definition, Service? service, Category? category)
    {
        Name = InputText.Required("name", definition.Name, NameMaxLength);
        Instructions = InputText.Optional("instructions", definition.Instructions, InstructionsMaxLength);
        Title = InputText.Optional("title", definition.Title, Ticket.TitleMaxLength);
        Description = InputText.Optional("description", definition.Description, Ticket.DescriptionMaxLength);
        if (category is not null && category.ServiceId != service?.Id)
            throw new InputException("category", Rules.UnknownCategory, category.Path);
        Type = definition.Type;
        (Service, ServiceId, Category, CategoryId) = (service, service?.Id, category, category?.Id);
        (Impact, Urgency) = (definition.Impact, definition.Urgency);
        ForRequesters = definition.ForRequesters;
        Active = definition.Active;

        var rows = definition.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Label)).ToList();
        if (rows.Count > MaxFields) throw new InputException("fields", Rules.TemplateTooManyFields, MaxFields);
        var fields = rows.Select((row, position) => new TemplateField(position, row)).ToList();
        var repeated = fields.GroupBy(f => f.Label, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new InputException($"fields[{repeated.Last().Position}]", Rules.TemplateFieldRepeated, repeated.Key);
        _fields.Clear();
        _fields.AddRange(fields);
    }

    /// <summary>
    /// The ticket a person asks for with this template: the template's type; what they wrote, or else what the
    /// template proposes (classification, impact, urgency, title, description); and their answers checked field by
    /// field. With neither a description written nor one proposed, the answers themselves describe the request.
    /// </summary>
    public TemplateFilling Fill(NewTicket input, IReadOnlyDictionary<string, string?> answers)
    {
        var unknown = answers.Keys.FirstOrDefault(label =>
            !_fields.Any(f => string.Equals(f.Label, label, StringComparison.OrdinalIgnoreCase)));
        if (unknown is not null) throw new InputException("fields", Rules.TemplateFieldUnknown, unknown);

        var values = new List<FieldAnswer>();
        foreach (var field in _fields.OrderBy(f => f.Position))
        {
            var given = answers.FirstOrDefault(a => string.Equals(a.Key, field.Label, StringComparison.OrdinalIgnoreCase));
            if (field.Answer(given.Value) is { } value) values.Add(new FieldAnswer(field.Label, value));
        }

        var ownClassification = !string.IsNullOrWhiteSpace(input.Service);
        var description = Blank(input.Description) ?? Description
            ?? (values.Count > 0 ? string.Join('\n', values.Select(v => $"{v.Label}: {v.Value}")) : "");
        var ticket = input with
        {
            Type = Type,
            Title = Blank(input.Title) ?? Title ?? "",
            Description = description,
            Service = ownClassification ? input.Service : Service?.Name,
            Category = ownClassification ? input.Category : Category?.Path,
            Impact = input.Impact ?? Impact,
            Urgency = input.Urgency ?? Urgency,
        };
        return new TemplateFilling(ticket, values);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>A template as the admin writes it: names, not ids, for the service and the category.</summary>
public sealed record TemplateDefinition(
    string? Name,
    TicketType Type,
    IReadOnlyList<TemplateFieldInput> Fields,
    string? Service = null,
    string? Category = null,
    Level Impact = Level.Medium,
    Level Urgency = Level.Medium,
    string? Instructions = null,
    string? Title = null,
    string? Description = null,
    bool ForRequesters = true,
    bool Active = true,
    string? ApprovalFlow = null);

/// <summary>What filling a template gives: the ticket to register and the answers it keeps as its fields.</summary>
public sealed record TemplateFilling(NewTicket Ticket, IReadOnlyList<FieldAnswer> Fields);
