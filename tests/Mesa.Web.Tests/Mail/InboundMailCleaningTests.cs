using Mesa.Infrastructure.Mail;
using MimeKit;

namespace Mesa.Web.Tests.Mail;

/// <summary>
/// A message from anyone is cleaned as every other way in is: control characters a database cannot hold (NUL is
/// refused by PostgreSQL) or a reader cannot see are dropped from the sender's name, the subject, the text and the
/// file names; tab and line breaks stay.
/// </summary>
public sealed class InboundMailCleaningTests
{
    [Fact]
    public void Control_characters_are_dropped_from_every_text_of_a_message()
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ana\u0000 Pérez\u001b[31m", "ana@example.test"));
        message.To.Add(new MailboxAddress("", "soporte@mesa.test"));
        message.Subject = "La impresora\u0000 no\u0007 imprime";
        var body = new BodyBuilder { TextBody = "Línea uno\u0000\r\n\tLínea dos\u0001" };
        body.Attachments.Add("informe\u0000.txt", "hola"u8.ToArray(), new ContentType("text", "plain"));
        message.Body = body.ToMessageBody();

        var mail = InboundMailParser.Parse(message, 1_000_000);

        Assert.Equal("Ana Pérez[31m", mail.From.Name);
        Assert.Equal("La impresora no imprime", mail.Subject);
        Assert.Equal("Línea uno\n\tLínea dos", mail.Text.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("informe.txt", Assert.Single(mail.Attachments).FileName);
    }
}
