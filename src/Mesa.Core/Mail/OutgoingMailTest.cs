using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail;

/// <summary>
/// The mail server's test message: sent at once, through the server in force, to the address given (by default the
/// administrator's own), so that whoever set the server sees that Mesa's e-mails leave, or what the server answered.
/// It does not go through the outbox: it is not a notification, and nothing about it is kept.
/// </summary>
public sealed class OutgoingMailTest(IMailConnections connections, MesaDbContext db, OrganisationTime time,
    IOptions<MesaSettings> settings)
{
    public async Task<MailConnectionCheck> SendAsync(string? to, Actor by, CancellationToken ct)
    {
        var current = settings.Value;
        var address = string.IsNullOrWhiteSpace(to)
            ? await db.Users.Where(u => u.Id == by.Id).Select(u => u.Email).SingleOrDefaultAsync(ct)
            : InputText.Clean(to).Trim();
        if (string.IsNullOrWhiteSpace(address)) throw new InputException("to", Rules.Required);
        if (!MailAddresses.IsPlain(address)) throw new InputException("to", Rules.InvalidEmail, address);
        if (!current.Smtp.IsConfigured) throw new DomainException(Rules.SmtpNotConfigured);

        var text = new MailText(CultureInfo.GetCultureInfo(current.MailCulture));
        var paragraphs = new List<string>
        {
            text["Greeting", address],
            text["Test.Body", by.UserName, time.Format(time.UtcNow),
                current.Smtp.Host!, current.Smtp.Port],
            text["Test.Footer"],
        };
        var mail = new OutgoingMail($"{Guid.NewGuid():N}{Notification.MessageIdSuffix}", [new MailRecipient(address, address)],
            text["Test.Subject"], MailBody.Text(paragraphs), MailBody.Html(paragraphs, current.PublicUrl));
        return await connections.SendTestAsync(current.Smtp, mail, ct);
    }
}
