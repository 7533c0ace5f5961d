using System.Text.RegularExpressions;

namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// What a person wrote in a mail, without what their mail program added: the "RE:/RV:/Fwd:" of the subject and, in a
/// reply, the quoted history below their words. Pure text work, so that every reply style
/// the tests know is checked without a server.
/// </summary>
public static partial class ReplyText
{
    /// <summary>"RE: RV: Fwd: [REQ 2026-000123] Registro…" → "[REQ 2026-000123] Registro…".</summary>
    public static string CleanSubject(string? subject)
    {
        var text = (subject ?? "").Trim();
        while (true)
        {
            var match = ReplyPrefix().Match(text);
            if (!match.Success) return text;
            text = text[match.Length..].TrimStart();
        }
    }

    /// <summary>
    /// The first full ticket code ("REQ 2026-000123") in the text, or null. A bare number is never enough: threading
    /// by anything less than the whole code lands mail in the wrong ticket.
    /// </summary>
    public static string? FindCode(string prefix, string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var match = Regex.Match(text, $@"(?<![\p{{L}}\d]){Regex.Escape(prefix)} (\d{{4}})-(\d{{6}})(?!\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? $"{prefix.ToUpperInvariant()} {match.Groups[1].Value}-{match.Groups[2].Value}" : null;
    }

    /// <summary>
    /// The new words of a reply: everything above the first line that starts the quoted history (Gmail's "El … escribió:",
    /// Outlook's "De: … Enviado:" block or "-----Mensaje original-----", Apple's "On … wrote:", "> " quotes). When the
    /// reply has nothing above its quote (a person who writes below the quote), the whole text is kept rather than lost.
    /// </summary>
    public static string TrimQuoted(string text)
    {
        var lines = Normalize(text).Split('\n');
        var cut = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (StartsHistory(lines, i))
            {
                cut = i;
                break;
            }
        }

        // Outlook draws a line of underscores above its header block: it belongs to the history.
        while (cut > 0 && (lines[cut - 1].Trim().Length == 0 || lines[cut - 1].Trim().All(c => c is '_' or '-')))
            cut--;
        var kept = string.Join('\n', lines[..cut]).Trim();
        return kept.Length > 0 ? kept : Normalize(text).Trim();
    }

    /// <summary>Line ends as "\n", trailing spaces off, at most one empty line in a row.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd());
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && result.Count > 0 && result[^1].Length == 0) continue;
            result.Add(line);
        }

        return string.Join('\n', result).Trim('\n');
    }

    private static bool StartsHistory(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (line.Length == 0) return false;
        if (OriginalMessage().IsMatch(line) || Wrote().IsMatch(line)) return true;
        // Gmail wraps a long "El jue, 26 nov 2026 a las 10:00, Nombre (<correo>)" over two lines before "escribió:".
        if (i + 1 < lines.Length && Wrote().IsMatch(line + " " + lines[i + 1].Trim()) && !line.StartsWith('>')) return true;
        // Outlook: a "De:"/"From:" line followed within three lines by "Enviado:"/"Sent:"/"Fecha:"/"Date:".
        if (HeaderFrom().IsMatch(line))
        {
            for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
                if (HeaderSent().IsMatch(lines[j].Trim())) return true;
        }

        // A block of "> " quotes that runs to the end (or to a signature) is the quoted history.
        return line.StartsWith('>') && lines[i..].All(l => l.TrimStart().StartsWith('>') || l.Trim().Length == 0);
    }

    [GeneratedRegex(@"^(re|rv|fw|fwd|rif|tr|aw|wg|sv|vs|r)\s*(\[\d+\])?\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^-{2,}\s*(original message|mensaje original|forwarded message|mensaje reenviado)\s*-{2,}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(el|on|le|am)\s.{4,300}(escribió|wrote|a écrit|schrieb)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^\*?(de|from)\s*:\*?\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(enviado|sent|fecha|date|enviado el)\s*:\*?\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderSent();
}
