using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Web.Api;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Policies;

/// <summary>
/// An ANS policy ("SLA TI - 24 HORAS") — its calendar, response and resolution targets per
/// priority in working time — and a preview of the due dates it gives for a chosen start.
/// </summary>
public sealed class EditModel(SlaAdministration sla, SlaQueries queries, OrganisationTime time, IStringLocalizer<Ui> text)
    : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty]
    public PolicyForm Input { get; set; } = new();

    [FromQuery(Name = "preview-priority")]
    public string? PreviewPriority { get; set; }

    [FromQuery(Name = "preview-start")]
    public string? PreviewStart { get; set; }

    public SlaPolicy? Policy { get; private set; }

    public IReadOnlyList<BusinessCalendar> Calendars { get; private set; } = [];

    public (DateTimeOffset Start, DateTimeOffset? Response, DateTimeOffset? Resolution)? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = Policy is null ? PolicyForm.Empty(Calendars.Count > 0 ? Calendars[0].Name : null) : PolicyForm.From(Policy);
        if (Policy is not null && PreviewStart is not null) await PreviewAsync(Policy, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        SlaPolicy? saved = null;
        if (await TryAsync(async () =>
            {
                var input = Input.ToInput();
                saved = Name is null ? await sla.CreatePolicyAsync(input, ct) : await sla.UpdatePolicyAsync(Name, input, ct);
            }))
        {
            Flash(text["Policy.Saved", saved!.Name]);
            return RedirectToPage(new { name = saved.Name });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task PreviewAsync(SlaPolicy policy, CancellationToken ct)
    {
        var priority = ApiEnums.TryParse<Level>(PreviewPriority ?? "", out var level) ? level : Level.Medium;
        if (!DateTime.TryParseExact(PreviewStart, "yyyy-MM-dd'T'HH:mm", null, System.Globalization.DateTimeStyles.None, out var local)
            || !time.TryFromLocal(local, out var start))
        {
            ModelState.AddModelError("preview-start", text["Policy.PreviewInvalidStart"]);
            return;
        }

        var target = policy.TargetFor(priority);
        var calendar = policy.Calendar!.Name;
        Preview = (start,
            await queries.PreviewAsync(calendar, start, target.ResponseMinutes, [], ct),
            await queries.PreviewAsync(calendar, start, target.ResolutionMinutes, [], ct));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Calendars = await sla.CalendarsAsync(ct);
        if (Name is null) return true;
        try
        {
            Policy = await sla.PolicyAsync(Name, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class PolicyForm
    {
        public string? Name { get; set; }

        public string? Calendar { get; set; }

        public bool IsDefault { get; set; }

        /// <summary>Per priority (Low, Medium, High, Critical), the response target as people write it ("2 h").</summary>
        public string?[] Response { get; set; } = new string?[4];

        public string?[] Resolution { get; set; } = new string?[4];

        public static PolicyForm Empty(string? calendar) => new()
        {
            Calendar = calendar,
            Response = ["8 h", "4 h", "2 h", "1 h"],
            Resolution = ["40 h", "24 h", "8 h", "4 h"],
        };

        public static PolicyForm From(SlaPolicy policy) => new()
        {
            Name = policy.Name,
            Calendar = policy.Calendar?.Name,
            IsDefault = policy.IsDefault,
            Response = Enum.GetValues<Level>().Select(l => (string?)DurationText.Format(policy.Targets.FirstOrDefault(t => t.Priority == l)?.ResponseMinutes)).ToArray(),
            Resolution = Enum.GetValues<Level>().Select(l => (string?)DurationText.Format(policy.Targets.FirstOrDefault(t => t.Priority == l)?.ResolutionMinutes)).ToArray(),
        };

        public SlaAdministration.PolicyInput ToInput()
        {
            var targets = Enum.GetValues<Level>().Select((level, i) => new SlaTarget(level,
                Minutes($"response[{i}]", Response.ElementAtOrDefault(i)),
                Minutes($"resolution[{i}]", Resolution.ElementAtOrDefault(i)))).ToList();
            return new SlaAdministration.PolicyInput((Name ?? "").Trim(), Calendar ?? "", IsDefault, targets);
        }

        private static int Minutes(string field, string? value) => DurationText.Minutes(value) switch
        {
            null => throw new InputException(field, Rules.InvalidDuration, value ?? ""),
            > 0 and <= SlaPolicy.MaxTargetMinutes and var minutes => minutes,
            _ => throw new InputException(field, Rules.InvalidTargets),
        };
    }
}
