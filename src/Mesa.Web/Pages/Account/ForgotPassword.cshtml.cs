using Mesa.Core.Mail;
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
public sealed class ForgotPasswordModel(AccountMail mail, IStringLocalizer<Ui> text) : PageModel
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
        var reset = mail.Url(Request, "/account/reset-password");
        if (mail.IsConfigured) mail.Later((services, _) => ResetMailAsync(services, key, reset));
        Sent = true;
        return Page();
    }

    /// <summary>The reset link for the account a name or address names; nothing for nobody.</summary>
    private static async Task<OutgoingMail?> ResetMailAsync(IServiceProvider services, string key, string reset)
    {
        var users = services.GetRequiredService<UserManager<User>>();
        var mail = services.GetRequiredService<AccountMail>();
        var user = await users.FindByNameAsync(key) ?? await users.FindByEmailAsync(key);
        // A directory account's password is the agency's network password: the directory's to change, not Mesa's.
        if (user is not { IsSystem: false, Email.Length: > 0, Origin: AccountOrigin.Local, IsActive: true }) return null;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{reset}?user={user.Id}&token={Uri.EscapeDataString(token)}";
        var hours = (int)services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan.TotalHours;
        return mail.Compose(user.DisplayName, user.Email, "Subject.PasswordReset",
            [mail.Words["Greeting", user.DisplayName], mail.Words["Body.PasswordReset", link, hours], link]);
    }
}
