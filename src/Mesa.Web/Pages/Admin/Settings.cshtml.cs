using Mesa.Core.Settings;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Guía §4: the organisation's settings in the browser, each with the value in force and where it comes from. Only
/// what the administrator changed is saved; emptying a field goes back to Mesa's default.
/// </summary>
public sealed class SettingsModel(OrganisationSettings settings, IStringLocalizer<Ui> text) : ConsolePage
{
    public IReadOnlyList<OrganisationSettings.SettingView> All { get; private set; } = [];

    /// <summary>The values as typed, by key; named so that a post without them binds nothing else.</summary>
    [BindProperty(Name = nameof(Values))]
    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>The zones offered while typing (IANA names).</summary>
    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId)
        .Select(z => z.Id).Order(StringComparer.Ordinal).ToList();

    public void OnGet() => All = settings.List();

    public string? Typed(OrganisationSettings.SettingView s) => Values.TryGetValue(s.Key, out var typed) ? typed : s.Value;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        All = settings.List();
        var changed = All.Where(s => s.Editable && Values.ContainsKey(s.Key))
            .Where(s => (Values[s.Key] ?? "").Trim() != s.Value || (string.IsNullOrWhiteSpace(Values[s.Key]) && s.Source == SettingSource.Browser))
            .ToDictionary(s => s.Key, s => Values[s.Key]);
        if (changed.Count == 0 || await TryAsync(() => settings.SaveAsync(changed, ct), prefix: nameof(Values)))
        {
            Flash(text["Settings.Saved"]);
            return RedirectToPage();
        }

        return Page();
    }
}
