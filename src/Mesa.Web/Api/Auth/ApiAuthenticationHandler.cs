using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Web.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Api.Auth;

/// <summary>
/// The API accepts HTTP Basic with a local or directory account (<see cref="Accounts.PasswordSignIn"/>), or a personal
/// access token as Bearer; a directory account's standing is checked on every request (<see cref="Accounts.DirectoryStanding"/>). Cookies are
/// never read here, so a browser session cannot call the API on a user's behalf (no cross-site request forgery);
/// the challenge names only Bearer, so browsers never prompt for and then replay Basic credentials.
/// </summary>
public sealed class ApiAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    Actors actors,
    UserManager<User> users,
    Accounts.PasswordSignIn passwords,
    Accounts.DirectoryStanding standing,
    SignInThrottle throttle,
    VerifiedCredentials verified,
    SignInLog log,
    SecondFactors factors,
    ProblemWriter problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Api";

    /// <summary>The claim that says how the caller signed in, and its value for a password.</summary>
    public const string MethodClaim = "amr", ByPassword = "pwd";

    /// <summary>The header that carries a second factor's code with Basic.</summary>
    public const string SecondFactorHeader = "Mesa-Second-Factor";

    /// <summary>This request's Basic credentials named a directory account and the directory did not answer.</summary>
    private bool _directorySilent;

    /// <summary>The password was right, but the account signs in with a second factor, and no right code came with it.</summary>
    private bool _needsSecondFactor;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || header.Parameter is null)
            return AuthenticateResult.NoResult();

        long id;
        string name;
        IEnumerable<string> roles;
        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            // Two small queries: the token's hash, then the user's name and roles.
            var userId = await tokens.UserOfAsync(header.Parameter.Trim(), Context.RequestAborted);
            var holder = userId is null ? null : await actors.TokenHolderAsync(userId.Value, Context.RequestAborted);
            if (holder is null || holder.Blocked) return AuthenticateResult.Fail("Invalid credentials.");
            if (holder.DirectoryKey is { } key && !await standing.AllowsAsync(userId!.Value, key, Context.RequestAborted))
                return AuthenticateResult.Fail("Invalid credentials.");
            (id, name, roles) = (userId!.Value, holder.UserName, holder.Roles);
        }
        else if (header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            var user = await CheckPasswordAsync(header.Parameter);
            if (_directorySilent) return AuthenticateResult.Fail("The directory did not answer.");
            if (user is null || user.IsSystem) return AuthenticateResult.Fail("Invalid credentials.");
            if (!await SecondFactorGivenAsync(user)) return AuthenticateResult.Fail("A second factor is needed.");
            if (user is { Origin: AccountOrigin.Directory, DirectoryKey: { } key }
                && !await standing.AllowsAsync(user.Id, key, Context.RequestAborted))
                return AuthenticateResult.Fail("Invalid credentials.");
            (id, name, roles) = (user.Id, user.UserName ?? "", await users.GetRolesAsync(user));
        }
        else
        {
            return AuthenticateResult.NoResult();
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id.ToString()),
            new(ClaimTypes.Name, name),
            // How the caller proved who they are (RFC 8176): a token is made only by one who gave the password.
            new(MethodClaim, header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) ? ByPassword : "token"),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    /// <summary>
    /// Checks the password as the sign-in page does, through its throttle (a failure counts against the account from
    /// this address only). A password verified a moment ago is not hashed, nor sent to the directory, again
    /// (<see cref="VerifiedCredentials"/>).
    /// </summary>
    private async Task<User?> CheckPasswordAsync(string parameter)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var (userName, password) = (decoded[..colon], decoded[(colon + 1)..]);
        var address = Context.Connection.RemoteIpAddress?.ToString();
        if (throttle.LockedUntil(userName, address) is null && await users.FindByNameAsync(userName) is { } known
            && verified.Holds(userName, password, known) && known.IsActive && !await users.IsLockedOutAsync(known))
            return known;
        var check = await passwords.CheckAsync(userName, password, address, SignInChannel.Api, Context.RequestAborted);
        _directorySilent = check.Outcome == Accounts.PasswordOutcome.DirectoryUnavailable;
        if (check.Outcome != Accounts.PasswordOutcome.Succeeded) return null;
        verified.Remember(userName, password, check.User!);
        // Logged when the password is checked: a password verified a moment ago is not checked, nor logged, again.
        await log.RecordAsync(new(SignInEventKind.SignedIn, check.User, userName, check.Method, SignInChannel.Api, address),
            Context.RequestAborted);
        return check.User;
    }

    /// <summary>
    /// A person who signs in with a second factor gives, with Basic, the code of their app in the Mesa-Second-Factor
    /// header, on every request (a code is taken once): integrations make a token with it once and use the token.
    /// </summary>
    private async Task<bool> SecondFactorGivenAsync(User user)
    {
        if (!await factors.RequiredAsync(user, SignInMethod.Password, Context.RequestAborted)) return true;
        var code = Request.Headers[SecondFactorHeader].ToString();
        _needsSecondFactor = true;
        if (throttle.LockedUntil(user.UserName!, SignInThrottle.CodeStep) is not null) return false;
        if (await factors.CheckAsync(user, code, Context.RequestAborted) is not null)
        {
            throttle.Succeeded(user.UserName!, SignInThrottle.CodeStep);
            _needsSecondFactor = false;
            return true;
        }

        if (code.Length > 0)
        {
            var address = Context.Connection.RemoteIpAddress?.ToString();
            var locked = throttle.Failed(user.UserName!, SignInThrottle.CodeStep) is not null;
            await log.RecordAsync(new(locked ? SignInEventKind.LockedOut : SignInEventKind.Failed, user, user.UserName!,
                Channel: SignInChannel.Api, Address: address, Detail: SignInDetails.WrongCode), Context.RequestAborted);
        }

        return false;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {

        // A directory account's password could not be checked: not a wrong password, a wait (the client may try again).
        if (_directorySilent)
        {
            Response.Headers.RetryAfter = "60";
            await problems.WriteAsync(Context, StatusCodes.Status503ServiceUnavailable, "Problem.Unavailable", Rules.DirectoryUnavailable);
            return;
        }

        // Both schemes Mesa accepts, so that an HTTP client that waits for a challenge sends its Basic credentials.
        // Not to a browser (it announces itself with Sec-Fetch-* headers): it would prompt, then keep and replay the
        // credentials on requests other sites make it send.
        Response.Headers.WWWAuthenticate = Request.Headers.ContainsKey("Sec-Fetch-Mode")
            ? "Bearer realm=\"Mesa\""
            : new Microsoft.Extensions.Primitives.StringValues(["Bearer realm=\"Mesa\"", "Basic realm=\"Mesa\", charset=\"UTF-8\""]);
        await problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Problem.Unauthorized",
            _needsSecondFactor ? Rules.SecondFactorNeeded : Rules.NotSignedIn);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Problem.Forbidden", Rules.AdminOnly);
}
