namespace Mesa.Core.Tickets;

/// <summary>
/// A field of the ticket beyond the standard ones (Guía §14 Información adicional – campos personalizados): an
/// answer given to the template the ticket was registered from, kept with the label it had then.
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

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public int Position { get; private set; }

    public string Label { get; private set; } = "";

    public string Value { get; private set; } = "";

    internal void Change(string value) => Value = value;
}

/// <summary>One answer to a template's field: the label and the value as the ticket keeps it.</summary>
public sealed record FieldAnswer(string Label, string Value);
