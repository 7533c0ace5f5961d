using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Web.Accounts;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The second step of signing in, for a person who must give a second factor: the code of their authenticator app
/// (or a recovery code). One whom the rule for staff reaches without a factor sets one up here: the app scans the QR
/// code (or the key is typed), its first code turns the factor on, and the recovery codes are shown once. Five wrong
/// codes lock this step for the account, from every address at once (Guía §8's lock, where the password is known).
/// </summary>
[AllowAnonymous]
public sealed class SecondFactorModel(SessionStart sessions, SecondFactors factors, SignInThrottle throttle, SignInLog log,
    IStringLocalizer<Ui> text, Hosting.RuleText rules, Common.Display show) : Common.ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    /// <summary>The person has no factor yet and sets one up: the key and what the QR code holds.</summary>
    public SecondFactors.Enrolment? Enrolment { get; private set; }

    /// <summary>Shown once, right after the set-up (the session has begun).</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string Destination => PageSetup.LocalUrl(ReturnUrl);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await sessions.PendingAsync(HttpContext) is not { } pending) return SignInAgain();
        return await ShowAsync(pending.User, ct);
    }

    /// <summary>The code of someone who has a factor.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await sessions.PendingAsync(HttpContext) is not { } pending) return SignInAgain();
        var (user, stay) = pending;
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.LockedUntil(user.UserName!, SignInThrottle.CodeStep) is { } locked)
        {
            if (throttle.FirstTryWhileLocked(user.UserName!, SignInThrottle.CodeStep))
                await log.RecordAsync(new(SignInEventKind.Failed, user, user.UserName!, Channel: SignInChannel.Page, Address: address,
                    Detail: SignInDetails.WhileLocked), ct);
            ModelState.AddModelError("Input.Code", text["SecondFactor.Locked", SignInThrottle.MaxFailures, show.Date(locked)]);
            return await ShowAsync(user, ct);
        }

        if (await factors.CheckAsync(user, Input.Code, ct) is { } method)
        {
            throttle.Succeeded(user.UserName!, SignInThrottle.CodeStep);
            await sessions.CompleteAsync(HttpContext, user, method, stay);
            return LocalRedirect(Destination);
        }

        var until = throttle.Failed(user.UserName!, SignInThrottle.CodeStep);
        await log.RecordAsync(new(until is null ? SignInEventKind.Failed : SignInEventKind.LockedOut, user, user.UserName!,
            Channel: SignInChannel.Page, Address: address, Detail: SignInDetails.WrongCode), ct);
        ModelState.AddModelError("Input.Code", until is { } lockedNow
            ? text["SecondFactor.Locked", SignInThrottle.MaxFailures, show.Date(lockedNow)]
            : rules.Message(Core.Common.Rules.WrongCode));
        return await ShowAsync(user, ct);
    }

    /// <summary>The first code of the app just set up: the factor is on, the session begins, the recovery codes show.</summary>
    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken ct)
    {
        if (await sessions.PendingAsync(HttpContext) is not { } pending) return SignInAgain();
        var (user, stay) = pending;
        IReadOnlyList<string> codes = [];
        if (!await TryAsync(async () => codes = await factors.ConfirmAsync(user, Input.Code, HttpContext.Connection.RemoteIpAddress?.ToString(), ct)))
            return await ShowAsync(user, ct);
        await sessions.CompleteAsync(HttpContext, user, SignInMethod.Authenticator, stay);
        RecoveryCodes = codes;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>A new key, for a person whose app did not take the first one.</summary>
    public async Task<IActionResult> OnPostRestartAsync(CancellationToken ct)
    {
        if (await sessions.PendingAsync(HttpContext) is not { } pending) return SignInAgain();
        await factors.EnrolmentAsync(pending.User, again: true, ct);
        return RedirectToPage(new { ReturnUrl });
    }

    public async Task<IActionResult> OnGetQrAsync(CancellationToken ct)
    {
        if (await sessions.PendingAsync(HttpContext) is not { } pending) return NotFound();
        var factor = await factors.OfAsync(pending.User.Id, ct);
        if (factor is { IsEnrolled: true }) return NotFound();
        return EnrolmentQr.Png(Response, (await factors.EnrolmentAsync(pending.User, again: false, ct)).Uri);
    }

    private async Task<IActionResult> ShowAsync(User user, CancellationToken ct)
    {
        var factor = await factors.OfAsync(user.Id, ct);
        if (factor is not { IsEnrolled: true })
        {
            Enrolment = await factors.EnrolmentAsync(user, again: false, ct);
            Response.Headers.CacheControl = "no-store";
        }

        Input.Code = null;
        return Page();
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }

    /// <summary>The first step has lapsed (five minutes) or was never made: back to the form.</summary>
    private LocalRedirectResult SignInAgain() => LocalRedirect($"/account/sign-in{QueryString.Create("returnUrl", Destination)}");
}
