using Mesa.Core.CustomFields;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// What <c>_CustomFields</c> shows (Guía §14.5): the fields as inputs, the values typed so far (or held) by name, the
/// form name they post under (<c>{Prefix}[name]</c>) and the key their errors come back under (<c>{ErrorPrefix}.name</c>).
/// With <see cref="Scoped"/>, each input says where its field applies, and the page shows only those that apply to
/// the type and classification chosen (custom-fields.js); without scripts all are shown and the domain says which
/// do not apply.
/// </summary>
public sealed record CustomFieldsView(IReadOnlyList<CustomField> Fields, IReadOnlyDictionary<string, string?> Values,
    string Prefix, string ErrorPrefix, bool Scoped = false)
{
    public string? Value(CustomField field) => Values.GetValueOrDefault(field.Name);

    /// <summary>The ticket types as the forms send them ("incident request").</summary>
    public static string Types(CustomField field) => field.OnlyType is { } only
        ? Api.ApiEnums.Name(only)
        : "incident request";

    /// <summary>Each scope as the classification picker's value ("Soporte Técnico::/Hardware"), joined by "|".</summary>
    public static string Scopes(CustomField field) =>
        string.Join('|', field.Scopes.Select(s => Classification.Value(s.Service.Name, s.Category?.Path)));
}
