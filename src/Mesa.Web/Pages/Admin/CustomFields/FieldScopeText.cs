using Mesa.Core.CustomFields;
using Mesa.Core.Tickets;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.CustomFields;

/// <summary>Where a field applies, in words: "Incidencias · Soporte Técnico: /Hardware" or "Todos los casos".</summary>
public static class FieldScopeText
{
    public static string Of(CustomFieldAdministration.CustomFieldView f, IStringLocalizer<Ui> ui)
    {
        var parts = new List<string>();
        if (f.Types.Count == 1) parts.Add(ui[$"TicketType.{f.Types[0]}"]);
        if (f.Categories.Count > 0) parts.Add(string.Join(", ", f.Categories));
        else if (f.Services.Count > 0) parts.Add(string.Join(", ", f.Services));
        return parts.Count == 0 ? ui["CustomField.Everywhere"] : string.Join(" · ", parts);
    }
}
