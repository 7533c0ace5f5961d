using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Web.Accounts;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// Guía §8 "Acceso usuario" and "Acceso integrado Windows" by password: user name (or DOMINIO\usuario,
/// usuario@dominio) and password, "No cerrar sesión", lockout after repeated failures.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SessionStart sessions, PasswordSignIn passwords,
    IStringLocalizer<Ui> text, Common.Display show, IOptions<Core.Common.MesaSettings> settings,
    Core.Mail.IMailTransport mail, IOptions<NegotiateOptions> negotiate) : PageModel
{
    /// <summary>Guía §8 "Acceso integrado Windows" without a password: offered when Mesa has a service keytab.</summary>
    public bool WindowsOffered => negotiate.Value.IsConfigured;

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

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var check = await passwords.CheckAsync(Input.UserName!, Input.Password!, address, SignInChannel.Page, HttpContext.RequestAborted);
        Input.Password = null;
        switch (check.Outcome)
        {
            case PasswordOutcome.Succeeded:
                return LocalRedirect(await sessions.BeginAsync(HttpContext, check.User!, check.Method, Input.StaySignedIn, Destination));
            case PasswordOutcome.AwaitingConfirmation:
                ModelState.AddModelError(string.Empty, text["SignIn.AwaitingConfirmation"]);
                break;
            case PasswordOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, text["SignIn.LockedOut", SignInThrottle.MaxFailures, show.Date(check.LockedUntil!.Value)]);
                break;
            case PasswordOutcome.DirectoryUnavailable:
                ModelState.AddModelError(string.Empty, text["SignIn.DirectoryUnavailable"]);
                break;
            default:
                // The same words for an unknown user and a wrong password: the page must not tell which accounts exist.
                ModelState.AddModelError(string.Empty, text["SignIn.Failed"]);
                break;
        }

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
