using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Sign-in security for administrators: whether staff must use a second factor, and for one person their open
/// sessions (to end one or all) and their second factor (to remove it when they lost their phone and codes).
/// </summary>
public sealed class SecurityModel(UserManager<User> users, SecondFactors factors, UserSessions sessions,
    IStringLocalizer<Ui> text) : Common.ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty]
    public bool RequireForStaff { get; set; }

    public bool ForStaff { get; private set; }

    /// <summary>The person <see cref="UserName"/> names.</summary>
    public User? Person { get; private set; }

    public SecondFactor? Factor { get; private set; }

    public IReadOnlyList<UserSessions.Line> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPolicyAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        await factors.SetForStaffAsync(RequireForStaff, me, Address, ct);
        Flash(RequireForStaff ? text["AdminSecurity.PolicyOn"] : text["AdminSecurity.PolicyOff"]);
        return RedirectToPage(new { user = UserName });
    }

    public async Task<IActionResult> OnPostEndSessionAsync(long id, CancellationToken ct)
    {
        if (await FindAsync() is not { } person) return NotFound();
        if (!await sessions.EndAsync(person, id, await MeAsync(), ct)) return NotFound();
        Flash(text["Security.SessionEnded"]);
        return RedirectToPage(new { user = person.UserName });
    }

    public async Task<IActionResult> OnPostEndAllAsync(CancellationToken ct)
    {
        if (await FindAsync() is not { } person) return NotFound();
        var ended = await sessions.EndAllAsync(person, await MeAsync(), kept: null, ct);
        Flash(text["Security.OthersEnded", ended]);
        return RedirectToPage(new { user = person.UserName });
    }

    public async Task<IActionResult> OnPostRemoveFactorAsync(CancellationToken ct)
    {
        if (await FindAsync() is not { } person) return NotFound();
        var me = await MeAsync();
        return await PostAsync(() => factors.RemoveAsync(person, me, Address, ct), text["Security.Removed"], () => LoadAsync(ct),
            new { user = person.UserName }, prefix: "");
    }

    private string? Address => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<User> MeAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("No signed-in user.");

    private async Task<User?> FindAsync() =>
        string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim()) is { IsSystem: false } user ? user : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        ForStaff = await factors.ForStaffAsync(ct);
        RequireForStaff = ForStaff;
        Person = await FindAsync();
        if (!string.IsNullOrWhiteSpace(UserName) && Person is null)
            ModelState.AddModelError("user", text["Privacy.NoSuchPerson", UserName]);
        if (Person is null) return;
        Factor = await factors.OfAsync(Person.Id, ct);
        Sessions = await sessions.OfAsync(Person.Id, ct);
    }
}
