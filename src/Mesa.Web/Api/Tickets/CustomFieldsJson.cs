using System.Globalization;
using System.Text.Json;
using Mesa.Core.Common;
using Mesa.Core.CustomFields;

namespace Mesa.Web.Api.Tickets;

/// <summary>
/// A ticket's <c>customFields</c> (Guía §14.5): an object from each field's name to its value, as JSON
/// types it: a number, true or false, a day as "yyyy-MM-dd", text for the rest; null for none.
/// </summary>
public static class CustomFieldsJson
{
    /// <summary>The values of a request as text for the domain, which reads each as its field does; null clears one.</summary>
    public static IReadOnlyDictionary<string, string?>? Read(IReadOnlyDictionary<string, JsonElement>? body, RequestReader read)
    {
        if (body is null) return null;
        var values = new Dictionary<string, string?>();
        foreach (var (name, value) in body)
        {
            var key = "customFields." + name;
            read.Text(key, name, CustomField.NameMaxLength);
            switch (value.ValueKind)
            {
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    values[name] = null;
                    break;
                case JsonValueKind.String:
                    values[name] = read.Text(key, read.JsonString(key, value), CustomField.LongtextMaxLength);
                    break;
                case JsonValueKind.Number:
                    values[name] = value.GetRawText();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    values[name] = value.GetBoolean() ? "true" : "false";
                    break;
                default:
                    read.Fail(key, Rules.InvalidValue, name);
                    break;
            }
        }

        return values;
    }

    public static IReadOnlyDictionary<string, object?> Write(IReadOnlyList<CustomFieldEntry> entries) =>
        entries.ToDictionary(e => e.Name, Value);

    private static object? Value(CustomFieldEntry e) => e.Kind switch
    {
        CustomFieldKind.Number => decimal.TryParse(e.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : e.Value,
        CustomFieldKind.Bool => e.Value == "true",
        _ => e.Value,
    };
}
