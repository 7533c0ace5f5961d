using Mesa.Core.Settings;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// A page of settings (Guía §4), each with the value in force and where it comes from. Only what the administrator
/// changed is saved; emptying a field goes back to Mesa's default. A password is never shown: left empty it stays
/// as it is, and <see cref="Forget"/> removes it.
/// </summary>
public abstract class SettingsPage(OrganisationSettings settings, IStringLocalizer<Ui> text) : ConsolePage
{
    /// <summary>The parts of the page, in order.</summary>
    protected abstract IReadOnlyList<SettingGroup> Groups { get; }

    public IReadOnlyList<OrganisationSettings.SettingView> All { get; private set; } = [];

    /// <summary>The values as typed, by key; named so that a post without them binds nothing else.</summary>
    [BindProperty(Name = nameof(Values))]
    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>The keys of the passwords to remove.</summary>
    [BindProperty(Name = nameof(Forget))]
    public List<string> Forget { get; set; } = [];

    public IEnumerable<IGrouping<SettingGroup, OrganisationSettings.SettingView>> ByGroup => All.GroupBy(s => s.Definition.Group);

    public string? Typed(OrganisationSettings.SettingView s) =>
        s.IsSecret ? null : Values.TryGetValue(s.Key, out var typed) ? typed : s.Value;

    protected void Load() => All = Groups.SelectMany(g => settings.List(g)).ToList();

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Load();
        var changed = new Dictionary<string, string?>();
        foreach (var s in All.Where(s => s.Editable))
        {
            if (s.IsSecret)
            {
                if (Forget.Contains(s.Key)) changed[s.Key] = null;
                else if (Values.TryGetValue(s.Key, out var secret) && !string.IsNullOrEmpty(secret)) changed[s.Key] = secret;
            }
            else if (Values.TryGetValue(s.Key, out var typed)
                     && ((typed ?? "").Trim() != s.Value || (string.IsNullOrWhiteSpace(typed) && s.Source == SettingSource.Browser)))
            {
                changed[s.Key] = typed;
            }
        }

        if (changed.Count == 0 || await TryAsync(() => settings.SaveAsync(changed, ct), prefix: nameof(Values)))
        {
            Flash(text["Settings.Saved"]);
            return RedirectToPage();
        }

        return Page();
    }
}
