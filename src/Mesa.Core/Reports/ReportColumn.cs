namespace Mesa.Core.Reports;

/// <summary>
/// One figure of a report's rows. Each kind says how it is computed from the tickets' measures, and which
/// <see cref="Measure"/> lists the tickets behind it.
/// </summary>
public abstract record ReportColumn(string Name)
{
    /// <summary>The tickets this figure counts, for the link from the figure to the list; null when none fits.</summary>
    public abstract TicketMeasure? Measure { get; }

    public abstract IEnumerable<TicketMeasure> Counted { get; }
}

/// <summary>How many tickets of the row have <paramref name="Of"/>.</summary>
public sealed record CountColumn(string Name, TicketMeasure Of) : ReportColumn(Name)
{
    public override TicketMeasure? Measure => Of;

    public override IEnumerable<TicketMeasure> Counted => [Of];
}

/// <summary>
/// A share from 0 to 1: the tickets with <paramref name="Numerator"/> over those with any of
/// <paramref name="Denominator"/> (their counts added); null when the denominator is 0.
/// </summary>
public sealed record RateColumn(string Name, TicketMeasure Numerator, params TicketMeasure[] Denominator) : ReportColumn(Name)
{
    public override TicketMeasure? Measure => Numerator;

    public override IEnumerable<TicketMeasure> Counted => [Numerator, .. Denominator];
}

/// <summary>A row's tickets over the whole report's tickets (the share of a category among all).</summary>
public sealed record ShareColumn(string Name) : ReportColumn(Name)
{
    public override TicketMeasure? Measure => TicketMeasure.Registered;

    public override IEnumerable<TicketMeasure> Counted => [TicketMeasure.Registered];
}

/// <summary>Which clock measure a time column reads.</summary>
public enum Milestone
{
    /// <summary>The ticket's working minutes until the user first heard from the desk.</summary>
    Response,

    /// <summary>The ticket's working minutes until its solution.</summary>
    Resolution,
}

public enum Statistic
{
    Median,
    P90,
    Mean,
}

/// <summary>A statistic of the working minutes to a milestone, over the tickets that reached it.</summary>
public sealed record MinutesColumn(string Name, Milestone Of, Statistic Statistic) : ReportColumn(Name)
{
    public override TicketMeasure? Measure => Of == Milestone.Response ? TicketMeasure.Responded : TicketMeasure.Resolved;

    public override IEnumerable<TicketMeasure> Counted => [];
}

/// <summary>The minutes of work the row's tickets' actions recorded, added up (the agents' own account of their time).</summary>
public sealed record TimeSpentColumn(string Name) : ReportColumn(Name)
{
    public override TicketMeasure? Measure => null;

    public override IEnumerable<TicketMeasure> Counted => [];
}

/// <summary>The survey's average rating (Guía §14.4), over the rated tickets.</summary>
public sealed record RatingColumn(string Name) : ReportColumn(Name)
{
    public override TicketMeasure? Measure => TicketMeasure.Rated;

    public override IEnumerable<TicketMeasure> Counted => [TicketMeasure.Rated];
}
