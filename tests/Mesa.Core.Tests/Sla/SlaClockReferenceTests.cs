using Mesa.Core.Sla;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Sla.Calendars;

namespace Mesa.Core.Tests.Sla;

/// <summary>
/// The engine against a brute-force reference that walks minute by minute, on thousands of generated
/// timelines — random starts, targets, pauses, holidays, weekends, interval edges, a zone with daylight saving.
/// </summary>
public sealed class SlaClockReferenceTests
{
    [Theory]
    [InlineData("primer-nivel", 1000, 3000)]
    [InlineData("24x7", 400, 12000)]
    [InlineData("new-york", 400, 3000)]
    public void The_engine_agrees_with_a_minute_by_minute_walk(string name, int cases, int maxMinutes)
    {
        var calendar = name switch
        {
            "primer-nivel" => PrimerNivel,
            "24x7" => Always,
            _ => NewYork,
        };
        var seed = TestSeed.Next();
        var random = new Random(seed);
        var origin = new DateTimeOffset(2025, 12, 20, 0, 0, 0, TimeSpan.Zero);

        for (var i = 0; i < cases; i++)
        {
            var start = origin.AddMinutes(random.Next(0, 500 * 24 * 60));
            // Favour the edges: a third of the starts sit on an interval boundary.
            if (i % 3 == 0) start = start.AddMinutes(-start.Minute);
            var minutes = i % 10 == 0 ? random.Next(0, 3) : random.Next(0, maxMinutes);
            var pauses = RandomPauses(random, start);

            var expected = Reference(calendar, start, minutes, pauses);
            var actual = SlaClock.DueAt(calendar, start, minutes, pauses);

            Assert.True(expected == actual,
                $"case {i} ({TestSeed.Replay(seed)}): start {start:O}, {minutes} min, pauses [{string.Join(", ", pauses)}]: expected {expected:O}, got {actual:O}");
            if (actual is { } due)
                Assert.True(TimeSpan.FromMinutes(minutes) == SlaClock.WorkingTimeBetween(calendar, start, due, pauses),
                    $"case {i} ({TestSeed.Replay(seed)}): the working time up to the due date is not {minutes} min");
        }
    }

    private static List<ClockPause> RandomPauses(Random random, DateTimeOffset start)
    {
        var pauses = new List<ClockPause>();
        var count = random.Next(0, 6);
        for (var p = 0; p < count; p++)
        {
            var from = start.AddMinutes(random.Next(-600, 20 * 24 * 60));
            // Mostly hours or days; sometimes weeks (a vendor's part); now and then still open.
            var length = random.Next(0, 8) == 0 ? random.Next(3 * 24 * 60, 30 * 24 * 60) : random.Next(1, 3 * 24 * 60);
            DateTimeOffset? to = random.Next(0, 25) == 0 ? null : from.AddMinutes(length);
            pauses.Add(new ClockPause(from, to));
        }

        return pauses;
    }

    /// <summary>Counts working, unpaused minutes one by one until the target is reached.</summary>
    private static DateTimeOffset? Reference(CalendarSchedule calendar, DateTimeOffset start, int minutes,
        IReadOnlyList<ClockPause> pauses)
    {
        if (minutes == 0) return start;
        var count = 0;
        var horizon = start.AddDays(800);
        for (var t = start; t < horizon; t = t.AddMinutes(1))
        {
            if (pauses.Any(p => p.From <= t && (p.To is null || t < p.To))) continue;
            var local = TimeZoneInfo.ConvertTime(t, calendar.Zone);
            var day = DateOnly.FromDateTime(local.DateTime);
            if (calendar.Holidays.IsHoliday(day)) continue;
            var minuteOfDay = (local.Hour * 60) + local.Minute;
            var working = false;
            foreach (var interval in calendar.IntervalsOn(day.DayOfWeek))
                working |= minuteOfDay >= interval.StartMinute && minuteOfDay < interval.EndMinute;
            if (working && ++count == minutes) return t.AddMinutes(1);
        }

        return null;
    }
}
