using Mesa.Core.Sla;
using static Mesa.Core.Tests.Sla.Calendars;

namespace Mesa.Core.Tests.Sla;

public sealed class SlaClockTests
{
    private static DateTimeOffset Bog(string local) =>
        new DateTimeOffset(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(-5));

    [Fact] // Guía §14.2: registration + ANS time, counted in the calendar's working time
    public void The_due_date_counts_only_working_minutes()
    {
        // Monday 2 March 2026 16:00 + 120 working minutes: one hour Monday, one hour Tuesday from 07:00.
        Assert.Equal(Bog("2026-03-03 08:00"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 16:00"), 120, []));
    }

    [Fact]
    public void Lunch_and_nights_do_not_count()
    {
        Assert.Equal(Bog("2026-03-02 13:30"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 11:30"), 60, []));
        Assert.Equal(Bog("2026-03-03 07:01"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 17:00"), 1, []));
        Assert.Equal(Bog("2026-03-02 17:00"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 16:00"), 60, []));
    }

    [Fact] // Holidays are not working days: Friday 3 April 2026 (Viernes Santo) and Thursday 2 (Jueves Santo)
    public void Holy_week_does_not_count()
    {
        Assert.Equal(Bog("2026-04-06 08:00"), SlaClock.DueAt(PrimerNivel, Bog("2026-04-01 16:00"), 120, []));
    }

    [Fact] // A ticket registered outside working hours starts counting at the next working minute
    public void A_start_on_a_weekend_counts_from_monday()
    {
        Assert.Equal(Bog("2026-03-09 08:00"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-07 10:00"), 60, []));
    }

    [Fact] // Guía §14.2: "sumando los tiempos transcurridos en subestados con parada de reloj"
    public void A_pause_pushes_the_due_date_by_the_working_time_it_covered()
    {
        var pause = new ClockPause(Bog("2026-03-02 09:00"), Bog("2026-03-02 10:30"));

        Assert.Equal(Bog("2026-03-02 11:30"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 08:00"), 120, [pause]));
    }

    [Fact] // While the clock is stopped for good, there is no due date
    public void An_open_pause_has_no_due_date()
    {
        var pause = new ClockPause(Bog("2026-03-02 09:00"), null);

        Assert.Null(SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 08:00"), 120, [pause]));
        Assert.Equal(Bog("2026-03-02 08:30"), SlaClock.DueAt(PrimerNivel, Bog("2026-03-02 08:00"), 30, [pause]));
    }

    [Fact] // "24x7"
    public void Around_the_clock_counts_every_minute()
    {
        Assert.Equal(Bog("2026-03-08 10:00"), SlaClock.DueAt(Always, Bog("2026-03-07 10:00"), 24 * 60, []));
    }

    [Fact]
    public void Working_time_between_two_instants_leaves_out_nights_holidays_and_pauses()
    {
        var used = SlaClock.WorkingTimeBetween(PrimerNivel, Bog("2026-03-02 08:00"), Bog("2026-03-10 09:00"),
            [new ClockPause(Bog("2026-03-03 07:00"), Bog("2026-03-03 12:00"))]);

        // Mon 2: 08–12 and 13–17; Tue 3: the afternoon (the morning is paused); Wed–Fri: 9 h each; Mon 9: 9 h;
        // Tue 10: 07–09.
        Assert.Equal(TimeSpan.FromHours(8 + 4 + 27 + 9 + 2), used);
    }

    [Fact] // A year-long ticket is computed exactly (week skipping agrees with the walk)
    public void A_year_long_target_agrees_with_the_working_time_it_spans()
    {
        var start = Bog("2026-01-05 07:00");
        var due = SlaClock.DueAt(PrimerNivel, start, 2000 * 60, [])!.Value;

        Assert.Equal(TimeSpan.FromHours(2000), SlaClock.WorkingTimeBetween(PrimerNivel, start, due, []));
    }
}
