using Mesa.Core.People;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// Guía §8 "¿Ha olvidado su clave?": a single-use link that expires, sent to the account's e-mail. The page says the
/// same whether or not the account exists, so that it cannot be used to find out who has one.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<User> users, AccountMail mail,
    IOptions<DataProtectionTokenProviderOptions> tokens, IStringLocalizer<Ui> text) : PageModel
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

        var key = UserName.Trim();
        var user = await users.FindByNameAsync(key) ?? await users.FindByEmailAsync(key);
        if (user is { IsSystem: false, Email.Length: > 0 } && mail.IsConfigured)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = mail.Url(Request, $"/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}");
            var hours = (int)tokens.Value.TokenLifespan.TotalHours;
            string[] body = [mail.Words["Greeting", user.DisplayName], mail.Words["Body.PasswordReset", link, hours], link];
            mail.Send(user.DisplayName, user.Email, "Subject.PasswordReset", body);
        }

        Sent = true;
        return Page();
    }
}
