namespace Mesa.Web.Accounts;

/// <summary>
/// A browser's User-Agent in the few words a person recognises their own device by ("Edge en Windows"); the full text
/// stays in the session's record. No parsing library is on the registries served here; these are the browsers and
/// systems an agency's people use.
/// </summary>
public static class Devices
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"),
        ("Safari/", "Safari"), ("curl/", "curl"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return "—";
        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system) switch
        {
            (null, null) => userAgent.Length > 60 ? userAgent[..60] + "…" : userAgent,
            (not null, null) => browser,
            (null, not null) => system,
            _ => $"{browser} · {system}",
        };
    }
}
