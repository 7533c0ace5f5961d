using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The e-mails of the account pages (password reset, sign-in link, account confirmation): sent at once, not through
/// the outbox, since they belong to no ticket and are worth nothing late; in the organisation's language; with links
/// to Mesa's public address (<c>Mesa__PublicUrl</c>), or to the address the request came to.
/// </summary>
public sealed class AccountMail(IMailTransport mail, IOptions<MesaSettings> settings, ILogger<AccountMail> log)
{
    public bool IsConfigured => mail.IsConfigured;

    public MailText Words { get; } = new(CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    public string Url(HttpRequest request, string pathAndQuery) =>
        (settings.Value.PublicUrl ?? $"{request.Scheme}://{request.Host}").TrimEnd('/') + pathAndQuery;

    /// <summary>False when the server did not take it (logged); the page then says so.</summary>
    public async Task<bool> SendAsync(string name, string address, string subjectKey, IReadOnlyList<string> paragraphs,
        CancellationToken ct)
    {
        try
        {
            await mail.SendAsync(new OutgoingMail($"{Guid.NewGuid():N}@mesa", [new MailRecipient(name, address)],
                Words[subjectKey], MailBody.Text(paragraphs), MailBody.Html(paragraphs, settings.Value.PublicUrl)), ct);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogWarning(error, "Account mail {Subject} not sent", subjectKey);
            return false;
        }
    }
}
