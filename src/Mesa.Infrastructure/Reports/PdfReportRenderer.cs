using Mesa.Core.Common;
using Mesa.Core.Reports;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Mesa.Infrastructure.Reports;

/// <summary>
/// Lays a <see cref="ReportDocument"/> out on A4 pages with PDFsharp: title, a table of facts, then sections of
/// captioned paragraphs, wrapped to the page and continued on new pages, each page numbered in its footer.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    private const double Margin = 50;
    private const double FooterSpace = 30;
    private const double LabelWidth = 150;
    private const string Family = "DejaVu Sans";

    private static readonly object FontsSet = new();
    private static bool _fontsReady;

    private readonly XFont _title;
    private readonly XFont _subtitle;
    private readonly XFont _heading;
    private readonly XFont _label;
    private readonly XFont _text;
    private readonly XFont _caption;
    private readonly XFont _footer;
    private readonly XFont _small;
    private readonly XFont _tableHead;

    public PdfReportRenderer(IOptions<MesaSettings> settings)
    {
        // Fonts can be made only once PDFsharp knows where their files are.
        UseFonts(settings.Value.PdfFontDirectory);
        _title = new XFont(Family, 16, XFontStyleEx.Bold);
        _subtitle = new XFont(Family, 12, XFontStyleEx.Regular);
        _heading = new XFont(Family, 12, XFontStyleEx.Bold);
        _label = new XFont(Family, 9, XFontStyleEx.Bold);
        _text = new XFont(Family, 9.5, XFontStyleEx.Regular);
        _caption = new XFont(Family, 8.5, XFontStyleEx.Bold);
        _footer = new XFont(Family, 8, XFontStyleEx.Regular);
        _small = new XFont(Family, 7.5, XFontStyleEx.Regular);
        _tableHead = new XFont(Family, 7.5, XFontStyleEx.Bold);
    }

    /// <summary>PDFsharp keeps one font resolver per process, set before the first font is made.</summary>
    private static void UseFonts(string directory)
    {
        lock (FontsSet)
        {
            if (_fontsReady) return;
            GlobalFontSettings.FontResolver = new FontDirectoryResolver(directory);
            _fontsReady = true;
        }
    }

    public byte[] Render(ReportDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subtitle;
        pdf.Info.Creator = "Mesa";
        var writer = new PageWriter(pdf, document.Landscape);

        writer.Paragraph(document.Title, _title, 0, 4);
        writer.Paragraph(document.Subtitle, _subtitle, 0, 14);
        foreach (var fact in document.Facts) writer.Fact(fact.Label, fact.Value, _label, _text);
        foreach (var chart in document.Charts)
        {
            writer.Space(12);
            writer.Heading(chart.Heading, _heading);
            writer.Chart(chart, _small);
        }

        foreach (var table in document.Tables)
        {
            writer.Space(12);
            writer.Heading(table.Heading, _heading);
            writer.Table(table, _tableHead, _small);
        }

        foreach (var section in document.Sections)
        {
            writer.Space(14);
            writer.Heading(section.Heading, _heading);
            foreach (var entry in section.Entries)
            {
                if (entry.Caption is not null) writer.Paragraph(entry.Caption, _caption, 0, 2, XBrushes.DimGray);
                writer.Paragraph(entry.Text, _text, 0, 8);
            }
        }

        writer.Finish();
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            gfx.DrawString($"{document.Footer} · {i + 1}/{pdf.PageCount}", _footer, XBrushes.DimGray,
                new XPoint(Margin, page.Height.Point - Margin + 10), XStringFormats.TopLeft);
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Where the next line goes; a line that does not fit starts a new page.</summary>
    private sealed class PageWriter
    {
        private readonly PdfDocument _document;
        private PdfPage _page = null!;
        private XGraphics _gfx = null!;
        private double _y;

        private readonly bool _landscape;

        public PageWriter(PdfDocument document, bool landscape)
        {
            _document = document;
            _landscape = landscape;
            NewPage();
        }

        private double Width => _page.Width.Point - 2 * Margin;

        private double Bottom => _page.Height.Point - Margin - FooterSpace;

        public void Space(double points) => _y += points;

        public void Heading(string text, XFont font)
        {
            Paragraph(text, font, 0, 2);
            EnsurePage(1);
            _gfx.DrawLine(XPens.LightGray, Margin, _y, Margin + Width, _y);
            _y += 6;
        }

        public void Fact(string label, string value, XFont labelFont, XFont valueFont)
        {
            var lines = Wrap(value, valueFont, Width - LabelWidth);
            var height = valueFont.GetHeight();
            for (var i = 0; i < lines.Count; i++)
            {
                EnsurePage(height);
                if (i == 0) _gfx.DrawString(label, labelFont, XBrushes.Black, new XPoint(Margin, _y), XStringFormats.TopLeft);
                _gfx.DrawString(lines[i], valueFont, XBrushes.Black, new XPoint(Margin + LabelWidth, _y), XStringFormats.TopLeft);
                _y += height;
            }

            _y += 3;
        }

        public void Paragraph(string text, XFont font, double indent, double after, XBrush? brush = null)
        {
            var height = font.GetHeight();
            foreach (var line in Wrap(text, font, Width - indent))
            {
                EnsurePage(height);
                _gfx.DrawString(line, font, brush ?? XBrushes.Black, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
                _y += height;
            }

            _y += after;
        }

        public void Finish() => _gfx.Dispose();

        /// <summary>
        /// A chart with its axis, grid and legend, in colours told apart by people with colour blindness (Okabe–Ito).
        /// Lines join the points of a trend; bars stand side by side or stacked; a gap is a point with no value.
        /// </summary>
        public void Chart(ReportChart chart, XFont font)
        {
            const double height = 190, axis = 34, legendRow = 12;
            EnsurePage(height + legendRow * 2);
            var left = Margin + axis;
            var width = Width - axis;
            var top = _y;
            var bottom = top + height - 22;
            var stacked = chart.Kind == ChartKind.StackedBars;
            var points = chart.Labels.Count;
            var max = 0d;
            for (var i = 0; i < points; i++)
            {
                var values = chart.Series.Select(s => s.Values[i] ?? 0).ToList();
                max = Math.Max(max, stacked ? values.Sum() : values.DefaultIfEmpty(0).Max());
            }

            if (chart.Percent) max = Math.Max(max, 1);
            if (max <= 0) max = 1;
            for (var g = 0; g <= 4; g++)
            {
                var y = bottom - (bottom - top) * g / 4;
                _gfx.DrawLine(XPens.LightGray, left, y, left + width, y);
                var value = max * g / 4;
                var label = chart.Percent ? value.ToString("P0", System.Globalization.CultureInfo.CurrentCulture)
                    : value.ToString(max >= 10 ? "N0" : "N1", System.Globalization.CultureInfo.CurrentCulture);
                _gfx.DrawString(label, font, XBrushes.DimGray, new XRect(Margin, y - 5, axis - 4, 10), XStringFormats.CenterRight);
            }

            var slot = width / Math.Max(points, 1);
            var every = Math.Max(1, (int)Math.Ceiling(points * 45 / width));
            for (var i = 0; i < points; i++)
            {
                if (i % every != 0) continue;
                _gfx.DrawString(Shorten(chart.Labels[i], font, slot * every - 2), font, XBrushes.Black,
                    new XRect(left + slot * i, bottom + 3, slot * every, 10), XStringFormats.TopCenter);
            }

            double Y(double value) => bottom - (bottom - top) * value / max;
            if (chart.Kind == ChartKind.Lines && points > 1)
            {
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var pen = new XPen(Colour(s), 1.6);
                    XPoint? previous = null;
                    for (var i = 0; i < points; i++)
                    {
                        if (chart.Series[s].Values[i] is not { } v)
                        {
                            previous = null;
                            continue;
                        }

                        var point = new XPoint(left + slot * (i + 0.5), Y(v));
                        if (previous is { } p) _gfx.DrawLine(pen, p, point);
                        _gfx.DrawEllipse(new XSolidBrush(Colour(s)), point.X - 1.8, point.Y - 1.8, 3.6, 3.6);
                        previous = point;
                    }
                }
            }
            else
            {
                // A few rows do not make bars as wide as the page.
                var gap = slot - Math.Min(slot * 0.8, 24.0 * (stacked || chart.Kind == ChartKind.Lines ? 2 : chart.Series.Count + 1));
                var barWidth = stacked || chart.Kind == ChartKind.Lines ? slot - gap : (slot - gap) / chart.Series.Count;
                for (var i = 0; i < points; i++)
                {
                    var baseline = 0d;
                    for (var s = 0; s < chart.Series.Count; s++)
                    {
                        var v = chart.Series[s].Values[i] ?? 0;
                        if (v <= 0) continue;
                        var x = left + slot * i + gap / 2 + (stacked || chart.Kind == ChartKind.Lines ? 0 : barWidth * s);
                        var from = stacked ? baseline : 0;
                        _gfx.DrawRectangle(new XSolidBrush(Colour(s)), x, Y(from + v), barWidth, Y(from) - Y(from + v));
                        if (stacked) baseline += v;
                    }
                }
            }

            _gfx.DrawLine(XPens.Gray, left, bottom, left + width, bottom);
            _y = bottom + 16;
            var legendX = left;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var name = chart.Series[s].Name;
                var size = _gfx.MeasureString(name, font).Width + 22;
                if (legendX + size > left + width)
                {
                    legendX = left;
                    _y += legendRow;
                }

                _gfx.DrawRectangle(new XSolidBrush(Colour(s)), legendX, _y + 1, 8, 8);
                _gfx.DrawString(name, font, XBrushes.Black, new XPoint(legendX + 11, _y), XStringFormats.TopLeft);
                legendX += size;
            }

            _y += legendRow + 4;
        }

        /// <summary>A table across the page, its header repeated on every page it runs onto; numbers to the right.</summary>
        public void Table(ReportTable table, XFont head, XFont font)
        {
            var columns = table.Columns.Count;
            var first = Math.Min(Width * 0.28, Math.Max(90, Width / (columns + 1) * 1.6));
            var rest = (Width - first) / Math.Max(columns - 1, 1);
            double X(int c) => c == 0 ? Margin : Margin + first + rest * (c - 1);
            double W(int c) => c == 0 ? first : rest;
            var line = font.GetHeight() + 3;
            var headers = table.Columns.Select((c, i) => Wrap(c, head, W(i) - 4)).ToList();
            var headerHeight = headers.Max(h => h.Count) * head.GetHeight() + 4;

            void Header()
            {
                _gfx.DrawRectangle(XBrushes.WhiteSmoke, Margin, _y, Width, headerHeight);
                for (var c = 0; c < columns; c++)
                {
                    for (var l = 0; l < headers[c].Count; l++)
                    {
                        _gfx.DrawString(headers[c][l], head, XBrushes.Black,
                            new XRect(X(c) + 2, _y + 2 + l * head.GetHeight(), W(c) - 4, head.GetHeight()),
                            c == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
                    }
                }

                _y += headerHeight;
            }

            EnsurePage(headerHeight + line);
            Header();
            foreach (var row in table.Rows)
            {
                if (_y + line > Bottom)
                {
                    _gfx.Dispose();
                    NewPage();
                    Header();
                }

                for (var c = 0; c < columns && c < row.Count; c++)
                {
                    _gfx.DrawString(Shorten(row[c], font, W(c) - 4), font, XBrushes.Black, new XRect(X(c) + 2, _y + 1.5, W(c) - 4, line),
                        c == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
                }

                _y += line;
                _gfx.DrawLine(XPens.WhiteSmoke, Margin, _y, Margin + Width, _y);
            }
        }

        private static readonly XColor[] Palette =
        [
            XColor.FromArgb(0, 114, 178), XColor.FromArgb(230, 159, 0), XColor.FromArgb(0, 158, 115),
            XColor.FromArgb(204, 121, 167), XColor.FromArgb(86, 180, 233), XColor.FromArgb(213, 94, 0),
        ];

        private static XColor Colour(int series) => Palette[series % Palette.Length];

        private string Shorten(string text, XFont font, double width)
        {
            if (_gfx.MeasureString(text, font).Width <= width) return text;
            var fit = text.Length;
            while (fit > 1 && _gfx.MeasureString(text[..fit] + "…", font).Width > width) fit--;
            return text[..fit] + "…";
        }

        private void EnsurePage(double height)
        {
            if (_y + height <= Bottom) return;
            _gfx.Dispose();
            NewPage();
        }

        private void NewPage()
        {
            _page = _document.AddPage();
            _page.Size = PageSize.A4;
            if (_landscape) _page.Orientation = PageOrientation.Landscape;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        /// <summary>The text in lines that fit the width: by words, by letters for a word wider than the line.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (_gfx.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0) lines.Add(line);
                    line = word;
                    while (_gfx.MeasureString(line, font).Width > width && line.Length > 1)
                    {
                        var fit = line.Length - 1;
                        while (fit > 1 && _gfx.MeasureString(line[..fit], font).Width > width) fit--;
                        lines.Add(line[..fit]);
                        line = line[fit..];
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }
}
