namespace Mesa.Core.Changes;

/// <summary>
/// The change calendar's rule: two changes whose windows overlap on the same service are a risk to each other (one may
/// hide the effects of the other, or the back-out of one undo the other), so each is flagged with the other's code.
/// </summary>
public static class ChangeCalendar
{
    /// <summary>For each change that overlaps another on its service, the codes of the others, in window order.</summary>
    public static IReadOnlyDictionary<long, IReadOnlyList<string>> Overlaps(IReadOnlyList<CalendarEntry> entries)
    {
        var overlaps = new Dictionary<long, IReadOnlyList<string>>();
        foreach (var service in entries.Where(e => e.ServiceId is not null).GroupBy(e => e.ServiceId))
        {
            var ordered = service.OrderBy(e => e.Start).ThenBy(e => e.Id).ToList();
            foreach (var entry in ordered)
            {
                var others = ordered.Where(o => o.Id != entry.Id && o.Start < entry.End && entry.Start < o.End).Select(o => o.Code).ToList();
                if (others.Count > 0) overlaps[entry.Id] = others;
            }
        }

        return overlaps;
    }
}

/// <summary>A change on the calendar: its window on its service.</summary>
public sealed record CalendarEntry(long Id, string Code, string Title, ChangeState State, long? ServiceId, string? Service,
    DateTimeOffset Start, DateTimeOffset End);
