using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Mesa.Core.Mail;

/// <summary>An e-mail's paragraphs as plain text and as HTML (markup characters escaped, Spanish letters kept).</summary>
public static class MailBody
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    public static string Html(IEnumerable<string> paragraphs) =>
        "<!DOCTYPE html><html><body style=\"font-family: sans-serif\">"
        + string.Concat(paragraphs.Select(p => "<p>" + Encoder.Encode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"))
        + "</body></html>";
}
