using Mesa.Core.People;
using Mesa.Core.People.Directory;
using Mesa.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// Guía §8 "Acceso integrado Windows": the browser proves who is signed in to Windows with a Kerberos ticket, and the
/// person enters without typing a password. Without a ticket the page answers 401 with <c>WWW-Authenticate: Negotiate</c>;
/// a browser that does Kerberos for this site sends one and is signed in (with "No cerrar sesión" as asked), any other
/// shows this page's words and the way back to the form.
/// </summary>
[AllowAnonymous]
public sealed class WindowsModel(IOptions<NegotiateOptions> negotiate, DirectoryUsers directoryUsers,
    UserManager<User> users, SessionStart sessions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool StaySignedIn { get; set; }

    /// <summary>Why the person is still here: the text key of what went wrong.</summary>
    public string Problem { get; private set; } = "Windows.NoTicket";

    /// <summary>The Windows account the ticket named, when it named one Mesa cannot let in.</summary>
    public string? Principal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!negotiate.Value.IsConfigured) return NotFound();
        var result = await HttpContext.AuthenticateAsync(WindowsAuthentication.SchemeName);
        if (!result.Succeeded)
        {
            if (result.Failure is not null) Problem = "Windows.TicketRefused";
            await HttpContext.ChallengeAsync(WindowsAuthentication.SchemeName);
            return Page();
        }

        Principal = result.Principal.Identity?.Name;
        User? user;
        try
        {
            user = WindowsAuthentication.UserNameOf(Principal) is { } name ? await directoryUsers.AccountAsync(name, ct) : null;
        }
        catch (DirectoryUnavailableException)
        {
            Problem = "SignIn.DirectoryUnavailable";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        if (user is null || await users.IsLockedOutAsync(user))
        {
            Problem = "Windows.NoAccount";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        return LocalRedirect(await sessions.BeginAsync(HttpContext, user, Core.People.Security.SignInMethod.Kerberos, StaySignedIn,
            PageSetup.LocalUrl(ReturnUrl)));
    }
}
