using System.Text;
using MimeKit;

namespace Mesa.Web.Tests.Mail;

/// <summary>
/// Real-world messages from many mail programs, kept as .eml files beside the tests (Mail/Messages). Placeholders make
/// each delivery unique: {{TOKEN}} (a word to find the ticket by), {{CODE}} (a ticket's code), {{IN_REPLY_TO}}
/// (a Message-ID the message answers) and {{N}} (a number in a series).
/// </summary>
public static class MailMessages
{
    public static string NewToken() => "ref" + Guid.NewGuid().ToString("N")[..10];

    public static MimeMessage Load(string name, string token, string code = "", string inReplyTo = "", int n = 0)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Mail", "Messages", name + ".eml");
        var text = File.ReadAllText(path, Encoding.UTF8)
            .Replace("{{TOKEN}}", token, StringComparison.Ordinal)
            .Replace("{{CODE}}", code, StringComparison.Ordinal)
            .Replace("{{IN_REPLY_TO}}", inReplyTo, StringComparison.Ordinal)
            .Replace("{{N}}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // Mail travels with CRLF line ends, as a server delivers it.
        var wire = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(wire));
        return MimeMessage.Load(stream);
    }

    /// <summary>A message with one file of the given size, for the attachment limit.</summary>
    public static MimeMessage WithFile(string token, string fileName, int bytes)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Usuario Uno", "usuario1@mesa.test"));
        message.To.Add(new MailboxAddress("Soporte", "soporte@mesa.test"));
        message.Subject = $"Video de la falla {token}";
        message.MessageId = $"{token}.big@entidad.gov.co";
        var body = new BodyBuilder { TextBody = "Adjunto el video y la foto de la falla." };
        body.Attachments.Add(fileName, new byte[bytes].Select((_, i) => (byte)(i % 251)).ToArray());
        body.Attachments.Add("foto.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        message.Body = body.ToMessageBody();
        return message;
    }
}
