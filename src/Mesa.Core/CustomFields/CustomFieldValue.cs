namespace Mesa.Core.CustomFields;

/// <summary>A value accepted by its custom field, as the ticket keeps it.</summary>
public sealed record CustomFieldValue(CustomField Field, string Value);
