using Mesa.Core.People;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The page the reset link opens: a new password, twice. The token works once (the new password changes the
/// account's security stamp) and expires; a successful reset also lifts a lockout.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<User> users, ApiTokens tokens, IStringLocalizer<Ui> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public long UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), text["Reset.PasswordRequired"]);
        else if (Password != Confirm) ModelState.AddModelError(nameof(Confirm), text["Reset.Mismatch"]);
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByIdAsync(UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || user.IsSystem || string.IsNullOrEmpty(Token))
        {
            ModelState.AddModelError(string.Empty, text["Reset.InvalidToken"]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token, Password!);
        if (!result.Succeeded)
        {
            // Identity's own descriptions are English; each code has its sentence in the resources.
            foreach (var error in result.Errors)
            {
                var key = $"Identity.{error.Code}";
                var message = text[key];
                ModelState.AddModelError(error.Code == "InvalidToken" ? string.Empty : nameof(Password),
                    message.ResourceNotFound ? text["Identity.Other"] : message);
            }

            return Page();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // A new password ends every trust the old one gave: the person's API tokens stop working at once.
        await tokens.RevokeAllAsync(user.Id, HttpContext.RequestAborted);
        return LocalRedirect("/account/sign-in?reset=1");
    }
}
