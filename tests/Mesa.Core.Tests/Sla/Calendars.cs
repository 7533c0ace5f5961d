using Mesa.Core.Sla;

namespace Mesa.Core.Tests.Sla;

public static class Calendars
{
    public static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    /// <summary>"Calendario Técnicos Primer Nivel": Mon–Fri 07:00–12:00 and 13:00–17:00, Bogotá, Colombian holidays.</summary>
    public static readonly CalendarSchedule PrimerNivel = new(Bogota,
        Weekdays().SelectMany(d => new[] { WorkingInterval.Parse(d, "07:00", "12:00"), WorkingInterval.Parse(d, "13:00", "17:00") }),
        new HolidayCalendar(ColombianHolidays.Rules));

    public static readonly CalendarSchedule Always = CalendarSchedule.Always(Bogota);

    /// <summary>A desk that also works Saturday mornings, in a zone that changes its clocks (for the exact path).</summary>
    public static readonly CalendarSchedule NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
        Weekdays().Select(d => WorkingInterval.Parse(d, "01:30", "09:00"))
            .Append(WorkingInterval.Parse(DayOfWeek.Saturday, "00:00", "03:00"))
            .Append(WorkingInterval.Parse(DayOfWeek.Sunday, "22:00", "24:00")),
        new HolidayCalendar(ColombianHolidays.Rules));

    public static IEnumerable<WorkingInterval> IntervalsOnWeek(this CalendarSchedule calendar) =>
        Enum.GetValues<DayOfWeek>().SelectMany(d => calendar.IntervalsOn(d).ToArray());

    private static IEnumerable<DayOfWeek> Weekdays() =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
