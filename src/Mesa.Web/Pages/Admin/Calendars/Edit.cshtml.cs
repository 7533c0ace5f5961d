using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Calendars;

/// <summary>
/// A business calendar — its name, IANA zone, the public-holiday rules it follows, its
/// working week (several intervals a day) — and, for a year, its holidays with the dates an admin adds or removes.
/// </summary>
public sealed class EditModel(SlaAdministration sla, SlaQueries queries, OrganisationTime time, IStringLocalizer<Ui> text)
    : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public CalendarForm Input { get; set; } = new();

    [BindProperty]
    public HolidayForm Holiday { get; set; } = new();

    public BusinessCalendar? Calendar { get; private set; }

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    /// <summary>The holiday rule sets that exist as data ("CO"); a new country or law is rows, not code.</summary>
    public IReadOnlyList<string> RuleSets { get; private set; } = [];

    public int ShownYear => Year is >= 1900 and <= 2200 ? Year.Value : time.ToLocal(time.UtcNow).Year;

    public static IReadOnlyList<string> TimeZones { get; } =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal))
            .Append("UTC").Order(StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = Calendar is null ? CalendarForm.Empty() : CalendarForm.From(Calendar);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        BusinessCalendar? saved = null;
        var ok = await TryAsync(async () =>
        {
            var input = Input.ToInput();
            saved = Name is null
                ? await sla.CreateCalendarAsync(input, ct)
                : await sla.UpdateCalendarAsync(Name, input, ct);
        });
        if (ok)
        {
            Flash(text["Calendar.Saved", saved!.Name]);
            return RedirectToPage(new { name = saved.Name });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddHolidayAsync(CancellationToken ct)
    {
        if (await TryAsync(() => sla.AddHolidayAsync(Name ?? "", ParseDate(), Holiday.Name ?? "", ct), prefix: nameof(Holiday)))
        {
            Flash(text["Calendar.HolidayAdded"]);
            return RedirectToPage(new { name = Name, year = ShownYear });
        }

        return await ReloadKeepingInputAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveHolidayAsync(string date, CancellationToken ct)
    {
        Holiday.Date = date;
        if (await TryAsync(() => sla.RemoveHolidayAsync(Name ?? "", ParseDate(), ct), prefix: nameof(Holiday)))
        {
            Flash(text["Calendar.HolidayRemoved"]);
            return RedirectToPage(new { name = Name, year = ShownYear });
        }

        return await ReloadKeepingInputAsync(ct);
    }

    public async Task<IActionResult> OnPostResetHolidayAsync(string date, CancellationToken ct)
    {
        Holiday.Date = date;
        if (await TryAsync(() => sla.ResetHolidayAsync(Name ?? "", ParseDate(), ct), prefix: nameof(Holiday)))
        {
            Flash(text["Calendar.HolidayReset"]);
            return RedirectToPage(new { name = Name, year = ShownYear });
        }

        return await ReloadKeepingInputAsync(ct);
    }

    private DateOnly ParseDate() =>
        DateOnly.TryParseExact(Holiday.Date, "yyyy-MM-dd", out var date)
            ? date
            : throw new InputException("date", Rules.InvalidDate, Holiday.Date ?? "");

    private async Task<IActionResult> ReloadKeepingInputAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = CalendarForm.From(Calendar!);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        RuleSets = (await sla.HolidayRulesAsync(ct)).Select(r => r.RuleSet).Distinct().Order().ToList();
        if (Name is null) return true;
        try
        {
            Calendar = await sla.CalendarAsync(Name, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Holidays = await queries.HolidaysAsync(Name, ShownYear, ct);
        return true;
    }

    public sealed class CalendarForm
    {
        public string? Name { get; set; }

        public string? TimeZone { get; set; }

        /// <summary>The public-holiday rules the calendar follows ("CO"), or empty for none (a 24x7 calendar).</summary>
        public string? HolidayRuleSet { get; set; }

        /// <summary>One line per weekday, Monday first (see <see cref="WeekText"/>).</summary>
        public string?[] Week { get; set; } = new string?[7];

        public static CalendarForm Empty() => new()
        {
            TimeZone = "America/Bogota",
            HolidayRuleSet = ColombianHolidays.RuleSet,
            Week = ["07:00-12:00, 13:00-17:00", "07:00-12:00, 13:00-17:00", "07:00-12:00, 13:00-17:00",
                "07:00-12:00, 13:00-17:00", "07:00-12:00, 13:00-17:00", "", ""],
        };

        public static CalendarForm From(BusinessCalendar calendar) => new()
        {
            Name = calendar.Name,
            TimeZone = calendar.TimeZone,
            HolidayRuleSet = calendar.HolidayRuleSet,
            Week = WeekText.Lines(calendar.Week).Select(l => (string?)l.Text).ToArray(),
        };

        public SlaAdministration.CalendarInput ToInput()
        {
            var week = new List<WorkingInterval>();
            for (var i = 0; i < WeekText.Days.Length; i++)
            {
                var day = WeekText.Days[i];
                var intervals = WeekText.Parse(day, Week.ElementAtOrDefault(i))
                    ?? throw new InputException($"week[{i}]", Rules.InvalidTime, Week.ElementAtOrDefault(i) ?? "");
                week.AddRange(intervals);
            }

            return new SlaAdministration.CalendarInput((Name ?? "").Trim(), (TimeZone ?? "").Trim(),
                string.IsNullOrWhiteSpace(HolidayRuleSet) ? null : HolidayRuleSet.Trim(), week);
        }
    }

    public sealed class HolidayForm
    {
        public string? Date { get; set; }

        public string? Name { get; set; }
    }
}
