using PdfSharp.Fonts;

namespace Mesa.Infrastructure.Reports;

/// <summary>
/// PDFsharp draws with the font files it is given, not the system's: every family maps to DejaVu Sans (Debian's
/// fonts-dejavu-core), which has every letter of Spanish and is free to embed.
/// </summary>
internal sealed class FontDirectoryResolver(string directory) : IFontResolver
{
    public const string Regular = "DejaVuSans";
    public const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, false, isItalic);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(directory, faceName + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException(
                $"The font {faceName}.ttf is not in {directory}: install the Debian package fonts-dejavu-core, or set Mesa__PdfFontDirectory.",
                path);
    }
}
