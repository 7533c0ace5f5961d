namespace Mesa.Core.Reports;

/// <summary>
/// A printable report in the reader's words, ready to lay out: the "informe PDF del registro" of Guía §15.1. Whoever
/// builds it chooses what goes in (only what the recipients may see) and the language; the renderer only draws.
/// </summary>
public sealed record ReportDocument(
    string Title,
    string Subtitle,
    IReadOnlyList<ReportFact> Facts,
    IReadOnlyList<ReportSection> Sections,
    string Footer)
{
    /// <summary>Wide tables (a report's figures) are laid out across the page.</summary>
    public bool Landscape { get; init; }

    /// <summary>Charts drawn after the facts, each with its own data in a table below (Guía §4 reports).</summary>
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
}

/// <summary>One labelled value of the report's table of facts.</summary>
public sealed record ReportFact(string Label, string Value);

/// <summary>A titled part of the report: the description, the template's answers, the published history.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportEntry> Entries);

/// <summary>A paragraph, with an optional line above it (when, who, what kind).</summary>
public sealed record ReportEntry(string? Caption, string Text);

/// <summary>A table: a header and rows of text already in the reader's words; the first column names the row.</summary>
public sealed record ReportTable(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A chart's data: one label per point, and series of values (null where nothing was measured).</summary>
public sealed record ReportChart(string Heading, ChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series,
    bool Percent);

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>Lays a report out as a PDF file (PDFsharp in the infrastructure).</summary>
public interface IReportRenderer
{
    byte[] Render(ReportDocument document);
}
