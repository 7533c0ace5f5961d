using System.Net.Security;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Accounts;

/// <summary>
/// Guía §8 "Acceso integrado Windows" inside the building: the browser's Kerberos ticket (HTTP Negotiate, RFC 4559),
/// validated with the service keytab by the framework's own <see cref="NegotiateAuthentication"/> (GSSAPI on Linux).
/// Only the Windows sign-in page uses this scheme: it answers who the ticket names (<c>usuario@REINO</c>); the page
/// maps that to the directory account and signs the person in with the usual session cookie. NTLM, which needs the
/// same connection for several round trips, is not taken: a browser that offers it gets the form.
/// </summary>
public sealed class WindowsAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Windows";

    private const string Negotiate = "Negotiate";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Negotiate + " ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        using var negotiation = new NegotiateAuthentication(new NegotiateAuthenticationServerOptions { Package = Negotiate });
        string? answer;
        NegotiateAuthenticationStatusCode status;
        try
        {
            answer = negotiation.GetOutgoingBlob(header[(Negotiate.Length + 1)..].Trim(), out status);
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("Negotiate: not base64"));
        }

        if (status != NegotiateAuthenticationStatusCode.Completed || !negotiation.IsAuthenticated)
        {
            Logger.LogInformation("A Windows sign-in was refused: {Status}", status);
            return Task.FromResult(AuthenticateResult.Fail($"Negotiate: {status}"));
        }

        // Mutual authentication: the browser checks that it spoke to the service its ticket was for.
        if (!string.IsNullOrEmpty(answer)) Response.Headers.WWWAuthenticate = $"{Negotiate} {answer}";
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, negotiation.RemoteIdentity.Name ?? "")], SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Negotiate;
        return Task.CompletedTask;
    }

    /// <summary>The account name of a Kerberos principal: "ana@MESA.TEST" → "ana" (a principal with an instance is no person).</summary>
    public static string? UserNameOf(string? principal)
    {
        if (string.IsNullOrWhiteSpace(principal)) return null;
        var at = principal.LastIndexOf('@');
        var name = at < 0 ? principal : principal[..at];
        return name.Length == 0 || name.Contains('/', StringComparison.Ordinal) ? null : name;
    }
}

/// <summary>The <c>Mesa__Negotiate__*</c> settings.</summary>
public sealed class NegotiateOptions
{
    /// <summary>The service keytab (the key of HTTP/host); with it, the sign-in page offers "Acceso integrado Windows".</summary>
    public string? Keytab { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Keytab);
}
