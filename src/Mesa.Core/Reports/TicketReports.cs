using System.Linq.Expressions;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Reports;

/// <summary>
/// The reports of Guía §4 over the tickets registered in a period. Every figure is counted in the database from the
/// measures the ANS clock keeps on each ticket (its breaches, its working minutes with the stops left out), with the
/// same predicates that list the figure's tickets, so that a report never disagrees with a ticket page.
/// </summary>
public sealed class TicketReports(MesaDbContext db, TicketQueries tickets, OrganisationTime time)
{
    /// <summary>The satisfaction report's latest comments.</summary>
    public const int CommentsShown = 50;

    public async Task<ReportResult> RunAsync(Actor by, ReportRequest request, CancellationToken ct)
    {
        if (!by.ReadsReports) throw new ForbiddenException(Rules.ReportsForSupervisors);
        var definition = ReportCatalog.Of(request.Name);
        var grouping = request.By ?? definition.DefaultBy;
        var now = time.UtcNow;
        var today = DateOnly.FromDateTime(time.ToLocal(now).DateTime);
        if (request.From is { } f && request.To is { } t && t < f) throw new InputException("to", Rules.ReportPeriodReversed);

        var to = request.To ?? today;
        var from = request.From ?? (definition.OpenOnly ? await FirstDayAsync(by, request.Filter, to, ct) : LastTwelveMonths(to));
        var filter = request.Filter with
        {
            View = TicketListView.All,
            CreatedFrom = OrganisationTime.DayStart(time.Zone, from),
            CreatedBefore = OrganisationTime.DayStart(time.Zone, to.AddDays(1)),
            Measure = null,
        };
        var periods = grouping.IsPeriod() ? ReportPeriods.Cut(grouping, from, to, time.Zone) : [];
        var key = grouping.IsPeriod() ? ReportPeriods.IndexOf(periods) : ReportKeys.Of(grouping);
        var query = tickets.Filter(by, filter);
        if (definition.OpenOnly) query = query.Where(TicketStates.IsOpenTicket);

        // One pass over the period's tickets counts every measure and joins the timed milestones' minutes.
        var measures = definition.Counted.ToArray();
        var timed = definition.Timed.ToArray();
        var tallies = await ReadAsync(db, () => TallyAsync(query, key, measures, timed, now, ct), ct);

        // Every period has its row, empty or not, so that a trend line has no gaps; other rows are the keys found.
        var keys = grouping.IsPeriod()
            ? Enumerable.Range(0, periods.Count).Select(i => (long?)i).ToList()
            : tallies.Keys.Select(k => k == NoKey ? null : (long?)k).ToList();
        var named = grouping.IsPeriod()
            ? periods.Select((p, i) => (Index: (long)i, Key: new ReportKey(p.Key(grouping), null,
                filter with { CreatedFrom = p.StartsAt, CreatedBefore = p.EndsBefore }))).ToDictionary(x => x.Index, x => x.Key)
            : await ReportKeys.NameAsync(db, grouping, filter, keys.OfType<long>().ToList(), ct);

        var totalTickets = tallies.Values.Sum(c => c.Counts.GetValueOrDefault(TicketMeasure.Registered));
        var rows = keys.Select(k =>
            {
                var slot = k ?? NoKey;
                var rowKey = k is { } id && named.TryGetValue(id, out var found) ? found : ReportKeys.None(grouping, filter);
                return new ReportRow(rowKey, Values(definition, tallies.GetValueOrDefault(slot) ?? Tally.Empty, totalTickets));
            })
            .ToList();
        rows = Order(definition, grouping, rows);

        var total = new ReportRow(new ReportKey(null, null, filter), Values(definition, Tally.Sum(tallies.Values), totalTickets));
        var comments = definition.Name == ReportName.Satisfaction ? await CommentsAsync(query, ct) : [];
        return new ReportResult(definition, grouping, from, to, filter, rows, total, comments, now);
    }

    /// <summary>The row key of tickets without the grouped field.</summary>
    private const long NoKey = long.MinValue;

    /// <summary>Without a start date, a report covers the twelve months up to its end: that month and the eleven before.</summary>
    private static DateOnly LastTwelveMonths(DateOnly to) => new DateOnly(to.Year, to.Month, 1).AddMonths(-11);

    /// <summary>Without a start date, the backlog holds every open ticket, from the day the first was registered.</summary>
    private async Task<DateOnly> FirstDayAsync(Actor by, TicketFilter filter, DateOnly to, CancellationToken ct)
    {
        var first = await tickets.Filter(by, filter with { View = TicketListView.All, CreatedFrom = null, CreatedBefore = null, Measure = null })
            .OrderBy(t => t.CreatedAt).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(ct);
        if (first is not { } at) return to;
        var day = DateOnly.FromDateTime(time.ToLocal(at).DateTime);
        return day < to ? day : to;
    }

    /// <summary>
    /// A read in a transaction of its own, where PostgreSQL may group a period's tickets by hashing in memory instead of
    /// sorting them on disk (measured at a million tickets: the times report by month 0.85 s → 0.65 s in the database),
    /// and does not compile the query to machine code first (its JIT took 0.75 s for a 0.65 s read).
    /// </summary>
    private static async Task<T> ReadAsync<T>(MesaDbContext context, Func<Task<T>> read, CancellationToken ct)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        if (!context.IsSqlite) await context.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64MB'; SET LOCAL jit = off", ct);
        var result = await read();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// One grouped query: per key, how many tickets have each measure, the sum of their ratings, and the working minutes
    /// of every ticket that reached a timed milestone, joined as text by the database (the one list aggregate both
    /// engines have) and counted here, so that the percentiles follow exactly.
    /// </summary>
    private static async Task<Dictionary<long, Tally>> TallyAsync(IQueryable<Ticket> query, Expression<Func<Ticket, long?>> key,
        IReadOnlyList<TicketMeasure> measures, IReadOnlyList<Milestone> timed, DateTimeOffset now, CancellationToken ct)
    {
        var g = Expression.Parameter(typeof(IGrouping<long?, Ticket>), "g");
        var counts = measures.Select(m => (Expression)Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Ticket)], g,
            TicketMeasures.Of(m, now)));
        Expression<Func<Ticket, int>> rating = t => t.Rating ?? 0;
        Expression<Func<Ticket, long>> spent = t => (long)t.MinutesSpent;
        var row = Expression.MemberInit(Expression.New(typeof(TallyRow)),
            Expression.Bind(typeof(TallyRow).GetProperty(nameof(TallyRow.Key))!, Expression.Property(g, "Key")),
            Expression.Bind(typeof(TallyRow).GetProperty(nameof(TallyRow.Counts))!, Expression.NewArrayInit(typeof(int), counts)),
            Expression.Bind(typeof(TallyRow).GetProperty(nameof(TallyRow.RatingSum))!,
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(Ticket)], g, rating)),
            Expression.Bind(typeof(TallyRow).GetProperty(nameof(TallyRow.MinutesSpent))!,
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(Ticket)], g, spent)),
            Expression.Bind(typeof(TallyRow).GetProperty(nameof(TallyRow.Minutes))!,
                Expression.NewArrayInit(typeof(string), timed.Select(m => Joined(g, m)))));
        var select = Expression.Lambda<Func<IGrouping<long?, Ticket>, TallyRow>>(row, g);

        var found = await query.GroupBy(key).Select(select).ToListAsync(ct);
        return found.ToDictionary(r => r.Key ?? NoKey, r => new Tally(
            measures.Select((m, i) => (m, r.Counts[i])).ToDictionary(x => x.m, x => (long)x.Item2), r.RatingSum,
            timed.Select((m, i) => (m, MinutesHistogram.Parse(r.Minutes[i]))).ToDictionary(x => x.m, x => x.Item2))
        {
            MinutesSpent = r.MinutesSpent,
        });
    }

    /// <summary>
    /// <c>string.Join(",", g.Where(t => t.Minutes != null).Select(t => t.Minutes.Value.ToString()))</c>: the clock keeps a
    /// milestone's minutes exactly when the ticket reached it (<see cref="Ticket.RecomputeDueDates"/>).
    /// </summary>
    private static MethodCallExpression Joined(ParameterExpression g, Milestone milestone)
    {
        var t = Expression.Parameter(typeof(Ticket), "t");
        var minutes = Expression.Property(t, milestone == Milestone.Response
            ? nameof(Ticket.ResponseWorkingMinutes) : nameof(Ticket.ResolutionWorkingMinutes));
        var measured = Expression.Lambda<Func<Ticket, bool>>(Expression.NotEqual(minutes, Expression.Constant(null, typeof(int?))), t);
        var text = Expression.Lambda<Func<Ticket, string>>(
            Expression.Call(Expression.Property(minutes, nameof(Nullable<int>.Value)), nameof(ToString), Type.EmptyTypes), t);
        var where = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(Ticket)], g, measured);
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(Ticket), typeof(string)], where, text);
        return Expression.Call(typeof(string).GetMethod(nameof(string.Join), [typeof(string), typeof(IEnumerable<string>)])!,
            Expression.Constant(","), select);
    }

    private static async Task<IReadOnlyList<SurveyComment>> CommentsAsync(IQueryable<Ticket> query, CancellationToken ct) =>
        await query.Where(t => t.ClosureComment != null).OrderByDescending(t => t.ClosedAt).ThenByDescending(t => t.Id)
            .Take(CommentsShown).Select(t => new SurveyComment(t.Id, t.Code, t.Rating, t.ClosureComment!, t.ClosedAt)).ToListAsync(ct);

    private static List<double?> Values(ReportDefinition definition, Tally tally, long totalTickets) =>
        definition.Columns.Select(column => column switch
        {
            CountColumn c => tally.Counts.GetValueOrDefault(c.Of),
            RateColumn r => Share(tally.Counts.GetValueOrDefault(r.Numerator), r.Denominator.Sum(d => tally.Counts.GetValueOrDefault(d))),
            ShareColumn => Share(tally.Counts.GetValueOrDefault(TicketMeasure.Registered), totalTickets),
            MinutesColumn m => tally.Minutes.GetValueOrDefault(m.Of)?.Of(m.Statistic),
            TimeSpentColumn => tally.MinutesSpent,
            RatingColumn => tally.Counts.GetValueOrDefault(TicketMeasure.Rated) is > 0 and var rated ? (double)tally.RatingSum / rated : null,
            _ => (double?)null,
        }).ToList();

    private static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>Periods in time order; a "top" report biggest first; other rows by name, the row without a key last.</summary>
    private static List<ReportRow> Order(ReportDefinition definition, ReportBy by, List<ReportRow> rows)
    {
        if (by.IsPeriod()) return rows;
        if (definition.BiggestFirst) return rows.OrderByDescending(r => r.Values[0]).ThenBy(r => r.Key.Name, StringComparer.CurrentCulture).ToList();
        var byPosition = by is ReportBy.Priority or ReportBy.Origin or ReportBy.Type or ReportBy.State;
        return byPosition
            ? rows.OrderBy(r => r.Key.Key is null).ToList()
            : rows.OrderBy(r => r.Key.Key is null).ThenBy(r => r.Key.Name, StringComparer.CurrentCulture).ToList();
    }

    private sealed class TallyRow
    {
        public long? Key { get; init; }

        public int[] Counts { get; init; } = [];

        public int RatingSum { get; init; }

        public long MinutesSpent { get; init; }

        public string?[] Minutes { get; init; } = [];
    }

    private sealed record Tally(IReadOnlyDictionary<TicketMeasure, long> Counts, long RatingSum,
        IReadOnlyDictionary<Milestone, MinutesHistogram> Minutes)
    {
        public static Tally Empty { get; } = new(new Dictionary<TicketMeasure, long>(), 0, new Dictionary<Milestone, MinutesHistogram>());

        /// <summary>The minutes of work recorded on the tickets' actions.</summary>
        public long MinutesSpent { get; init; }

        public static Tally Sum(IReadOnlyCollection<Tally> tallies)
        {
            var counts = new Dictionary<TicketMeasure, long>();
            foreach (var (measure, n) in tallies.SelectMany(t => t.Counts)) counts[measure] = counts.GetValueOrDefault(measure) + n;
            var minutes = tallies.SelectMany(t => t.Minutes.Keys).Distinct()
                .ToDictionary(m => m, m => MinutesHistogram.Merge(tallies.Select(t => t.Minutes.GetValueOrDefault(m) ?? MinutesHistogram.Empty)));
            var ratings = tallies.Sum(t => t.RatingSum);
            return new Tally(counts, ratings, minutes) { MinutesSpent = tallies.Sum(t => t.MinutesSpent) };
        }
    }
}
