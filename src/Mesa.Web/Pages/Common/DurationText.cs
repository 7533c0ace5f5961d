using System.Text.RegularExpressions;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// Working time as people write it in the admin forms: "24 h", "2 h 30 min", "90 min" or a plain number of
/// minutes — the same words <see cref="Format"/> writes (and the pages show), so a value read back is a value that parses.
/// </summary>
public static partial class DurationText
{
    /// <summary>"45 min", "24 h", "2 h 30 min"; a dash for nothing.</summary>
    public static string Format(int? minutes) => minutes switch
    {
        null => "—",
        < 60 => $"{minutes} min",
        _ when minutes % 60 == 0 => $"{minutes / 60} h",
        _ => $"{minutes / 60} h {minutes % 60} min",
    };

    public static int? Minutes(string? text)
    {
        var value = (text ?? "").Trim().ToLowerInvariant();
        if (value.Length == 0) return null;
        if (int.TryParse(value, out var plain)) return plain;
        var match = Pattern().Match(value);
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success)) return null;
        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value) : 0;
        return checked((hours * 60) + minutes);
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,6})\s*h)?\s*(?:(?<m>\d{1,7})\s*min)?$")]
    private static partial Regex Pattern();
}
