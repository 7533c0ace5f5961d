using System.Globalization;
using System.Linq.Expressions;
using Mesa.Core.Common;
using Mesa.Core.Tickets;

namespace Mesa.Core.Reports;

/// <summary>One month, ISO week (Monday to Sunday) or day of registration, in the organisation's zone.</summary>
public sealed record ReportPeriod(DateOnly First, DateOnly Last, DateTimeOffset StartsAt, DateTimeOffset EndsBefore)
{
    public string Key(ReportBy by) => by switch
    {
        ReportBy.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ReportBy.Week => $"{ISOWeek.GetYear(First.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(First.ToDateTime(TimeOnly.MinValue)):00}",
        _ => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Cuts a report's period into months, weeks or days, and says in which one a ticket was registered. Which period
/// a ticket belongs to is decided in the database by comparing its registration with the periods' first instants
/// (each the local midnight as UTC, so a zone with summer time is right too), in a balanced tree of comparisons:
/// a handful per ticket even over years of days.
/// </summary>
public static class ReportPeriods
{
    /// <summary>Enough for two years by day or ten by week; more rows than that are read by nobody.</summary>
    public const int MaxPeriods = 750;

    public static IReadOnlyList<ReportPeriod> Cut(ReportBy by, DateOnly first, DateOnly last, TimeZoneInfo zone)
    {
        var periods = new List<ReportPeriod>();
        var start = by switch
        {
            ReportBy.Month => new DateOnly(first.Year, first.Month, 1),
            ReportBy.Week => first.AddDays(-(((int)first.DayOfWeek + 6) % 7)),
            _ => first,
        };
        while (start <= last)
        {
            var next = by switch
            {
                ReportBy.Month => start.AddMonths(1),
                ReportBy.Week => start.AddDays(7),
                _ => start.AddDays(1),
            };
            // The first and last periods are clipped to the report's period, so a figure's tickets are the ones it counts.
            var from = start < first ? first : start;
            var to = next.AddDays(-1) > last ? last : next.AddDays(-1);
            periods.Add(new ReportPeriod(from, to, OrganisationTime.DayStart(zone, from), OrganisationTime.DayStart(zone, to.AddDays(1))));
            if (periods.Count > MaxPeriods) throw new InputException("by", Rules.ReportTooManyPeriods, MaxPeriods);
            start = next;
        }

        return periods;
    }

    /// <summary>The index of the period a ticket was registered in (the ticket is known to fall in one of them).</summary>
    public static Expression<Func<Ticket, long?>> IndexOf(IReadOnlyList<ReportPeriod> periods)
    {
        var t = Expression.Parameter(typeof(Ticket), "t");
        var createdAt = Expression.Property(t, nameof(Ticket.CreatedAt));

        Expression Node(int low, int high)
        {
            if (low == high) return Expression.Constant((long?)low, typeof(long?));
            var middle = (low + high + 1) / 2;
            return Expression.Condition(
                Expression.LessThan(createdAt, Expression.Constant(periods[middle].StartsAt)),
                Node(low, middle - 1), Node(middle, high));
        }

        return Expression.Lambda<Func<Ticket, long?>>(Node(0, periods.Count - 1), t);
    }
}
