using System.Globalization;
using Mesa.Core.Administration;
using Mesa.Core.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Administration;

/// <summary>The administration log's codes in the reader's words (the page, the spreadsheet and the API's titles).</summary>
public static class AdminLogWords
{
    public static string Record(IStringLocalizer<Ui> text, string record) =>
        text[$"AdminLog.Record.{record}"] is { ResourceNotFound: false } word ? word.Value : record;

    public static string Kind(IStringLocalizer<Ui> text, AdminChangeKind kind) => text[$"AdminLog.Kind.{kind}"].Value;

    /// <summary>A field's name in the reader's words where the resources have it; else as the model names it.</summary>
    public static string Field(IStringLocalizer<Ui> text, string field) =>
        text[$"AdminLog.Field.{field}"] is { ResourceNotFound: false } word ? word.Value : field;

    /// <summary>
    /// A value as a person reads it: an instant in the organisation's time (dd/MM/yyyy HH:mm), yes or no, a role's
    /// name; anything else as the log keeps it.
    /// </summary>
    public static string? Value(IStringLocalizer<Ui> text, OrganisationTime time, string field, string? value)
    {
        if (value is null) return null;
        if (value is "true" or "false") return text[value == "true" ? "Common.Yes" : "Common.No"].Value;
        if (field == "Roles") return text[$"Role.{value}"] is { ResourceNotFound: false } role ? role.Value : value;
        if (value.Length >= 20 && value[4] == '-' && value[10] == 'T'
            && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return time.ToLocal(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return value;
    }
}
