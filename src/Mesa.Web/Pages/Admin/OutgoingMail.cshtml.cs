using Mesa.Core.Mail;
using Mesa.Core.Settings;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// The mail server Mesa sends through, in the browser where the settings files do not set it, and its test message:
/// sent at once with the settings in force, so that the administrator reads what the server answered.
/// </summary>
public sealed class OutgoingMailModel(OrganisationSettings settings, OutgoingMailTest test, IStringLocalizer<Ui> text)
    : SettingsPage(settings, text)
{
    protected override IReadOnlyList<SettingGroup> Groups { get; } = [SettingGroup.OutgoingMail];

    /// <summary>Where the test message goes; empty for the administrator's own address.</summary>
    [BindProperty]
    public string? TestTo { get; set; }

    /// <summary>What the last test said, shown once.</summary>
    public MailConnectionCheck? Result { get; private set; }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        await TryAsync(async () => Result = await test.SendAsync(TestTo, actor, ct), prefix: "Test");
        Load();
        return Page();
    }
}
