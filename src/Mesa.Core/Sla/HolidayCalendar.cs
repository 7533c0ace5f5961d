using System.Collections.Concurrent;

namespace Mesa.Core.Sla;

/// <summary>
/// The holidays of one business calendar: its rule set's holidays of each year plus the dates an admin added, minus
/// the ones an admin removed. Each year is computed once and kept.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly IReadOnlyList<HolidayRule> _rules;
    private readonly Dictionary<DateOnly, string> _added;
    private readonly HashSet<DateOnly> _removed;
    private readonly ConcurrentDictionary<int, Holiday[]> _years = new();
    private readonly Func<int, Holiday[]> _compute;

    public HolidayCalendar(IReadOnlyList<HolidayRule> rules, IEnumerable<Holiday>? added = null,
        IEnumerable<DateOnly>? removed = null)
    {
        _rules = rules;
        _added = (added ?? []).ToDictionary(h => h.Date, h => h.Name);
        _removed = (removed ?? []).ToHashSet();
        _compute = Compute;
    }

    public static HolidayCalendar None { get; } = new([]);

    /// <summary>The holidays of a year, sorted; two holidays on one day are one day off with both names.</summary>
    public IReadOnlyList<Holiday> Of(int year) => _years.GetOrAdd(year, _compute);

    public bool IsHoliday(DateOnly date) => Array.BinarySearch(Days(date.Year), date) >= 0;

    /// <summary>The first holiday on or after a date, looking ahead at most a few years; null when there is none.</summary>
    public DateOnly? NextOnOrAfter(DateOnly date)
    {
        for (var year = date.Year; year <= date.Year + 3; year++)
        {
            foreach (var holiday in _years.GetOrAdd(year, _compute))
            {
                if (holiday.Date >= date) return holiday.Date;
            }
        }

        return null;
    }

    private DateOnly[] Days(int year) => _dayCache.GetOrAdd(year, static (y, self) => self.Of(y).Select(h => h.Date).ToArray(), this);

    private readonly ConcurrentDictionary<int, DateOnly[]> _dayCache = new();

    private Holiday[] Compute(int year)
    {
        var days = new SortedDictionary<DateOnly, List<string>>();
        void Add(DateOnly date, string name)
        {
            if (!days.TryGetValue(date, out var names)) days[date] = names = [];
            if (!names.Contains(name)) names.Add(name);
        }

        foreach (var rule in _rules)
        {
            if (rule.DateIn(year) is { } date) Add(date, rule.Name);
        }

        foreach (var (date, name) in _added.Where(a => a.Key.Year == year)) Add(date, name);
        return days.Where(d => !_removed.Contains(d.Key))
            .Select(d => new Holiday(d.Key, string.Join(" / ", d.Value)))
            .ToArray();
    }
}
