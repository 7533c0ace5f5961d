using Mesa.Core.Settings;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>Guía §4: the organisation's settings in the browser: the organisation, the survey, the attached files.</summary>
public sealed class SettingsModel(OrganisationSettings settings, IStringLocalizer<Ui> text) : SettingsPage(settings, text)
{
    protected override IReadOnlyList<SettingGroup> Groups { get; } = [SettingGroup.Organisation, SettingGroup.Survey, SettingGroup.Attachments];

    /// <summary>The zones offered while typing (IANA names).</summary>
    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId)
        .Select(z => z.Id).Order(StringComparer.Ordinal).ToList();
}
