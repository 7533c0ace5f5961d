using System.Globalization;
using CsvHelper;
using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Mesa.Web.Reports;

/// <summary>A report as a file: its bytes, its type and the name it is saved under.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// A report as CSV, XLSX or PDF (Guía §4). The three carry the same figures as the page: the CSV and the sheet as
/// numbers (shares in percent, times in working minutes, so that a spreadsheet can compute with them), the PDF as
/// people read them, with its chart. The filters the report was asked with are written on top.
/// </summary>
public sealed class ReportFiles(ReportWords words, IReportRenderer pdf, IStringLocalizer<Ui> ui, OrganisationTime time)
{
    public ReportFile Make(ReportResult report, ReportFormat format) => format switch
    {
        ReportFormat.Csv => new ReportFile(Csv(report), "text/csv; charset=utf-8", ReportWords.FileName(report, "csv")),
        ReportFormat.Xlsx => new ReportFile(Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ReportWords.FileName(report, "xlsx")),
        ReportFormat.Pdf => new ReportFile(pdf.Render(Document(report)), "application/pdf", ReportWords.FileName(report, "pdf")),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The header of the figures' table: the rows' name, then each column with its unit.</summary>
    public IReadOnlyList<string> Header(ReportResult report) =>
        [words.By(report.By), .. report.Definition.Columns.Select(c => c switch
        {
            RateColumn or ShareColumn => $"{words.Column(c.Name)} (%)",
            MinutesColumn or TimeSpentColumn => $"{words.Column(c.Name)} (min)",
            _ => words.Column(c.Name),
        })];

    /// <summary>A figure as a number a spreadsheet computes with: a share in percent, minutes to one decimal.</summary>
    public static double? Number(ReportColumn column, double? value) => (column, value) switch
    {
        (_, null) => null,
        (RateColumn or ShareColumn, { } share) => Math.Round(share * 100, 2),
        (MinutesColumn or RatingColumn, { } measured) => Math.Round(measured, 2),
        (_, { } count) => count,
    };

    private IEnumerable<(string Label, IReadOnlyList<double?> Values)> Lines(ReportResult report) =>
        report.Rows.Select(r => (words.Row(report, r), r.Values))
            .Append((ui["Report.Total"].Value, report.Total.Values));

    /// <summary>Every record as wide as the table (RFC 4180): the title and filters on top, then the figures.</summary>
    private byte[] Csv(ReportResult report)
    {
        var width = report.Definition.Columns.Count + 1;
        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }))
        {
            void Record(IReadOnlyList<string> fields)
            {
                for (var i = 0; i < width; i++) csv.WriteField(i < fields.Count ? fields[i] : "");
                csv.EndRecord();
            }

            Record([words.Title(report.Definition.Name)]);
            foreach (var (label, value) in words.Filters(report)) Record([label, value]);
            Record([]);
            Record(Header(report));
            foreach (var (label, values) in Lines(report))
            {
                Record([label, .. values.Select((v, i) =>
                    Number(report.Definition.Columns[i], v) is { } n ? n.ToString(CultureInfo.InvariantCulture) : "")]);
            }
        }

        return output.ToArray();
    }

    /// <summary>A sheet of figures (title and filters on top, then the table), and one of survey comments when there are any.</summary>
    private byte[] Xlsx(ReportResult report)
    {
        var columns = report.Definition.Columns.Count + 1;
        var names = Enumerable.Range(0, Math.Max(columns, 4)).Select(Letter).ToList();
        Dictionary<string, object?> Row(params object?[] cells) =>
            names.Select((n, i) => (n, i < cells.Length ? cells[i] : null)).ToDictionary(x => x.n, x => x.Item2);

        var figures = new List<Dictionary<string, object?>> { Row(words.Title(report.Definition.Name)) };
        figures.AddRange(words.Filters(report).Select(f => Row(f.Label, f.Value)));
        figures.Add(Row());
        figures.Add(Row([.. Header(report)]));
        foreach (var (label, values) in Lines(report))
            figures.Add(Row([label, .. values.Select((v, i) => (object?)Number(report.Definition.Columns[i], v))]));

        var sheets = new Dictionary<string, object> { [ui["Report.Sheet.Figures"].Value] = figures };
        if (report.Comments.Count > 0)
        {
            var comments = new List<Dictionary<string, object?>>
            {
                Row(ui["Report.Comment.Code"].Value, ui["Report.Comment.Rating"].Value, ui["Report.Comment.At"].Value, ui["Report.Comment.Text"].Value),
            };
            comments.AddRange(report.Comments.Select(c => Row(c.Code, c.Rating, c.At?.ToOffset(TimeSpan.Zero).UtcDateTime, c.Comment)));
            sheets[ui["Report.Sheet.Comments"].Value] = comments;
        }

        using var output = new MemoryStream();
        output.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    /// <summary>The PDF: title, period and filters, the chart, then the figures' table as the page shows them.</summary>
    public ReportDocument Document(ReportResult report)
    {
        var table = new ReportTable(ui["Report.Figures"], [words.By(report.By), .. report.Definition.Columns.Select(c => words.Column(c.Name))],
            [.. Lines(report).Select(l => (IReadOnlyList<string>)[l.Label, .. l.Values.Select((v, i) => ReportWords.Value(report.Definition.Columns[i], v))])]);
        var tables = new List<ReportTable> { table };
        if (report.Comments.Count > 0)
        {
            tables.Add(new ReportTable(ui["Report.Comments"],
                [ui["Report.Comment.Code"], ui["Report.Comment.Rating"], ui["Report.Comment.Text"]],
                [.. report.Comments.Select(c => (IReadOnlyList<string>)[c.Code, c.Rating?.ToString(CultureInfo.InvariantCulture) ?? "—", c.Comment])]));
        }

        return new ReportDocument(words.Title(report.Definition.Name), words.About(report.Definition.Name),
            [.. words.Filters(report).Select(f => new ReportFact(f.Label, f.Value))], [], ui["Report.Footer", time.Format(report.TakenAt)])
        {
            Landscape = true,
            Charts = [words.Chart(report)],
            Tables = tables,
        };
    }

    /// <summary>A sheet's column name: A, B, … Z, AA, AB…</summary>
    internal static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + (char)('A' + index % 26);
}
