using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Mesa.Core.People.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Mesa.Web.Accounts;

/// <summary>
/// The session cookie names a session kept in the database (<see cref="UserSessions"/>) instead of carrying the whole
/// sign-in: so a person and the administrators see every signed-in browser and can end one, on any instance.
/// </summary>
public sealed class SessionStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The claim that says how the person signed in (Identity's authentication method).</summary>
    public const string MethodClaim = ClaimTypes.AuthenticationMethod;

    /// <summary>The claim that names the session itself (its key's hash), to tell "this session" in a list.</summary>
    public const string SessionClaim = "mesa:session";

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var userId = long.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
        var method = Enum.TryParse<SignInMethod>(ticket.Principal.FindFirstValue(MethodClaim), out var m) ? m : (SignInMethod?)null;
        var hash = UserSessions.Hash(key);
        (ticket.Principal.Identity as ClaimsIdentity)?.AddClaim(new Claim(SessionClaim, hash));
        var session = new UserSession(hash, userId, method, ticket.Properties.IsPersistent,
            httpContext?.Connection.RemoteIpAddress?.ToString(), httpContext?.Request.Headers.UserAgent.ToString(),
            now, ticket.Properties.ExpiresUtc ?? now.AddDays(14), TicketSerializer.Default.Serialize(ticket));
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserSessions>().AddAsync(session, cancellationToken);
        return key;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null!, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<UserSessions>().UseAsync(key, cancellationToken);
        return session is null ? null : TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null!, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserSessions>().RenewAsync(key, TicketSerializer.Default.Serialize(ticket),
            ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().AddDays(14), cancellationToken);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null!, CancellationToken.None);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserSessions>().RemoveAsync(key, cancellationToken);
    }

    /// <summary>Registers the store as the session cookie's.</summary>
    public static void Use(IServiceCollection services)
    {
        services.AddSingleton<SessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<SessionStore>((cookie, store) => cookie.SessionStore = store);
    }
}
