using Mesa.Core.Sla;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// A calendar's working week as one line per weekday, Monday first: "07:00-12:00, 13:00-17:00"; an empty line is a
/// day off. The admin form reads and writes these lines.
/// </summary>
public static class WeekText
{
    public static readonly DayOfWeek[] Days =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static IReadOnlyList<(DayOfWeek Day, string Text)> Lines(IEnumerable<WorkingInterval> week)
    {
        var byDay = week.ToLookup(i => i.Day);
        return Days.Select(d => (d, string.Join(", ", byDay[d].OrderBy(i => i.StartMinute)
            .Select(i => $"{WorkingInterval.Format(i.StartMinute)}-{WorkingInterval.Format(i.EndMinute)}")))).ToList();
    }

    /// <summary>The intervals of one day's line, or null (with nothing read) when the line is not understood.</summary>
    public static IReadOnlyList<WorkingInterval>? Parse(DayOfWeek day, string? line)
    {
        var intervals = new List<WorkingInterval>();
        foreach (var part in (line ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length != 2) return null;
            try
            {
                var interval = WorkingInterval.Parse(day, ends[0], ends[1]);
                if (!interval.IsValid) return null;
                intervals.Add(interval);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return intervals;
    }
}
