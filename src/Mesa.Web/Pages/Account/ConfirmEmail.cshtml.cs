using Mesa.Core.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The link of the registration mail: opening it only asks (mail scanners open links too); the button confirms the
/// address, after which the person signs in as any other.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<User> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public long UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || string.IsNullOrEmpty(Token) || !(await users.ConfirmEmailAsync(user, Token)).Succeeded)
        {
            Failed = true;
            return Page();
        }

        user.AwaitingConfirmation = false;
        await users.UpdateAsync(user);
        Confirmed = true;
        return Page();
    }
}
