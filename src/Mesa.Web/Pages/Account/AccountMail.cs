using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The e-mails of the account pages (password reset, sign-in link, account confirmation): not through the outbox, since
/// they belong to no ticket and are worth nothing late; in the organisation's language; with links to Mesa's public
/// address (<c>Mesa__PublicUrl</c>), or to the address the request came to. The work behind them (looking the person
/// up, opening the account, making the token) runs in the background too (<see cref="AccountMailSender"/>): a page only
/// checks what was typed and answers, so neither its words nor its delay can tell whether an account exists.
/// </summary>
public sealed class AccountMail(IMailTransport mail, AccountMailSender queue, IOptions<MesaSettings> settings)
{
    public bool IsConfigured => mail.IsConfigured;

    public MailText Words { get; } = new(CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    public string Url(HttpRequest request, string pathAndQuery) =>
        (settings.Value.PublicUrl ?? $"{request.Scheme}://{request.Host}").TrimEnd('/') + pathAndQuery;

    /// <summary>
    /// Runs <paramref name="work"/> a moment later, in a scope of its own, and sends the e-mail it composes (none
    /// when it returns null: nobody has that account, say). The page answers without waiting for it.
    /// </summary>
    public void Later(Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>> work) => queue.Enqueue(work);

    public OutgoingMail Compose(string name, string address, string subjectKey, IReadOnlyList<string> paragraphs) =>
        new($"{Guid.NewGuid():N}@mesa", [new MailRecipient(name, address)], Words[subjectKey], MailBody.Text(paragraphs),
            MailBody.Html(paragraphs, settings.Value.PublicUrl));
}
