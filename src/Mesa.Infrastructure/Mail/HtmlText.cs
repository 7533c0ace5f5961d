using System.Text;
using MimeKit.Text;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// The words of an HTML-only mail as plain text, with MimeKit's HTML tokenizer: blocks and line breaks become line
/// ends, scripts, styles and the head are dropped, character references are decoded. Nothing of the markup survives,
/// so nothing a mail carries can run in a page.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "template" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "hr", "section", "article", "header", "footer", "address",
    };

    public static string From(string html)
    {
        var text = new StringBuilder();
        var hiddenDepth = 0;
        var preDepth = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Hidden.Contains(tag.Name):
                    if (!tag.IsEmptyElement) hiddenDepth = Math.Max(0, hiddenDepth + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Name):
                    if (tag.Name.Equals("pre", StringComparison.OrdinalIgnoreCase) && !tag.IsEmptyElement)
                        preDepth = Math.Max(0, preDepth + (tag.IsEndTag ? -1 : 1));
                    text.Append('\n');
                    if (tag.Name.Equals("p", StringComparison.OrdinalIgnoreCase) && tag.IsEndTag) text.Append('\n');
                    break;
                case HtmlTagToken { Name: "td" or "th", IsEndTag: true }:
                    text.Append('\t');
                    break;
                case HtmlDataToken data when hiddenDepth == 0:
                    text.Append(preDepth > 0 ? data.Data : Collapse(data.Data));
                    break;
            }
        }

        var lines = text.ToString().Replace('\u00a0', ' ').Split('\n').Select(l => l.Trim());
        return Mesa.Core.Mail.Inbound.ReplyText.Normalize(string.Join('\n', lines));
    }

    private static string Collapse(string data)
    {
        var result = new StringBuilder(data.Length);
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00a0')
            {
                if (!space) result.Append(' ');
                space = true;
            }
            else
            {
                result.Append(c);
                space = false;
            }
        }

        return result.ToString();
    }
}
