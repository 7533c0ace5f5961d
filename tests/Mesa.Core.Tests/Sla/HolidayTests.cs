using Mesa.Core.Sla;

namespace Mesa.Core.Tests.Sla;

public sealed class HolidayTests
{
    private static readonly HolidayCalendar Colombia = new(ColombianHolidays.Rules);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory] // Easter Sunday 2020–2035, from the published tables
    [InlineData(2020, "2020-04-12")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2031, "2031-04-13")]
    [InlineData(2032, "2032-03-28")]
    [InlineData(2033, "2033-04-17")]
    [InlineData(2034, "2034-04-09")]
    [InlineData(2035, "2035-03-25")]
    public void Easter_sunday_matches_the_tables(int year, string easter) => Assert.Equal(D(easter), Easter.Sunday(year));

    public static TheoryData<int, string[]> OfficialLists => new()
    {
        // Decrees of the Ministerio del Trabajo; Sunday holidays included (they are holidays, not days off).
        { 2024, ["2024-01-01", "2024-01-08", "2024-03-25", "2024-03-28", "2024-03-29", "2024-05-01", "2024-05-13",
            "2024-06-03", "2024-06-10", "2024-07-01", "2024-07-20", "2024-08-07", "2024-08-19", "2024-10-14",
            "2024-11-04", "2024-11-11", "2024-12-08", "2024-12-25"] },
        { 2025, ["2025-01-01", "2025-01-06", "2025-03-24", "2025-04-17", "2025-04-18", "2025-05-01", "2025-06-02",
            "2025-06-23", "2025-06-30", "2025-07-20", "2025-08-07", "2025-08-18", "2025-10-13", "2025-11-03",
            "2025-11-17", "2025-12-08", "2025-12-25"] },
        // 2026: the eighteen of Ley 51 de 1983 plus 13 July, the 9 July holiday of Ley 2578 de 2026 moved to Monday.
        { 2026, ["2026-01-01", "2026-01-12", "2026-03-23", "2026-04-02", "2026-04-03", "2026-05-01", "2026-05-18",
            "2026-06-08", "2026-06-15", "2026-06-29", "2026-07-13", "2026-07-20", "2026-08-07", "2026-08-17",
            "2026-10-12", "2026-11-02", "2026-11-16", "2026-12-08", "2026-12-25"] },
    };

    [Theory]
    [MemberData(nameof(OfficialLists))]
    public void Colombian_holidays_match_the_official_list(int year, string[] expected) =>
        Assert.Equal(expected.Select(D), Colombia.Of(year).Select(h => h.Date));

    [Fact] // 2025: San Pedro y San Pablo and Sagrado Corazón fall on the same Monday: one day off, both names
    public void Two_holidays_on_one_day_are_one_day_with_both_names()
    {
        var june30 = Colombia.Of(2025).Single(h => h.Date == D("2025-06-30"));

        Assert.Contains("Sagrado Corazón", june30.Name);
        Assert.Contains("San Pedro", june30.Name);
    }

    [Theory] // Every year 2020–2035 follows the rules of Ley 51 de 1983 and, from 2026, Ley 2578 de 2026
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    [InlineData(2031)]
    [InlineData(2032)]
    [InlineData(2033)]
    [InlineData(2034)]
    [InlineData(2035)]
    public void Every_year_follows_the_laws(int year)
    {
        var days = Colombia.Of(year).Select(h => h.Date).ToHashSet();
        var easter = Easter.Sunday(year);
        foreach (var (month, day) in new[] { (1, 1), (5, 1), (7, 20), (8, 7), (12, 8), (12, 25) })
            Assert.Contains(new DateOnly(year, month, day), days);
        Assert.Contains(easter.AddDays(-3), days);
        Assert.Contains(easter.AddDays(-2), days);
        foreach (var (month, day) in new[] { (1, 6), (3, 19), (6, 29), (8, 15), (10, 12), (11, 1), (11, 11) })
            Assert.Contains(NextMonday(new DateOnly(year, month, day)), days);
        Assert.Equal(year >= 2026, days.Contains(NextMonday(new DateOnly(year, 7, 9))) && Colombia.Of(year).Any(h => h.Name.Contains("2578")));
        foreach (var offset in new[] { 39, 60, 68 }) Assert.Contains(NextMonday(easter.AddDays(offset)), days);
        Assert.InRange(days.Count, 16, 19);
    }

    [Fact] // Ley 2578 de 2026 applies from 2026 only
    public void The_2026_holiday_is_not_in_2025() =>
        Assert.DoesNotContain(Colombia.Of(2025), h => h.Name.Contains("2578"));

    [Fact] // An admin adds and removes dates per calendar
    public void A_calendar_adds_and_removes_dates()
    {
        var calendar = new HolidayCalendar(ColombianHolidays.Rules,
            added: [new Holiday(D("2026-12-24"), "Nochebuena (decreto interno)")],
            removed: [D("2026-12-08")]);

        Assert.True(calendar.IsHoliday(D("2026-12-24")));
        Assert.False(calendar.IsHoliday(D("2026-12-08")));
        Assert.True(calendar.IsHoliday(D("2026-12-25")));
    }

    private static DateOnly NextMonday(DateOnly d) => d.AddDays(((int)DayOfWeek.Monday - (int)d.DayOfWeek + 7) % 7);
}
