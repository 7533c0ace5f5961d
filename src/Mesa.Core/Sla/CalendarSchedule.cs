namespace Mesa.Core.Sla;

/// <summary>
/// When a business calendar works: weekly intervals in an IANA time zone, less its holidays. Pure and immutable, so
/// that one instance serves every ticket of the calendar.
/// </summary>
public sealed class CalendarSchedule
{
    private readonly WorkingInterval[][] _byDay = new WorkingInterval[7][];
    private readonly int[] _dayMinutes = new int[7];
    private readonly DateTime _fixedOffsetFrom;

    public CalendarSchedule(TimeZoneInfo zone, IEnumerable<WorkingInterval> week, HolidayCalendar holidays)
    {
        Zone = zone;
        Holidays = holidays;
        var intervals = week.ToList();
        if (intervals.Any(i => !i.IsValid)) throw new ArgumentException("A working interval must lie within one day.");
        for (var d = 0; d < 7; d++)
        {
            var ofDay = intervals.Where(i => (int)i.Day == d).OrderBy(i => i.StartMinute).ToList();
            for (var i = 1; i < ofDay.Count; i++)
            {
                if (ofDay[i].StartMinute < ofDay[i - 1].EndMinute)
                    throw new ArgumentException($"Working intervals overlap on {(DayOfWeek)d}.");
            }

            _byDay[d] = [.. ofDay];
            _dayMinutes[d] = ofDay.Sum(i => i.Minutes);
        }

        WeekMinutes = intervals.Sum(i => i.Minutes);
        if (WeekMinutes == 0) throw new ArgumentException("A calendar needs some working time.");

        // Past the last daylight-saving rule of the zone, local time is UTC plus a constant, which lets whole weeks be
        // skipped with arithmetic alone. Zones that still change their clocks take the exact path.
        var rules = zone.GetAdjustmentRules();
        _fixedOffsetFrom = rules.Length == 0 ? DateTime.MinValue : rules.Max(r => r.DateEnd);
        FixedOffset = zone.BaseUtcOffset;
    }

    public TimeZoneInfo Zone { get; }

    public HolidayCalendar Holidays { get; }

    public int WeekMinutes { get; }

    internal TimeSpan FixedOffset { get; }

    public static CalendarSchedule Always(TimeZoneInfo zone) => new(zone,
        Enum.GetValues<DayOfWeek>().Select(d => new WorkingInterval(d, 0, WorkingInterval.MinutesPerDay)),
        HolidayCalendar.None);

    public ReadOnlySpan<WorkingInterval> IntervalsOn(DayOfWeek day) => _byDay[(int)day];

    public int DayMinutes(DayOfWeek day) => _dayMinutes[(int)day];

    /// <summary>Working minutes of <paramref name="days"/> (at most 7) consecutive plain days from a weekday.</summary>
    public int MinutesOver(DayOfWeek from, int days)
    {
        var total = 0;
        for (var i = 0; i < days; i++) total += _dayMinutes[((int)from + i) % 7];
        return total;
    }

    /// <summary>Whether local time is a constant offset from UTC from this local date on (no DST rule left).</summary>
    internal bool HasFixedOffsetFrom(DateOnly localDate) =>
        _fixedOffsetFrom != DateTime.MaxValue.Date && localDate.ToDateTime(TimeOnly.MinValue) > _fixedOffsetFrom;

    public DateOnly LocalDate(long utcTicks) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), Zone));

    /// <summary>The UTC instant of a local wall-clock minute; a minute inside a spring-forward gap moves past it.</summary>
    public long ToUtcTicks(DateOnly day, int minute, bool fixedOffset)
    {
        // DateOnly.DayNumber counts days from 0001-01-01, the origin of DateTime ticks.
        var localTicks = (day.DayNumber * TimeSpan.TicksPerDay) + (minute * TimeSpan.TicksPerMinute);
        if (fixedOffset) return localTicks - FixedOffset.Ticks;
        var unspecified = new DateTime(localTicks, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone).Ticks;
    }
}
