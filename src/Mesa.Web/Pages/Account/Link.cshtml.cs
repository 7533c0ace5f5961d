using Mesa.Core.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The page a sign-in link opens. Opening it only asks (mail scanners open links too); the button signs the person
/// in and uses the link up. A link unknown, used or expired says so and signs nobody in.
/// </summary>
[AllowAnonymous]
public sealed class LinkModel(SignInLinks links, UserManager<User> users, Accounts.SessionStart sessions,
    Accounts.DirectoryStanding standing) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>Whose the link is, while it can still be used.</summary>
    public User? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Person = await links.PeekAsync(Token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await links.RedeemAsync(Token, ct);
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user)) return Page();
        // A directory account's link works only while the directory still has the person, enabled.
        if (user is { Origin: AccountOrigin.Directory, DirectoryKey: { } key } && !await standing.AllowsAsync(user.Id, key, ct))
            return Page();
        return LocalRedirect(await sessions.BeginAsync(HttpContext, user, Core.People.Security.SignInMethod.Link, staySignedIn: false, "/"));
    }
}
