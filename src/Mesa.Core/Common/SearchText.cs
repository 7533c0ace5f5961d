using System.Globalization;
using System.Text;

namespace Mesa.Core.Common;

/// <summary>
/// Spanish search ignores case and accents: "impresion" finds "Impresión". Text is kept folded this way beside the
/// original, and queries are folded the same way, so both databases compare plain lowercase letters.
/// </summary>
public static class SearchText
{
    /// <summary>The longest search anyone types; a longer one is refused beside the field (and is no search).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Refuses a search longer than <see cref="MaxQueryLength"/> as bad input of the field "q".</summary>
    public static void CheckQuery(string? query)
    {
        if (query is { Length: > MaxQueryLength }) throw new InputException("q", Rules.TooLong, MaxQueryLength);
    }

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space) folded.Append(' ');
            space = false;
            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }
}
