using System.Globalization;
using System.Security.Claims;
using Mesa.Core.People;
using Mesa.Core.People.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Accounts;

/// <summary>
/// Guía §8: once a person has proved who they are (password, network password, e-mailed link, Windows ticket), their
/// session on the pages begins, "No cerrar sesión" as asked, and the sign-in is in the log with how and from where.
/// A person who must give a second factor first gets a short-lived mark of the step done (five minutes, a cookie of
/// its own) and the page that asks for the code; the session begins with the code.
/// </summary>
public sealed class SessionStart(SignInManager<User> signIn, SignInLog log, SecondFactors factors)
{
    public const string SecondFactorPage = "/account/second-factor";

    private const string MethodClaim = "mesa:first-factor";
    private const string StayClaim = "mesa:stay";

    /// <summary>Answers where the person goes now: <paramref name="returnUrl"/>, or the second factor's page.</summary>
    public async Task<string> BeginAsync(HttpContext http, User user, SignInMethod method, bool staySignedIn, string returnUrl)
    {
        if (await factors.RequiredAsync(user, method, http.RequestAborted))
        {
            var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            pending.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString(CultureInfo.InvariantCulture)));
            pending.AddClaim(new Claim(MethodClaim, method.ToString()));
            pending.AddClaim(new Claim(StayClaim, staySignedIn ? "1" : "0"));
            pending.AddClaim(new Claim(signIn.Options.ClaimsIdentity.SecurityStampClaimType, user.SecurityStamp ?? ""));
            await http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return $"{SecondFactorPage}{QueryString.Create("returnUrl", returnUrl)}";
        }

        await StartAsync(http, user, method, staySignedIn);
        return returnUrl;
    }

    /// <summary>The person half-way through signing in (password given, code not yet), while the mark lasts.</summary>
    public async Task<(User User, bool StaySignedIn)?> PendingAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(ClaimTypes.Name) is not { } id) return null;
        var user = await signIn.UserManager.FindByIdAsync(id);
        // A new password or a deactivation since the first step voids it.
        if (user is null || !user.IsActive
            || result.Principal.FindFirstValue(signIn.Options.ClaimsIdentity.SecurityStampClaimType) != user.SecurityStamp)
            return null;
        return (user, result.Principal.FindFirstValue(StayClaim) == "1");
    }

    /// <summary>The second factor was given: the session begins and the half-way mark goes.</summary>
    public async Task CompleteAsync(HttpContext http, User user, SignInMethod secondFactor, bool staySignedIn)
    {
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await StartAsync(http, user, secondFactor, staySignedIn);
    }

    /// <summary>Guía §16 "Salir": the session ends (its record too) and the log says so.</summary>
    public async Task EndAsync(HttpContext http)
    {
        var user = await signIn.UserManager.GetUserAsync(http.User);
        await signIn.SignOutAsync();
        if (user is not null)
            await log.RecordAsync(new(SignInEventKind.SignedOut, user, user.UserName!, Channel: SignInChannel.Page,
                Address: http.Connection.RemoteIpAddress?.ToString()), http.RequestAborted);
    }

    private async Task StartAsync(HttpContext http, User user, SignInMethod method, bool staySignedIn)
    {
        await log.RecordAsync(new(SignInEventKind.SignedIn, user, user.UserName!, method, SignInChannel.Page,
            http.Connection.RemoteIpAddress?.ToString()), http.RequestAborted);
        await signIn.SignInAsync(user, staySignedIn, authenticationMethod: method.ToString());
        // The language an administrator set for the person is theirs from their first page on.
        if (user.Language is { } language) Pages.LanguageModel.Choose(http.Response, language, http.Request.IsHttps);
    }
}
