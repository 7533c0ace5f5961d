using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using MimeKit;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// Turns a MIME message into what Mesa keeps: MimeKit decodes RFC 2047 subjects, RFC 2231 file
/// names and every charset; HTML-only mail becomes plain text; inline images and attached files (a forwarded
/// message too) become attachments; auto-replies and bounces are recognised by their headers, their MIME type and,
/// for mailers that set neither, their subject.
/// </summary>
public static class InboundMailParser
{
    static InboundMailParser()
    {
        // windows-1252 and the other Windows code pages that Outlook writes in come from .NET's code-pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static readonly string[] AutoReplySubjects =
    [
        "respuesta automática", "respuesta automatica", "automatic reply", "auto reply", "autoreply", "auto:",
        "fuera de la oficina", "fuera de oficina", "out of office", "ausente:", "vacaciones:", "abwesend",
    ];

    private static readonly string[] BounceSubjects =
    [
        "undeliverable", "undelivered mail", "delivery status notification", "mail delivery failed",
        "no se puede entregar", "no se pudo entregar", "returned mail", "failure notice", "mensaje no entregado",
    ];

    /// <param name="trustedAuthServId">The mailbox's receiving server, whose Authentication-Results may verify the
    /// sender; null or empty believes none.</param>
    public static InboundMail Parse(MimeMessage message, long maxAttachmentBytes, string? trustedAuthServId = null)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender ?? new MailboxAddress("", "");
        // Every text of the message is cleaned as any other way in cleans it (InputText): a mail is a stranger's input.
        var text = InputText.Clean(Body(message));
        var answers = new List<string>();
        if (!string.IsNullOrWhiteSpace(message.InReplyTo)) answers.Add(InputText.Clean(message.InReplyTo.Trim()));
        answers.AddRange(message.References.Reverse().Where(r => !string.IsNullOrWhiteSpace(r)).Select(InputText.Clean));

        return new InboundMail(
            MessageId: string.IsNullOrWhiteSpace(message.MessageId) ? SyntheticId(message, text) : InputText.Clean(message.MessageId.Trim()),
            From: new MailRecipient(InputText.Clean(from.Name ?? ""), InputText.Clean(from.Address ?? "")),
            Recipients: message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => InputText.Clean(m.Address)).ToList(),
            Subject: InputText.Clean((message.Subject ?? "").Trim()),
            Text: text,
            Answers: answers,
            Attachments: Attachments(message, maxAttachmentBytes),
            Automatic: Automatic(message, from),
            FromVerified: SenderAuthentication.Verifies(message, trustedAuthServId, from.Address ?? ""));
    }

    private static string Body(MimeMessage message)
    {
        if (message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain)) return plain;
        if (message.HtmlBody is { } html) return HtmlText.From(html);
        return "";
    }

    private static List<InboundAttachment> Attachments(MimeMessage message, long maxBytes)
    {
        var result = new List<InboundAttachment>();
        var images = 0;
        foreach (var entity in message.BodyParts)
        {
            switch (entity)
            {
                case MessagePart forwarded:
                    {
                        using var stream = new MemoryStream();
                        forwarded.Message?.WriteTo(stream);
                        var subject = forwarded.Message?.Subject;
                        var name = forwarded.ContentDisposition?.FileName
                            ?? (string.IsNullOrWhiteSpace(subject) ? "mensaje" : subject) + ".eml";
                        result.Add(Limited(InputText.Clean(name), "message/rfc822", stream, maxBytes));
                        break;
                    }

                // The text the body was taken from is not a file; a text part the sender attached is.
                case TextPart part when !part.IsAttachment:
                    break;
                case MimePart part:
                    {
                        using var stream = new MemoryStream();
                        part.Content?.DecodeTo(stream);
                        var name = part.FileName;
                        if (string.IsNullOrWhiteSpace(name))
                        {
                            var extension = MimeTypes.TryGetExtension(part.ContentType.MimeType, out var found) ? found : ".bin";
                            name = part.ContentType.MediaType == "image" ? $"imagen-{++images}{extension}" : $"adjunto{extension}";
                        }

                        result.Add(Limited(InputText.Clean(name), part.ContentType.MimeType, stream, maxBytes));
                        break;
                    }
            }
        }

        return result;
    }

    /// <summary>A file over the limit keeps its name and size (for the note that says it was left out), not its bytes.</summary>
    private static InboundAttachment Limited(string name, string type, MemoryStream content, long maxBytes) =>
        new(name, type, content.Length, content.Length > maxBytes ? null : content.ToArray());

    private static AutomaticMail Automatic(MimeMessage message, MailboxAddress from)
    {
        var headers = message.Headers;
        if (headers.Contains("X-Mesa-Ticket")) return AutomaticMail.FromMesa;
        if (message.Body is MultipartReport
            || message.Body is Multipart { ContentType.MimeType: "multipart/report" }
            || from.Address is { } a && (a.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase)
                                         || a.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase))
            || headers["Return-Path"]?.Trim() == "<>")
            return AutomaticMail.Bounce;

        var autoSubmitted = headers["Auto-Submitted"];
        if (!string.IsNullOrWhiteSpace(autoSubmitted) && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
            return AutomaticMail.AutoReply;
        if (headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond") || headers.Contains("X-Auto-Reply")
            || headers.Contains(HeaderId.ListId) || headers.Contains("List-Unsubscribe"))
            return AutomaticMail.AutoReply;
        var precedence = headers["Precedence"]?.Trim().ToLowerInvariant();
        if (precedence is "bulk" or "junk" or "list" or "auto_reply") return AutomaticMail.AutoReply;

        var subject = (message.Subject ?? "").Trim().ToLowerInvariant();
        if (BounceSubjects.Any(subject.StartsWith)) return AutomaticMail.Bounce;
        if (AutoReplySubjects.Any(s => subject.StartsWith(s, StringComparison.Ordinal))) return AutomaticMail.AutoReply;
        return AutomaticMail.No;
    }

    /// <summary>A mail without a Message-ID gets one from what it says, so that reading it twice is still recognised.</summary>
    private static string SyntheticId(MimeMessage message, string text)
    {
        var key = $"{message.From}|{message.Date:O}|{message.Subject}|{text}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + "@sin-message-id.mesa";
    }
}
