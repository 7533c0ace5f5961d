using Mesa.Core.Common;
using Mesa.Core.CustomFields;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>The template a ticket came from and the answers it keeps as its own fields (Guía §5 Plantilla, §14).</summary>
public sealed partial class Ticket
{
    /// <summary>The prefix of a template answer's name in the history, before its label.</summary>
    public const string CustomFieldPrefix = "field:";

    /// <summary>The prefix of a defined custom field in the history, before its name (Guía §14.5).</summary>
    public const string DefinedFieldPrefix = "custom:";

    private readonly List<TicketField> _fields = [];

    /// <summary>The template the ticket was registered from, if any.</summary>
    public long? TemplateId { get; private set; }

    public IReadOnlyCollection<TicketField> Fields => _fields;

    private void KeepAnswers(long? templateId, IReadOnlyList<FieldAnswer> answers)
    {
        TemplateId = templateId;
        _fields.AddRange(answers.Select((a, position) => new TicketField(position, a.Label, a.Value)));
    }

    /// <summary>The values of the custom fields given at registration, each already accepted by its field.</summary>
    private void KeepCustomFields(IReadOnlyList<CustomFieldValue> values) =>
        _fields.AddRange(values.Select(v => new TicketField(v.Field, v.Value)));

    /// <summary>The value the ticket holds for a custom field, or null.</summary>
    public string? CustomFieldValue(CustomField field) => _fields.FirstOrDefault(f => f.CustomFieldId == field.Id)?.Value;

    /// <summary>
    /// Guía §14.5: an agent fills, changes or clears a custom field in Información adicional, with the old and new
    /// value in the history. A required field cannot be cleared, and only a field the ticket carries (by its type and
    /// classification) or already holds can be set.
    /// </summary>
    public void ChangeCustomField(CustomField field, string? value, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        var current = _fields.FirstOrDefault(f => f.CustomFieldId == field.Id);
        if (current is null && !field.AppliesTo(Type, ServiceId, Category))
            throw new InputException(field.Key, Rules.CustomFieldNotApplicable, field.Label);
        if (value is null && field.Required && field.AppliesTo(Type, ServiceId, Category))
            throw new InputException(field.Key, Rules.CustomFieldRequired, field.Label);
        if (current?.Value == value) return;
        FieldChanged(DefinedFieldPrefix + field.Name, current?.Value, value, by, at);
        if (value is null) _fields.Remove(current!);
        else if (current is null) _fields.Add(new TicketField(field, value));
        else current.Change(field, value);
    }

    /// <summary>An agent corrects an answer in Información adicional; the old and new value go to the history.</summary>
    public void ChangeField(string label, string value, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        var field = _fields.FirstOrDefault(f => f.CustomFieldId is null && string.Equals(f.Label, label, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException("field", Rules.TicketFieldUnknown, label);
        RequireText(value, "value", TicketField.ValueMaxLength);
        var text = value.Trim();
        if (text == field.Value) return;
        FieldChanged(CustomFieldPrefix + field.Label, field.Value, text, by, at);
        field.Change(text);
    }
}
