using Mesa.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages;

/// <summary>The front door: agents go to their Panel inicial, requesters to the portal, strangers to the sign-in.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true) return LocalRedirect("/account/sign-in");
        var staff = User.IsInRole(Roles.Agent) || User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);
        return LocalRedirect(staff ? "/agent" : "/portal");
    }
}
