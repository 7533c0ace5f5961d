using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Account;

/// <summary>Guía §16 "Salir de la aplicación": from every page, by a form (a link could be followed by anyone's page).</summary>
public sealed class SignOutModel(Accounts.SessionStart sessions) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.EndAsync(HttpContext);
        return LocalRedirect("/account/sign-in?signedOut=1");
    }
}
