using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// Issue 6 point 1: sign in without a password, by a link received by e-mail that works once and expires. The page
/// says the same whether or not the account exists, so that it cannot be used to find out who has one.
/// </summary>
[AllowAnonymous]
public sealed class SignInLinkModel(SignInLinks links, IMailTransport mail, IOptions<MesaSettings> settings,
    IStringLocalizer<Ui> text, ILogger<SignInLinkModel> log) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    public bool Sent { get; private set; }

    public bool MailConfigured => mail.IsConfigured;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), text["Forgot.UserNameRequired"]);
            return Page();
        }

        if (mail.IsConfigured && await links.IssueAsync(UserName, ct) is var (user, secret))
        {
            var link = $"{(settings.Value.PublicUrl ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/')}/account/link" +
                       $"?token={Uri.EscapeDataString(secret)}";
            var words = new MailText(CultureInfo.GetCultureInfo(settings.Value.MailCulture));
            var body = new[]
            {
                words["Greeting", user.DisplayName],
                words["Body.SignInLink", (int)SignInLinks.Lifetime.TotalMinutes],
                link,
                words["Body.SignInLinkNotYou"],
            };
            try
            {
                await mail.SendAsync(new OutgoingMail($"{Guid.NewGuid():N}@mesa", [new MailRecipient(user.DisplayName, user.Email!)],
                    words["Subject.SignInLink"], MailBody.Text(body), MailBody.Html(body)), ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Sign-in link for user {UserId} not sent", user.Id);
                ModelState.AddModelError(string.Empty, text["Forgot.MailFailed"]);
                return Page();
            }
        }

        Sent = true;
        return Page();
    }
}
