using Mesa.Core.People;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>Guía §8 "Acceso usuario": user name and password, "No cerrar sesión", lockout after repeated failures.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<User> signIn, UserManager<User> users, SignInThrottle throttle,
    IStringLocalizer<Ui> text, Common.Display show, IOptions<Core.Common.MesaSettings> settings,
    Core.Mail.IMailTransport mail) : PageModel
{
    /// <summary>External people may create their own account (it needs mail to confirm it).</summary>
    public bool CanRegister => settings.Value.SelfRegistration && mail.IsConfigured;

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(Destination) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
            ModelState.AddModelError("Input.UserName", text["SignIn.UserNameRequired"]);
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", text["SignIn.PasswordRequired"]);
        if (!ModelState.IsValid) return Page();

        var userName = Input.UserName!.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        // Locked from this address (Guía §8, per client: SignInThrottle): the password is not even tried.
        var lockedUntil = throttle.LockedUntil(userName, address);
        if (lockedUntil is null)
        {
            var result = await signIn.PasswordSignInAsync(userName, Input.Password!, Input.StaySignedIn, lockoutOnFailure: false);
            if (result.Succeeded)
            {
                throttle.Succeeded(userName, address);
                return LocalRedirect(Destination);
            }

            if (result.IsNotAllowed)
            {
                ModelState.AddModelError(string.Empty, text["SignIn.AwaitingConfirmation"]);
                Input.Password = null;
                return Page();
            }

            lockedUntil = result.IsLockedOut ? await AccountLockedUntilAsync(userName) : throttle.Failed(userName, address);
        }

        // The same words for an unknown user and a wrong password: the page must not tell which accounts exist.
        ModelState.AddModelError(string.Empty, lockedUntil is { } until
            ? text["SignIn.LockedOut", SignInThrottle.MaxFailures, show.Date(until)]
            : text["SignIn.Failed"]);

        Input.Password = null;
        return Page();
    }

    private string Destination => PageSetup.LocalUrl(ReturnUrl);

    /// <summary>An account an administrator locked (Identity's own lock): until when.</summary>
    private async Task<DateTimeOffset?> AccountLockedUntilAsync(string userName) =>
        await users.FindByNameAsync(userName) is { } user ? await users.GetLockoutEndDateAsync(user) : null;

    public sealed class SignInInput
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }

        public bool StaySignedIn { get; set; }
    }
}
