using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Mesa.Core.Mail;

/// <summary>
/// An e-mail's paragraphs as plain text and as HTML (markup characters escaped, Spanish letters kept). Only addresses
/// of Mesa's own pages (under <c>Mesa__PublicUrl</c>) become links: any other address a person wrote (in a title, an
/// action, a display name) stays text, so that a mail from the entity's address never carries a stranger's link.
/// </summary>
public static partial class MailBody
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    public static string Html(IEnumerable<string> paragraphs, string? publicUrl) =>
        "<!DOCTYPE html><html><body style=\"font-family: sans-serif\">"
        + string.Concat(paragraphs.Select(p => "<p>" + Linked(Encoder.Encode(p), publicUrl).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"))
        + "</body></html>";

    /// <summary>Turns the (already encoded) addresses of Mesa's pages in a paragraph into links.</summary>
    private static string Linked(string encoded, string? publicUrl)
    {
        if (string.IsNullOrWhiteSpace(publicUrl)) return encoded;
        var own = Encoder.Encode(publicUrl.TrimEnd('/')) + "/";
        return Address().Replace(encoded, m => m.Value.StartsWith(own, StringComparison.OrdinalIgnoreCase)
            ? $"<a href=\"{m.Value}\">{m.Value}</a>"
            : m.Value);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Address();
}
