namespace Mesa.Core.Reports;

/// <summary>How a report is drawn: which columns, and as what.</summary>
public enum ChartKind
{
    /// <summary>A trend over the periods (drawn as bars when the rows are not periods).</summary>
    Lines,

    /// <summary>Parts of a whole per row (the flow's outcomes, the backlog's ages).</summary>
    StackedBars,

    /// <summary>Side by side per row.</summary>
    Bars,

    /// <summary>The total row's columns as bars: the survey's five answers.</summary>
    Distribution,
}

public sealed record ReportChartSpec(ChartKind Kind, params string[] Columns);

/// <summary>A report: its figures, the rows it shows unless asked otherwise, its chart, and how rows are ordered.</summary>
public sealed record ReportDefinition(ReportName Name, ReportBy DefaultBy, IReadOnlyList<ReportColumn> Columns, ReportChartSpec Chart,
    bool BiggestFirst = false)
{
    public IEnumerable<TicketMeasure> Counted => Columns.SelectMany(c => c.Counted).Distinct();

    public IEnumerable<Milestone> Timed => Columns.OfType<MinutesColumn>().Select(c => c.Of).Distinct();

    public bool Rates => Columns.OfType<RatingColumn>().Any();

    /// <summary>
    /// Every figure counts open tickets only (the backlog): the query reads just those, through the open-ticket index,
    /// instead of ten years of closed ones.
    /// </summary>
    public bool OpenOnly => Columns.All(c => c.Measure is { } m && TicketMeasures.OnlyOpen(m));
}

/// <summary>
/// Every report's figures (Guía §4, §14.1, §14.4). The names are the API's: a column named
/// <c>distribution.1</c> is <c>"distribution": {"1": n}</c> in JSON.
/// </summary>
public static class ReportCatalog
{
    private static readonly CountColumn Tickets = new("tickets", TicketMeasure.Registered);

    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        new(ReportName.Sla, ReportBy.Month,
        [
            Tickets,
            new CountColumn("responseMet", TicketMeasure.ResponseMet),
            new CountColumn("responseBreached", TicketMeasure.ResponseBreached),
            new CountColumn("resolutionMet", TicketMeasure.ResolutionMet),
            new CountColumn("resolutionBreached", TicketMeasure.ResolutionBreached),
            new RateColumn("responseCompliance", TicketMeasure.ResponseMet, TicketMeasure.ResponseMet, TicketMeasure.ResponseBreached),
            new RateColumn("resolutionCompliance", TicketMeasure.ResolutionMet, TicketMeasure.ResolutionMet, TicketMeasure.ResolutionBreached),
        ], new(ChartKind.Lines, "responseCompliance", "resolutionCompliance")),
        new(ReportName.Times, ReportBy.Month,
        [
            Tickets,
            new CountColumn("responded", TicketMeasure.Responded),
            new MinutesColumn("firstResponseMedianMinutes", Milestone.Response, Statistic.Median),
            new MinutesColumn("firstResponseP90Minutes", Milestone.Response, Statistic.P90),
            new MinutesColumn("firstResponseMeanMinutes", Milestone.Response, Statistic.Mean),
            new CountColumn("resolved", TicketMeasure.Resolved),
            new MinutesColumn("resolutionMedianMinutes", Milestone.Resolution, Statistic.Median),
            new MinutesColumn("resolutionP90Minutes", Milestone.Resolution, Statistic.P90),
            new MinutesColumn("resolutionMeanMinutes", Milestone.Resolution, Statistic.Mean),
        ], new(ChartKind.Lines, "firstResponseMedianMinutes", "resolutionMedianMinutes", "resolutionP90Minutes")),
        new(ReportName.Satisfaction, ReportBy.Month,
        [
            new CountColumn("closed", TicketMeasure.Closed),
            new CountColumn("rated", TicketMeasure.Rated),
            new RatingColumn("average"),
            new CountColumn("distribution.1", TicketMeasure.Rated1),
            new CountColumn("distribution.2", TicketMeasure.Rated2),
            new CountColumn("distribution.3", TicketMeasure.Rated3),
            new CountColumn("distribution.4", TicketMeasure.Rated4),
            new CountColumn("distribution.5", TicketMeasure.Rated5),
            new RateColumn("responseRate", TicketMeasure.Rated, TicketMeasure.Closed),
        ], new(ChartKind.Distribution, "distribution.1", "distribution.2", "distribution.3", "distribution.4", "distribution.5")),
        new(ReportName.Flow, ReportBy.Month,
        [
            new CountColumn("registered", TicketMeasure.Registered),
            new CountColumn("resolved", TicketMeasure.Resolved),
            new CountColumn("closed", TicketMeasure.Closed),
            new CountColumn("rejected", TicketMeasure.Rejected),
            new CountColumn("reopened", TicketMeasure.Reopened),
            new CountColumn("open", TicketMeasure.Open),
        ], new(ChartKind.StackedBars, "closed", "rejected", "open")),
        new(ReportName.Backlog, ReportBy.Group,
        [
            new CountColumn("open", TicketMeasure.Open),
            new CountColumn("new", TicketMeasure.StateNew),
            new CountColumn("assigned", TicketMeasure.StateAssigned),
            new CountColumn("resolved", TicketMeasure.StateResolved),
            new CountColumn("ageUnderOneDay", TicketMeasure.AgeUnderOneDay),
            new CountColumn("ageOneToThreeDays", TicketMeasure.AgeOneToThreeDays),
            new CountColumn("ageThreeToSevenDays", TicketMeasure.AgeThreeToSevenDays),
            new CountColumn("ageSevenToThirtyDays", TicketMeasure.AgeSevenToThirtyDays),
            new CountColumn("ageOverThirtyDays", TicketMeasure.AgeOverThirtyDays),
            new CountColumn("breached", TicketMeasure.BreachedNow),
            new RateColumn("breachedShare", TicketMeasure.BreachedNow, TicketMeasure.Open),
            new CountColumn("atRisk", TicketMeasure.AtRisk),
            new RateColumn("atRiskShare", TicketMeasure.AtRisk, TicketMeasure.Open),
            new CountColumn("unassigned", TicketMeasure.Unassigned),
            new CountColumn("unplaced", TicketMeasure.Unplaced),
        ], new(ChartKind.StackedBars, "ageUnderOneDay", "ageOneToThreeDays", "ageThreeToSevenDays", "ageSevenToThirtyDays", "ageOverThirtyDays")),
        new(ReportName.Reopenings, ReportBy.Month,
        [
            Tickets,
            new CountColumn("resolved", TicketMeasure.Resolved),
            new CountColumn("reopened", TicketMeasure.Reopened),
            new CountColumn("answeredIncorrect", TicketMeasure.AnsweredIncorrect),
            new CountColumn("revoked", TicketMeasure.Revoked),
            new RateColumn("reopenRate", TicketMeasure.Reopened, TicketMeasure.Registered),
        ], new(ChartKind.Lines, "reopenRate")),
        new(ReportName.FirstContact, ReportBy.Month,
        [
            Tickets,
            new CountColumn("closed", TicketMeasure.Closed),
            new CountColumn("closedAtFirstLine", TicketMeasure.ClosedAtFirstLine),
            new RateColumn("firstContactRate", TicketMeasure.ClosedAtFirstLine, TicketMeasure.Closed),
        ], new(ChartKind.Lines, "firstContactRate")),
        new(ReportName.Escalation, ReportBy.Month,
        [
            Tickets,
            new CountColumn("escalated", TicketMeasure.Escalated),
            new RateColumn("escalationRate", TicketMeasure.Escalated, TicketMeasure.Registered),
        ], new(ChartKind.Lines, "escalationRate")),
        new(ReportName.Workload, ReportBy.Agent,
        [
            Tickets,
            new CountColumn("inProgress", TicketMeasure.InProgress),
            new CountColumn("resolved", TicketMeasure.Resolved),
            new CountColumn("closed", TicketMeasure.Closed),
            new MinutesColumn("resolutionMeanMinutes", Milestone.Resolution, Statistic.Mean),
            new MinutesColumn("resolutionMedianMinutes", Milestone.Resolution, Statistic.Median),
            new TimeSpentColumn("minutesSpent"),
        ], new(ChartKind.Bars, "inProgress", "resolved")),
        new(ReportName.Top, ReportBy.Category,
        [
            Tickets,
            new ShareColumn("share"),
            new CountColumn("open", TicketMeasure.Open),
            new CountColumn("resolutionBreached", TicketMeasure.ResolutionBreached),
        ], new(ChartKind.Bars, "tickets"), BiggestFirst: true),
    ];

    public static ReportDefinition Of(ReportName name) => All.Single(r => r.Name == name);
}
