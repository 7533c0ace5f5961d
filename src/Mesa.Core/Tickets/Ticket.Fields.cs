using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>The template a ticket came from and the answers it keeps as its own fields (Guía §5 Plantilla, §14).</summary>
public sealed partial class Ticket
{
    /// <summary>The prefix of a custom field's name in the history, before its label.</summary>
    public const string CustomFieldPrefix = "field:";

    private readonly List<TicketField> _fields = [];

    /// <summary>The template the ticket was registered from, if any.</summary>
    public long? TemplateId { get; private set; }

    public IReadOnlyCollection<TicketField> Fields => _fields;

    private void KeepAnswers(long? templateId, IReadOnlyList<FieldAnswer> answers)
    {
        TemplateId = templateId;
        _fields.AddRange(answers.Select((a, position) => new TicketField(position, a.Label, a.Value)));
    }

    /// <summary>An agent corrects an answer in Información adicional; the old and new value go to the history.</summary>
    public void ChangeField(string label, string value, Actor by, DateTimeOffset at)
    {
        RequireEditable();
        var field = _fields.FirstOrDefault(f => string.Equals(f.Label, label, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException("field", Rules.TicketFieldUnknown, label);
        RequireText(value, "value", TicketField.ValueMaxLength);
        var text = value.Trim();
        if (text == field.Value) return;
        FieldChanged(CustomFieldPrefix + field.Label, field.Value, text, by, at);
        field.Change(text);
    }
}
