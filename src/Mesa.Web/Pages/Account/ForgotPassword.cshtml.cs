using System.Globalization;
using Mesa.Core.Common;
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
public sealed class ForgotPasswordModel(UserManager<User> users, IMailTransport mail, IOptions<MesaSettings> settings,
    IOptions<DataProtectionTokenProviderOptions> tokens, IStringLocalizer<Ui> text, ILogger<ForgotPasswordModel> log) : PageModel
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
            var link = $"{(settings.Value.PublicUrl ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/')}/account/reset-password" +
                       $"?user={user.Id}&token={Uri.EscapeDataString(token)}";
            var words = new MailText(CultureInfo.GetCultureInfo(settings.Value.MailCulture));
            var hours = (int)tokens.Value.TokenLifespan.TotalHours;
            var body = new[] { words["Greeting", user.DisplayName], words["Body.PasswordReset", link, hours], link };
            try
            {
                await mail.SendAsync(new OutgoingMail($"{Guid.NewGuid():N}@mesa", [new MailRecipient(user.DisplayName, user.Email)],
                    words["Subject.PasswordReset"], MailBody.Text(body), MailBody.Html(body)), ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Password reset mail for user {UserId} not sent", user.Id);
                ModelState.AddModelError(string.Empty, text["Forgot.MailFailed"]);
                return Page();
            }
        }

        Sent = true;
        return Page();
    }
}
