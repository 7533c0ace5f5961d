namespace Mesa.Core.Sla;

/// <summary>
/// The ANS clock (Guía §14.2 "Fecha resolución": registro + tiempo del ANS + tiempo en subestados con parada de
/// reloj). A pure function of a calendar, a start, a target in working minutes and the pauses: the same history
/// always gives the same dates, to the minute.
/// </summary>
public static class SlaClock
{
    /// <summary>
    /// The first instant at which <paramref name="minutes"/> working minutes of the calendar have elapsed since
    /// <paramref name="start"/>, not counting time inside the pauses; null while an open pause keeps it from ever
    /// being reached.
    /// </summary>
    public static DateTimeOffset? DueAt(CalendarSchedule calendar, DateTimeOffset start, int minutes,
        IReadOnlyList<ClockPause> pauses)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        var remaining = minutes * TimeSpan.TicksPerMinute;
        if (remaining == 0) return start;

        var time = new WorkingTime(calendar, start.UtcTicks, pauses);
        while (true)
        {
            remaining -= time.SkipWholeDays(remaining);
            if (!time.MoveNext()) return null;
            var length = time.End - time.Start;
            if (length >= remaining) return new DateTimeOffset(time.Start + remaining, TimeSpan.Zero);
            remaining -= length;
        }
    }

    /// <summary>Working time of the calendar in [from, to), less the pauses.</summary>
    public static TimeSpan WorkingTimeBetween(CalendarSchedule calendar, DateTimeOffset from, DateTimeOffset to,
        IReadOnlyList<ClockPause> pauses)
    {
        if (to <= from) return TimeSpan.Zero;
        var limit = to.UtcTicks;
        var total = 0L;
        var time = new WorkingTime(calendar, from.UtcTicks, pauses);
        while (true)
        {
            total += time.SkipWholeDays(long.MaxValue, limit);
            if (!time.MoveNext() || time.Start >= limit) return TimeSpan.FromTicks(total);
            total += Math.Min(time.End, limit) - time.Start;
            if (time.End >= limit) return TimeSpan.FromTicks(total);
        }
    }
}
