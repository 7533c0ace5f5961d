namespace Mesa.Core.Sla;

/// <summary>
/// Walks the working time of a calendar forward from an instant, leaving out the pauses: it yields the stretches
/// [Start, End) during which an ANS clock runs. Everything is in UTC ticks. Whole weeks without a holiday or a
/// pause are skipped by arithmetic, which keeps a year-long computation in microseconds.
/// </summary>
internal struct WorkingTime
{
    private readonly CalendarSchedule _calendar;
    private readonly (long From, long To)[] _pauses;
    private readonly long _weekTicks;
    private int _pause;
    private DateOnly _day;
    private DateOnly? _nextHoliday;
    private bool _fixedOffset;
    private int _interval;
    private long _cursor;
    private long _segmentEnd;

    public WorkingTime(CalendarSchedule calendar, long startUtcTicks, IReadOnlyList<ClockPause> pauses)
    {
        _calendar = calendar;
        _pauses = Merge(pauses, startUtcTicks);
        _weekTicks = calendar.WeekMinutes * TimeSpan.TicksPerMinute;
        _cursor = startUtcTicks;
        _day = calendar.LocalDate(startUtcTicks);
        _fixedOffset = calendar.HasFixedOffsetFrom(_day);
        _nextHoliday = calendar.Holidays.NextOnOrAfter(_day);
        _interval = 0;
        _pause = 0;
        _segmentEnd = 0;
    }

    public long Start { get; private set; }

    public long End { get; private set; }

    /// <summary>
    /// Skips whole weeks from the next local midnight on, while each week is plain working time (no holiday, no
    /// pause), ends at or before <paramref name="untilUtcTicks"/>, and adding it keeps the skipped working time below
    /// <paramref name="budget"/>. Returns the working ticks skipped.
    /// </summary>
    public long SkipWholeWeeks(long budget, long untilUtcTicks = long.MaxValue)
    {
        if (!_fixedOffset || _segmentEnd != 0) return 0;
        if (_interval > 0 && _interval >= _calendar.IntervalsOn(_day.DayOfWeek).Length)
        {
            _day = _day.AddDays(1);
            _interval = 0;
        }

        if (_interval != 0) return 0;
        if (_nextHoliday is { } stale && stale < _day) _nextHoliday = _calendar.Holidays.NextOnOrAfter(_day);
        long skipped = 0;
        while (budget - skipped > _weekTicks)
        {
            var dayStart = _calendar.ToUtcTicks(_day, 0, fixedOffset: true);
            var weekEnd = dayStart + (7 * TimeSpan.TicksPerDay);
            if (_cursor > dayStart || weekEnd > untilUtcTicks) break;
            if (_nextHoliday is { } holiday && holiday < _day.AddDays(7)) break;
            if (_pause < _pauses.Length && _pauses[_pause].From < weekEnd) break;
            skipped += _weekTicks;
            _day = _day.AddDays(7);
            _cursor = weekEnd;
        }

        return skipped;
    }

    /// <summary>Moves to the next running stretch; false only when a pause never ends.</summary>
    public bool MoveNext()
    {
        for (var guard = 0; guard < 366 * 100; guard++)
        {
            // Continue inside the current working interval, after a pause that cut it.
            if (_segmentEnd != 0)
            {
                if (NextRun(_cursor, _segmentEnd, out var s, out var e))
                {
                    Start = s;
                    End = e;
                    _cursor = e;
                    if (e == _segmentEnd) _segmentEnd = 0;
                    return true;
                }

                if (_pause < _pauses.Length && _pauses[_pause].To == long.MaxValue) return false;
                _segmentEnd = 0;
            }

            if (_nextHoliday is { } h && h < _day) _nextHoliday = _calendar.Holidays.NextOnOrAfter(_day);
            var isHoliday = _nextHoliday == _day;
            var intervals = _calendar.IntervalsOn(_day.DayOfWeek);
            if (isHoliday || _interval >= intervals.Length)
            {
                _day = _day.AddDays(1);
                _interval = 0;
                if (!_fixedOffset) _fixedOffset = _calendar.HasFixedOffsetFrom(_day);
                continue;
            }

            var interval = intervals[_interval++];
            var start = _calendar.ToUtcTicks(_day, interval.StartMinute, _fixedOffset);
            var end = _calendar.ToUtcTicks(_day, interval.EndMinute, _fixedOffset);
            if (end <= _cursor) continue;
            _cursor = Math.Max(start, _cursor);
            _segmentEnd = end;
        }

        throw new InvalidOperationException("The calendar has no working time in a century.");
    }

    /// <summary>The first stretch of [from, to) outside every pause.</summary>
    private bool NextRun(long from, long to, out long start, out long end)
    {
        start = from;
        end = to;
        while (_pause < _pauses.Length && _pauses[_pause].To <= start) _pause++;
        while (_pause < _pauses.Length && _pauses[_pause].From <= start)
        {
            start = _pauses[_pause].To;
            if (start >= to) return false;
            _pause++;
            while (_pause < _pauses.Length && _pauses[_pause].To <= start) _pause++;
        }

        if (_pause < _pauses.Length && _pauses[_pause].From < to) end = _pauses[_pause].From;
        return start < end;
    }

    /// <summary>Sorted, merged pauses that end after the start.</summary>
    private static (long From, long To)[] Merge(IReadOnlyList<ClockPause> pauses, long startTicks)
    {
        if (pauses.Count == 0) return [];
        var list = new List<(long From, long To)>(pauses.Count);
        foreach (var p in pauses)
        {
            var to = p.To is { } t ? t.UtcTicks : long.MaxValue;
            if (to > startTicks && to > p.From.UtcTicks) list.Add((p.From.UtcTicks, to));
        }

        list.Sort((a, b) => a.From.CompareTo(b.From));
        var merged = new List<(long From, long To)>(list.Count);
        foreach (var p in list)
        {
            if (merged.Count > 0 && p.From <= merged[^1].To)
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, p.To));
            else
                merged.Add(p);
        }

        return [.. merged];
    }
}
