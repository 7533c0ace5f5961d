using BenchmarkDotNet.Attributes;
using Mesa.Core.Sla;

namespace Mesa.Benchmarks;

/// <summary>One due-date computation, typical and worst case (50 pauses over a year-long ticket).</summary>
[MemoryDiagnoser]
public class SlaClockBenchmarks
{
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
    private readonly DateTimeOffset _start = new(2026, 1, 5, 7, 0, 0, TimeSpan.FromHours(-5));
    private CalendarSchedule _calendar = null!;
    private ClockPause[] _fiftyPauses = null!;

    [GlobalSetup]
    public void Setup()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        _calendar = new CalendarSchedule(Bogota,
            weekdays.SelectMany(d => new[] { new WorkingInterval(d, 420, 720), new WorkingInterval(d, 780, 1020) }),
            new HolidayCalendar(ColombianHolidays.Rules));
        // Fifty stops spread over the year, one a week, of a few hours each.
        _fiftyPauses = Enumerable.Range(0, 50)
            .Select(i => new ClockPause(_start.AddDays(7 * i + 1).AddHours(2), _start.AddDays(7 * i + 1).AddHours(2 + (i % 5) + 1)))
            .ToArray();
        _ = SlaClock.DueAt(_calendar, _start, 60, []);
    }

    /// <summary>"SLA TI - 24 HORAS" on a fresh ticket: 24 working hours, no stops.</summary>
    [Benchmark(Baseline = true)]
    public DateTimeOffset? TwentyFourWorkingHours() => SlaClock.DueAt(_calendar, _start, 24 * 60, []);

    /// <summary>A year-long ticket (about 2,000 working hours) with 50 clock stops.</summary>
    [Benchmark]
    public DateTimeOffset? YearLongWithFiftyPauses() => SlaClock.DueAt(_calendar, _start, 2000 * 60, _fiftyPauses);
}
