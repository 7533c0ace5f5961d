using Mesa.Core.Common;

namespace Mesa.Core.Sla;

/// <summary>
/// A business calendar (Guía §14.2 "Calendario / SLA", e.g. "Calendario Técnicos Primer Nivel"): working intervals per
/// weekday in an IANA zone, the public-holiday rules it follows, and the dates an admin added or removed.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly List<CalendarInterval> _intervals = [];
    private readonly List<CalendarHolidayChange> _holidayChanges = [];

    private BusinessCalendar()
    {
    }

    public BusinessCalendar(string name, string timeZone, string? holidayRuleSet, IEnumerable<WorkingInterval> week)
    {
        Rename(name);
        ChangeTimeZone(timeZone);
        HolidayRuleSet = holidayRuleSet;
        SetWeek(week);
    }

    public const int NameMaxLength = 150;

    /// <summary>An IANA zone id ("America/Bogota").</summary>
    public const int TimeZoneMaxLength = 100;

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string TimeZone { get; private set; } = "";

    /// <summary>Which public holidays apply ("CO"), or none for a calendar such as 24x7.</summary>
    public string? HolidayRuleSet { get; private set; }

    public IReadOnlyCollection<CalendarInterval> Intervals => _intervals;

    public IReadOnlyCollection<CalendarHolidayChange> HolidayChanges => _holidayChanges;

    public IEnumerable<WorkingInterval> Week =>
        _intervals.OrderBy(i => i.Day == DayOfWeek.Sunday ? 7 : (int)i.Day).ThenBy(i => i.StartMinute)
            .Select(i => new WorkingInterval(i.Day, i.StartMinute, i.EndMinute));

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException("name", Rules.Required);
        if (name.Length > NameMaxLength) throw new InputException("name", Rules.TooLong, NameMaxLength);
        Name = name.Trim();
    }

    public void ChangeTimeZone(string timeZone)
    {
        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            throw new InputException("timeZone", Rules.UnknownTimeZone, timeZone);
        TimeZone = timeZone;
    }

    public void ChangeHolidayRuleSet(string? ruleSet) => HolidayRuleSet = string.IsNullOrWhiteSpace(ruleSet) ? null : ruleSet;

    /// <summary>Replaces the working week; intervals must lie within a day and not overlap, and some time must work.</summary>
    public void SetWeek(IEnumerable<WorkingInterval> week)
    {
        var intervals = week.ToList();
        try
        {
            _ = new CalendarSchedule(System.TimeZoneInfo.Utc, intervals, HolidayCalendar.None);
        }
        catch (ArgumentException)
        {
            throw new InputException("week", Rules.InvalidWorkingWeek);
        }

        _intervals.Clear();
        _intervals.AddRange(intervals.Select(i => new CalendarInterval(i.Day, i.StartMinute, i.EndMinute)));
    }

    /// <summary>A holiday of this calendar only (a local holiday, a decreed day off).</summary>
    public void AddHoliday(DateOnly date, string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException("name", Rules.Required);
        if (name.Trim().Length > HolidayRule.NameMaxLength) throw new InputException("name", Rules.TooLong, HolidayRule.NameMaxLength);
        _holidayChanges.RemoveAll(c => c.Date == date);
        _holidayChanges.Add(new CalendarHolidayChange(date, name.Trim(), removed: false));
    }

    /// <summary>A public holiday this calendar works anyway.</summary>
    public void RemoveHoliday(DateOnly date)
    {
        _holidayChanges.RemoveAll(c => c.Date == date);
        _holidayChanges.Add(new CalendarHolidayChange(date, "", removed: true));
    }

    /// <summary>Undoes an addition or a removal.</summary>
    public void ResetHoliday(DateOnly date) => _holidayChanges.RemoveAll(c => c.Date == date);

    public CalendarSchedule Schedule(IEnumerable<HolidayRule> allRules)
    {
        var rules = HolidayRuleSet is null ? [] : allRules.Where(r => r.RuleSet == HolidayRuleSet).ToList();
        var holidays = new HolidayCalendar(rules,
            _holidayChanges.Where(c => !c.Removed).Select(c => new Holiday(c.Date, c.Name)),
            _holidayChanges.Where(c => c.Removed).Select(c => c.Date));
        return new CalendarSchedule(System.TimeZoneInfo.FindSystemTimeZoneById(TimeZone), Week, holidays);
    }
}

public sealed class CalendarInterval
{
    private CalendarInterval()
    {
    }

    public CalendarInterval(DayOfWeek day, int startMinute, int endMinute)
    {
        Day = day;
        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public int Id { get; private set; }

    public DayOfWeek Day { get; private set; }

    public int StartMinute { get; private set; }

    public int EndMinute { get; private set; }
}

public sealed class CalendarHolidayChange
{
    private CalendarHolidayChange()
    {
    }

    public CalendarHolidayChange(DateOnly date, string name, bool removed)
    {
        Date = date;
        Name = name;
        Removed = removed;
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public string Name { get; private set; } = "";

    public bool Removed { get; private set; }
}
