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
    string Footer);

/// <summary>One labelled value of the report's table of facts.</summary>
public sealed record ReportFact(string Label, string Value);

/// <summary>A titled part of the report: the description, the template's answers, the published history.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportEntry> Entries);

/// <summary>A paragraph, with an optional line above it (when, who, what kind).</summary>
public sealed record ReportEntry(string? Caption, string Text);

/// <summary>Lays a report out as a PDF file (PDFsharp in the infrastructure).</summary>
public interface IReportRenderer
{
    byte[] Render(ReportDocument document);
}
