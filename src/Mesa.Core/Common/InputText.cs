using System.Text;

namespace Mesa.Core.Common;

/// <summary>
/// What every way in (the API's JSON, the pages' forms and query strings, e-mail, CSV files) does to the text a
/// person or a program sends before anything reads it: control characters that neither database can hold (NUL is
/// refused by PostgreSQL) or that a reader cannot see (escape sequences, other C0 and C1 controls) are dropped, tab and
/// line breaks kept; a broken UTF-16 surrogate (no character at all) becomes U+FFFD, as a decoder would make it. The
/// same input therefore reads the same on SQLite and PostgreSQL.
/// </summary>
public static class InputText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (!IsRefused(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>Optional text, trimmed; blank is null and an oversize one is bad input.</summary>
    public static string? Optional(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        return text.Length > max ? throw new InputException(field, Rules.TooLong, max) : text;
    }

    /// <summary>Required text, trimmed; blank or oversize is bad input.</summary>
    public static string Required(string field, string? value, int max) =>
        Optional(field, value, max) ?? throw new InputException(field, Rules.Required);

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsRefused(c)) return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }

        return true;
    }

    private static bool IsRefused(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
