using System.Globalization;
using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>
/// The change calendar: the windows of the changes under way or to come, by week or by month in the organisation's
/// zone, each change flagged when its window overlaps another's on the same service.
/// </summary>
public sealed class CalendarModel(ChangeService changes, OrganisationTime time) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>"month" (default) or "week".</summary>
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? Span { get; set; }

    public bool IsWeek => Span == "week";

    /// <summary>The day asked for (today when none, or one that cannot be read).</summary>
    public DateOnly Day { get; private set; }

    /// <summary>The days shown, Monday first, in whole weeks.</summary>
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<long, IReadOnlyList<string>> Overlaps { get; private set; } = new Dictionary<long, IReadOnlyList<string>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.ToLocal(time.UtcNow).DateTime);
        Day = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked)
              && asked.Year is >= OrganisationTime.FirstYear and <= OrganisationTime.LastYear ? asked : today;
        var first = IsWeek ? Monday(Day) : Monday(new DateOnly(Day.Year, Day.Month, 1));
        var last = IsWeek ? first.AddDays(6) : Monday(new DateOnly(Day.Year, Day.Month, 1).AddMonths(1).AddDays(-1)).AddDays(6);
        Days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
        (Entries, Overlaps) = await changes.CalendarAsync(await ActorAsync(), Start(first), Start(last.AddDays(1)), ct);
    }

    /// <summary>The changes whose window touches a day, in window order.</summary>
    public IEnumerable<CalendarEntry> On(DateOnly day) =>
        Entries.Where(e => e.Start < Start(day.AddDays(1)) && e.End > Start(day));

    public string Link(DateOnly day, bool week) =>
        $"/agent/changes/calendar?view={(week ? "week" : "month")}&date={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public DateOnly Previous => IsWeek ? Day.AddDays(-7) : Day.AddMonths(-1);

    public DateOnly Next => IsWeek ? Day.AddDays(7) : Day.AddMonths(1);

    /// <summary>"08:00" when the change starts or ends within the day, nothing when it runs all day.</summary>
    public string Hours(CalendarEntry e, DateOnly day)
    {
        var start = time.ToLocal(e.Start);
        var end = time.ToLocal(e.End);
        var from = DateOnly.FromDateTime(start.DateTime) == day ? start.ToString("HH:mm", CultureInfo.InvariantCulture) : "…";
        var to = DateOnly.FromDateTime(end.DateTime) == day ? end.ToString("HH:mm", CultureInfo.InvariantCulture) : "…";
        return $"{from}–{to}";
    }

    private DateTimeOffset Start(DateOnly day) => time.FromLocal(day.ToDateTime(TimeOnly.MinValue));

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
