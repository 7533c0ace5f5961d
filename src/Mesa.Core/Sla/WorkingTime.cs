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
    /// From the next local midnight on, skips whole days by arithmetic: holidays and days entirely inside a pause
    /// (nothing runs), whole weeks and single days with neither holiday nor pause (all their working time runs), as
    /// long as the skipped working time stays below <paramref name="budget"/> and the days end by
    /// <paramref name="untilUtcTicks"/>. Returns the working ticks skipped; MoveNext walks whatever is left.
    /// </summary>
    public long SkipWholeDays(long budget, long untilUtcTicks = long.MaxValue)
    {
        if (!_fixedOffset || _segmentEnd != 0) return 0;
        if (_interval > 0 && _interval >= _calendar.IntervalsOn(_day.DayOfWeek).Length)
        {
            _day = _day.AddDays(1);
            _interval = 0;
        }

        if (_interval != 0) return 0;
        long skipped = 0;
        while (true)
        {
            var dayStart = _calendar.ToUtcTicks(_day, 0, fixedOffset: true);
            var dayEnd = dayStart + TimeSpan.TicksPerDay;
            if (_cursor > dayStart || dayEnd > untilUtcTicks) return skipped;
            if (_nextHoliday is { } stale && stale < _day) _nextHoliday = _calendar.Holidays.NextOnOrAfter(_day);
            while (_pause < _pauses.Length && _pauses[_pause].To <= dayStart) _pause++;
            var pauseFrom = _pause < _pauses.Length ? _pauses[_pause].From : long.MaxValue;
            var pauseTo = _pause < _pauses.Length ? _pauses[_pause].To : long.MaxValue;

            var nothingRuns = _nextHoliday == _day || (pauseFrom <= dayStart && pauseTo >= dayEnd && pauseTo != long.MaxValue);
            if (nothingRuns)
            {
                Advance(1, dayEnd);
                continue;
            }

            // The run of plain days before the next holiday, the day the next pause starts, or the limit.
            var plainDays = long.MaxValue;
            if (_nextHoliday is { } holiday) plainDays = holiday.DayNumber - _day.DayNumber;
            if (pauseFrom != long.MaxValue) plainDays = Math.Min(plainDays, (pauseFrom - dayStart) / TimeSpan.TicksPerDay);
            if (untilUtcTicks != long.MaxValue) plainDays = Math.Min(plainDays, (untilUtcTicks - dayStart) / TimeSpan.TicksPerDay);
            if (plainDays <= 0) return skipped;

            // As many whole weeks as fit, then the rest of the run at once, else day by day.
            var weeks = Math.Min(plainDays / 7, (budget - skipped - 1) / _weekTicks);
            if (weeks > 0)
            {
                skipped += weeks * _weekTicks;
                Advance((int)(weeks * 7), dayStart + (weeks * 7 * TimeSpan.TicksPerDay));
                continue;
            }

            var days = (int)Math.Min(plainDays, 7);
            var runTicks = _calendar.MinutesOver(_day.DayOfWeek, days) * TimeSpan.TicksPerMinute;
            if (budget - skipped > runTicks)
            {
                skipped += runTicks;
                Advance(days, dayStart + (days * TimeSpan.TicksPerDay));
                continue;
            }

            var dayTicks = _calendar.DayMinutes(_day.DayOfWeek) * TimeSpan.TicksPerMinute;
            if (budget - skipped > dayTicks)
            {
                skipped += dayTicks;
                Advance(1, dayEnd);
                continue;
            }

            return skipped;
        }
    }

    private void Advance(int days, long cursor)
    {
        _day = _day.AddDays(days);
        _cursor = cursor;
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

    private sealed class PauseOrder : IComparer<(long From, long To)>
    {
        public static readonly PauseOrder Instance = new();

        public int Compare((long From, long To) x, (long From, long To) y) => x.From.CompareTo(y.From);
    }

    /// <summary>Sorted, merged pauses that end after the start.</summary>
    private static (long From, long To)[] Merge(IReadOnlyList<ClockPause> pauses, long startTicks)
    {
        if (pauses.Count == 0) return [];
        var list = new (long From, long To)[pauses.Count];
        var count = 0;
        var sorted = true;
        foreach (var p in pauses)
        {
            var to = p.To is { } t ? t.UtcTicks : long.MaxValue;
            if (to <= startTicks || to <= p.From.UtcTicks) continue;
            if (count > 0 && p.From.UtcTicks < list[count - 1].From) sorted = false;
            list[count++] = (p.From.UtcTicks, to);
        }

        // Stops are usually stored in order; sort only when they are not.
        if (!sorted) Array.Sort(list, 0, count, PauseOrder.Instance);
        var merged = 0;
        for (var i = 0; i < count; i++)
        {
            if (merged > 0 && list[i].From <= list[merged - 1].To)
                list[merged - 1].To = Math.Max(list[merged - 1].To, list[i].To);
            else
                list[merged++] = list[i];
        }

        return merged == list.Length ? list : list[..merged];
    }
}
