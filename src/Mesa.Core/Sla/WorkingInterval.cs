namespace Mesa.Core.Sla;

/// <summary>
/// A stretch of working time on a weekday, in minutes from local midnight: 07:00–12:00 is (420, 720). The end may
/// be 1440 (midnight), so "24x7" is (0, 1440) on every day.
/// </summary>
public readonly record struct WorkingInterval(DayOfWeek Day, int StartMinute, int EndMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public bool IsValid => StartMinute >= 0 && EndMinute <= MinutesPerDay && StartMinute < EndMinute;

    public int Minutes => EndMinute - StartMinute;

    public static WorkingInterval Parse(DayOfWeek day, string start, string end) =>
        new(day, MinuteOf(start), MinuteOf(end));

    public static int MinuteOf(string hhmm)
    {
        var parts = hhmm.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var h) || !int.TryParse(parts[1], out var m)
            || h is < 0 or > 24 || m is < 0 or > 59 || (h == 24 && m != 0))
            throw new FormatException($"'{hhmm}' is not a time of day (HH:mm).");
        return (h * 60) + m;
    }

    public static string Format(int minute) => $"{minute / 60:D2}:{minute % 60:D2}";
}
