using System.Globalization;
using Mesa.Core.Templates;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// What <c>_TemplateFields</c> shows: the template's fields, the values typed so far (by position; the defaults when
/// none), the form name they post under, and whether they are only a preview.
/// </summary>
public sealed record TemplateFieldsView(TicketTemplate Template, IReadOnlyList<string?> Values, string Prefix = "Input.Fields",
    bool Disabled = false)
{
    /// <summary>A date input takes yyyy-MM-dd; the template and the ticket keep dd/MM/yyyy.</summary>
    public static string? DateInputValue(string? value) =>
        DateOnly.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;

    /// <summary>The answers as the domain takes them: by label, from the values posted by position.</summary>
    public static IReadOnlyDictionary<string, string?> Answers(TicketTemplate template, IReadOnlyList<string?> values) =>
        template.Fields.ToDictionary(f => f.Label, f => f.Position < values.Count ? values[f.Position] : null);
}
