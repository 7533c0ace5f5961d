using Mesa.Core.Tickets;

namespace Mesa.Core.Reports;

/// <summary>What a report is asked for: which, grouped how, over which registration dates (inclusive), and the
/// ticket list's filters (type, service, category subtree, group, agent, priority, origin, location).</summary>
public sealed record ReportRequest(ReportName Name, ReportBy? By, DateOnly? From, DateOnly? To, TicketFilter Filter);

/// <summary>One row: its key, and a value per column of the report (null where nothing was measured).</summary>
public sealed record ReportRow(ReportKey Key, IReadOnlyList<double?> Values);

/// <summary>A survey comment (Guía §14.4), for the satisfaction report.</summary>
public sealed record SurveyComment(long TicketId, string Code, int? Rating, string Comment, DateTimeOffset? At);

/// <summary>
/// A report as computed at <see cref="TakenAt"/>: its rows, their total (the figures over every ticket of the
/// period, not a sum of the rows' percentiles), and the filter of every ticket it counted.
/// </summary>
public sealed record ReportResult(
    ReportDefinition Definition,
    ReportBy By,
    DateOnly From,
    DateOnly To,
    TicketFilter Filter,
    IReadOnlyList<ReportRow> Rows,
    ReportRow Total,
    IReadOnlyList<SurveyComment> Comments,
    DateTimeOffset TakenAt)
{
    public double? ValueOf(ReportRow row, string column) =>
        row.Values[Definition.Columns.ToList().FindIndex(c => c.Name == column)];
}
