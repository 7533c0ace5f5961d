using Mesa.Core.Mail;
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
public sealed class SignInLinkModel(AccountMail mail, IStringLocalizer<Ui> text) : PageModel
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

        var key = UserName;
        var page = mail.Url(Request, "/account/link");
        if (mail.IsConfigured) mail.Later((services, ct) => LinkMailAsync(services, key, page, ct));
        Sent = true;
        return Page();
    }

    /// <summary>A sign-in link for the account a name or address names; nothing for nobody.</summary>
    private static async Task<OutgoingMail?> LinkMailAsync(IServiceProvider services, string key, string page,
        CancellationToken ct)
    {
        var mail = services.GetRequiredService<AccountMail>();
        if (await services.GetRequiredService<SignInLinks>().IssueAsync(key, ct) is not var (user, secret)) return null;
        var link = $"{page}?token={Uri.EscapeDataString(secret)}";
        return mail.Compose(user.DisplayName, user.Email!, "Subject.SignInLink",
        [
            mail.Words["Greeting", user.DisplayName],
            mail.Words["Body.SignInLink", (int)SignInLinks.Lifetime.TotalMinutes],
            link,
            mail.Words["Body.SignInLinkNotYou"],
        ]);
    }
}
