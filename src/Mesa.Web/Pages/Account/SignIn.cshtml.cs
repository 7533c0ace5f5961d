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
public sealed class SignInModel(SignInManager<User> signIn, UserManager<User> users, IOptions<IdentityOptions> identity,
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
        var result = await signIn.PasswordSignInAsync(userName, Input.Password!, Input.StaySignedIn, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Destination);

        if (result.IsNotAllowed)
        {
            ModelState.AddModelError(string.Empty, text["SignIn.AwaitingConfirmation"]);
        }
        else if (result.IsLockedOut && await users.FindByNameAsync(userName) is { } user
            && await users.GetLockoutEndDateAsync(user) is { } until)
        {
            ModelState.AddModelError(string.Empty, text["SignIn.LockedOut",
                identity.Value.Lockout.MaxFailedAccessAttempts, show.Date(until)]);
        }
        else
        {
            // The same words for an unknown user and a wrong password: the page must not tell which accounts exist.
            ModelState.AddModelError(string.Empty, text["SignIn.Failed"]);
        }

        Input.Password = null;
        return Page();
    }

    private string Destination => PageSetup.LocalUrl(ReturnUrl);

    public sealed class SignInInput
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }

        public bool StaySignedIn { get; set; }
    }
}
