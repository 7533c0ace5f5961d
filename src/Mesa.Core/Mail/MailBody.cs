using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Mesa.Core.Mail;

/// <summary>
/// An e-mail's paragraphs as plain text and as HTML (markup characters escaped, Spanish letters kept, addresses of
/// Mesa's pages as links).
/// </summary>
public static partial class MailBody
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    public static string Html(IEnumerable<string> paragraphs) =>
        "<!DOCTYPE html><html><body style=\"font-family: sans-serif\">"
        + string.Concat(paragraphs.Select(p => "<p>" + Linked(Encoder.Encode(p)).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"))
        + "</body></html>";

    /// <summary>Turns the (already encoded) web addresses of a paragraph into links.</summary>
    private static string Linked(string encoded) => Address().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Address();
}
