namespace Mesa.Core.Reports;

/// <summary>
/// How many tickets took each whole number of working minutes: the database counts them, and the median, the 90th
/// percentile and the mean follow exactly from the counts, the same for a row and for the merged total.
/// </summary>
public sealed class MinutesHistogram
{
    private readonly SortedDictionary<int, long> _counts = [];

    public long Count { get; private set; }

    public void Add(int minutes, long tickets)
    {
        _counts[minutes] = _counts.GetValueOrDefault(minutes) + tickets;
        Count += tickets;
    }

    public void Add(MinutesHistogram other)
    {
        foreach (var (minutes, tickets) in other._counts) Add(minutes, tickets);
    }

    public double? Of(Statistic statistic) => statistic switch
    {
        Statistic.Median => Percentile(0.5),
        Statistic.P90 => Percentile(0.9),
        _ => Mean(),
    };

    public double? Mean() => Count == 0 ? null : _counts.Sum(c => (double)c.Key * c.Value) / Count;

    /// <summary>
    /// The percentile by linear interpolation between the two nearest ranks (PostgreSQL's <c>percentile_cont</c>,
    /// a spreadsheet's PERCENTILE.INC): the median of 10 and 20 minutes is 15.
    /// </summary>
    public double? Percentile(double share)
    {
        if (Count == 0) return null;
        var position = (Count - 1) * share;
        var lower = (long)Math.Floor(position);
        var upper = (long)Math.Ceiling(position);
        double? low = null, high = null;
        long seen = 0;
        foreach (var (minutes, tickets) in _counts)
        {
            seen += tickets;
            if (low is null && seen > lower) low = minutes;
            if (seen > upper)
            {
                high = minutes;
                break;
            }
        }

        return low!.Value + (position - lower) * (high!.Value - low.Value);
    }
}
