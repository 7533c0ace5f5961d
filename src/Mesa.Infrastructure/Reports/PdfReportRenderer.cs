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
        var writer = new PageWriter(pdf);

        writer.Paragraph(document.Title, _title, 0, 4);
        writer.Paragraph(document.Subtitle, _subtitle, 0, 14);
        foreach (var fact in document.Facts) writer.Fact(fact.Label, fact.Value, _label, _text);
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

        public PageWriter(PdfDocument document)
        {
            _document = document;
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
