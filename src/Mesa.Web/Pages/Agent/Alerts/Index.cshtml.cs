using System.Globalization;
using Mesa.Core.Alerts;
using Mesa.Core.Common;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Alerts;

/// <summary>
/// Guía §11 "Pestaña avisos / alertas": supervisors and administrators publish alerts that every agent's panel shows
/// while they last, and withdraw them; every agent can read the latest ones here.
/// </summary>
public sealed class IndexModel(AgentAlerts alerts, OrganisationTime time, IStringLocalizer<Ui> text) : ConsolePage
{
    public const int Shown = 100;

    [BindProperty]
    public AlertForm Input { get; set; } = new();

    public IReadOnlyList<AgentAlerts.AlertView> Alerts { get; private set; } = [];

    public bool CanPublish { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var startsAt = Instant(nameof(AlertForm.StartsAt), Input.StartsAt);
        var endsAt = Instant(nameof(AlertForm.EndsAt), Input.EndsAt);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        return await PostAsync(async () => await alerts.PublishAsync(await ActorAsync(), Input.Text, Input.Level,
            startsAt, endsAt, ct), text["Alerts.Published"], () => LoadAsync(ct));
    }

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) =>
        PostAsync(async () => await alerts.WithdrawAsync(await ActorAsync(), id, ct), text["Alerts.Withdrawn"],
            () => LoadAsync(ct));

    private DateTimeOffset? Instant(string field, string? value) =>
        LocalInstant.Read(ModelState, time, $"Input.{field}", value, text["Alerts.InvalidDate"]);

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        CanPublish = actor.IsAdmin || actor.Supervises.Count > 0;
        Alerts = await alerts.RecentAsync(actor, Shown, ct);
    }

    public sealed class AlertForm
    {
        public string? Text { get; set; }

        public AlertLevel Level { get; set; } = AlertLevel.Information;

        public string? StartsAt { get; set; }

        public string? EndsAt { get; set; }
    }
}
