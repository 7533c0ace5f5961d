using Mesa.Core.People;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// Sign in without a password, by a link received by e-mail that works once and expires. The page
/// says the same whether or not the account exists, so that it cannot be used to find out who has one.
/// </summary>
[AllowAnonymous]
public sealed class SignInLinkModel(SignInLinks links, AccountMail mail, IStringLocalizer<Ui> text) : PageModel
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
            var link = mail.Url(Request, $"/account/link?token={Uri.EscapeDataString(secret)}");
            string[] body =
            [
                mail.Words["Greeting", user.DisplayName],
                mail.Words["Body.SignInLink", (int)SignInLinks.Lifetime.TotalMinutes],
                link,
                mail.Words["Body.SignInLinkNotYou"],
            ];
            mail.Send(user.DisplayName, user.Email!, "Subject.SignInLink", body);
        }

        Sent = true;
        return Page();
    }
}
