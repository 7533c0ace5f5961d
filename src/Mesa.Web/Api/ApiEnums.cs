using System.Text;
using System.Text.Json;

namespace Mesa.Web.Api;

/// <summary>Enum values travel in lower-kebab-case ("first-response", "first-line").</summary>
public static class ApiEnums
{
    public static string Name<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var pascal = new StringBuilder();
        foreach (var part in text.Trim().Split('-', StringSplitOptions.RemoveEmptyEntries))
            pascal.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
        var candidate = pascal.ToString();
        // Names only: "3" or "New,Closed" are not values of the API.
        return System.Enum.TryParse(candidate, ignoreCase: false, out value)
            && System.Enum.IsDefined(value)
            && Name(value) == text.Trim().ToLowerInvariant();
    }
}
