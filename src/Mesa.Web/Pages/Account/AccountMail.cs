using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The e-mails of the account pages (password reset, sign-in link, account confirmation): not through the outbox, since
/// they belong to no ticket and are worth nothing late, but in the background (<see cref="AccountMailSender"/>), so that
/// no answer tells whether an account exists; in the organisation's language; with links to Mesa's public address
/// (<c>Mesa__PublicUrl</c>), or to the address the request came to.
/// </summary>
public sealed class AccountMail(IMailTransport mail, AccountMailSender queue, IOptions<MesaSettings> settings)
{
    public bool IsConfigured => mail.IsConfigured;

    public MailText Words { get; } = new(CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    public string Url(HttpRequest request, string pathAndQuery) =>
        (settings.Value.PublicUrl ?? $"{request.Scheme}://{request.Host}").TrimEnd('/') + pathAndQuery;

    /// <summary>Queues the e-mail; it leaves a moment later, whatever the page answers.</summary>
    public void Send(string name, string address, string subjectKey, IReadOnlyList<string> paragraphs) =>
        queue.Enqueue(new OutgoingMail($"{Guid.NewGuid():N}@mesa", [new MailRecipient(name, address)],
            Words[subjectKey], MailBody.Text(paragraphs), MailBody.Html(paragraphs, settings.Value.PublicUrl)));
}
