using Mesa.Core.CustomFields;

namespace Mesa.Core.Tickets;

/// <summary>
/// A field of the ticket beyond the standard ones (Guía §14.5 "Campos personalizados"), one mechanism for two
/// sources: an answer given to the template the ticket was registered from, or the value of a custom field the
/// administrators defined (then it names the field and its kind). Either keeps the label it had when it was filled.
/// </summary>
public sealed class TicketField
{
    public const int LabelMaxLength = Templates.TemplateField.LabelMaxLength;
    public const int ValueMaxLength = Templates.TemplateField.LongTextMaxLength;

    private TicketField()
    {
    }

    internal TicketField(int position, string label, string value)
    {
        Position = position;
        Label = label;
        Value = value;
    }

    internal TicketField(CustomField field, string value)
    {
        CustomFieldId = field.Id;
        CustomField = field;
        Name = field.Name;
        Kind = field.Kind;
        Position = field.Position;
        Label = field.Label;
        Value = value;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public int Position { get; private set; }

    public string Label { get; private set; } = "";

    public string Value { get; private set; } = "";

    /// <summary>The custom field this is a value of; null for a template's answer.</summary>
    public long? CustomFieldId { get; private set; }

    public CustomField? CustomField { get; private set; }

    /// <summary>The custom field's name (its key in the API), kept beside its id for the readers.</summary>
    public string? Name { get; private set; }

    public CustomFieldKind? Kind { get; private set; }

    internal void Change(string value) => Value = value;

    internal void Change(CustomField field, string value) => (Label, Position, Value) = (field.Label, field.Position, value);
}

/// <summary>One answer to a template's field: the label and the value as the ticket keeps it.</summary>
public sealed record FieldAnswer(string Label, string Value);
