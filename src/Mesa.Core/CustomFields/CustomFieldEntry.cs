namespace Mesa.Core.CustomFields;

/// <summary>A custom field's value on a ticket, as readers get it: the value as kept (see <see cref="CustomField.Accept"/>).</summary>
public sealed record CustomFieldEntry(string Name, string Label, CustomFieldKind Kind, string Value);

/// <summary>A list's condition on a custom field: its value, already written as the field keeps it.</summary>
public sealed record CustomFieldFilter(long FieldId, CustomFieldKind Kind, string Value);
