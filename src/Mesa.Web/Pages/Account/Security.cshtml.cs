using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Web.Accounts;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// A person's own security: their second factor (set it up, new recovery codes, remove it while the rule for staff
/// does not reach them), their signed-in browsers (end one, or all the others), and their latest sign-ins.
/// </summary>
[Authorize]
public sealed class SecurityModel(UserManager<User> users, SecondFactors factors, UserSessions sessions, SignInLog log,
    IStringLocalizer<Ui> text) : Common.ConsolePage
{
    public const int RecentShown = 10;

    [BindProperty(SupportsGet = true)]
    public bool Setup { get; set; }

    [BindProperty]
    public SecondFactorModel.CodeInput Input { get; set; } = new();

    public SecondFactor? Factor { get; private set; }

    /// <summary>The rule for staff reaches this person: the factor cannot be removed.</summary>
    public bool Required { get; private set; }

    public SecondFactors.Enrolment? Enrolment { get; private set; }

    /// <summary>Shown once, after a set-up or a renewal.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public IReadOnlyList<UserSessions.Line> Sessions { get; private set; } = [];

    /// <summary>The session of this very browser.</summary>
    public long? Current { get; private set; }

    public IReadOnlyList<SignInLog.Line> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        IReadOnlyList<string> codes = [];
        if (await TryAsync(async () => codes = await factors.ConfirmAsync(me, Input.Code, Address, ct)))
        {
            RecoveryCodes = codes;
            Response.Headers.CacheControl = "no-store";
            Setup = false;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRestartAsync(CancellationToken ct)
    {
        await TryAsync(async () => await factors.EnrolmentAsync(await MeAsync(), again: true, ct));
        return RedirectToPage(new { setup = true });
    }

    public async Task<IActionResult> OnPostRenewCodesAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        IReadOnlyList<string> codes = [];
        if (await TryAsync(async () => codes = await factors.RenewRecoveryCodesAsync(me, Address, ct)))
        {
            RecoveryCodes = codes;
            Response.Headers.CacheControl = "no-store";
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        return await PostAsync(() => factors.RemoveAsync(me, me, Address, ct), text["Security.Removed"], () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostEndSessionAsync(long id, CancellationToken ct)
    {
        var me = await MeAsync();
        var current = await sessions.IdOfAsync(User.FindFirst(SessionStore.SessionClaim)?.Value, ct);
        if (!await sessions.EndAsync(me, id, me, ct)) return NotFound();
        if (id == current) return LocalRedirect("/account/sign-in");
        Flash(text["Security.SessionEnded"]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndOthersAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        var current = await sessions.IdOfAsync(User.FindFirst(SessionStore.SessionClaim)?.Value, ct);
        var ended = await sessions.EndAllAsync(me, me, current, ct);
        Flash(text["Security.OthersEnded", ended]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetQrAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        if (await factors.OfAsync(me.Id, ct) is { IsEnrolled: true }) return NotFound();
        return EnrolmentQr.Png(Response, (await factors.EnrolmentAsync(me, again: false, ct)).Uri);
    }

    private string? Address => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<User> MeAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("No signed-in user.");

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = await MeAsync();
        Factor = await factors.OfAsync(me.Id, ct);
        Required = await factors.RequiredOfAsync(me, ct);
        if (Setup && Factor is not { IsEnrolled: true })
        {
            Enrolment = await factors.EnrolmentAsync(me, again: false, ct);
            Factor = await factors.OfAsync(me.Id, ct);
            Response.Headers.CacheControl = "no-store";
        }

        Sessions = await sessions.OfAsync(me.Id, ct);
        Current = await sessions.IdOfAsync(User.FindFirst(SessionStore.SessionClaim)?.Value, ct);
        Recent = (await log.PageAsync(new SignInLog.Filter(me.UserName), 1, RecentShown, ct)).Lines;
        Input.Code = null;
    }
}
