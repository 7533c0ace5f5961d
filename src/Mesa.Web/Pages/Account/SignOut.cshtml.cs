using Mesa.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Account;

/// <summary>Guía §16 "Salir de la aplicación": from every page, by a form (a link could be followed by anyone's page).</summary>
public sealed class SignOutModel(SignInManager<User> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/account/sign-in?signedOut=1");
    }
}
