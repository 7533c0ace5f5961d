using System.Collections.Concurrent;
using System.DirectoryServices.Protocols;
using System.Net;
using Mesa.Core.People.Directory;
using Microsoft.Extensions.Options;

namespace Mesa.Infrastructure.Ldap;

/// <summary>
/// Connections to the directory: a few kept open under the service account for searches (a session's check costs a
/// search, not a handshake), and a fresh one for each person's bind, closed at once. Plain LDAP only to a directory on
/// loopback; otherwise StartTLS or LDAPS, the certificate checked.
/// </summary>
public sealed class LdapConnections(IOptions<DirectoryOptions> options) : IDisposable
{
    private const int KeptIdle = 4;

    private readonly DirectoryOptions _options = options.Value;
    private readonly ConcurrentBag<LdapConnection> _idle = [];

    /// <summary>A connection bound as the service account, to give back with <see cref="Return"/> (or dispose on failure).</summary>
    public LdapConnection RentService()
    {
        if (_idle.TryTake(out var kept)) return kept;
        var connection = Open();
        try
        {
            if (string.IsNullOrEmpty(_options.BindDn))
            {
                connection.AuthType = AuthType.Anonymous;
                connection.Bind();
            }
            else
            {
                connection.Bind(new NetworkCredential(_options.BindDn, _options.BindPassword ?? ""));
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Return(LdapConnection connection)
    {
        if (_idle.Count < KeptIdle) _idle.Add(connection);
        else connection.Dispose();
    }

    /// <summary>Binds as a person; true for their password, false for a wrong one (or a disabled account).</summary>
    /// <exception cref="LdapException">The directory did not answer.</exception>
    public bool BindAs(string dn, string password)
    {
        using var connection = Open();
        try
        {
            connection.Bind(new NetworkCredential(dn, password));
            return true;
        }
        catch (LdapException error) when (error.ErrorCode == InvalidCredentials)
        {
            return false;
        }
    }

    /// <summary>LDAP's result code 49: no such name, a wrong password, or an account the directory refuses.</summary>
    public const int InvalidCredentials = 49;

    private LdapConnection Open()
    {
        var security = _options.Security.Trim().ToLowerInvariant();
        if (security is not ("none" or "starttls" or "tls"))
            throw new DirectoryUnavailableException($"Mesa__Ldap__Security must be none, starttls or tls, not '{_options.Security}'.");
        if (security == "none" && !IsLoopback(_options.Host!))
            throw new DirectoryUnavailableException(
                "Mesa__Ldap__Security=none sends passwords in the clear: only to a directory on loopback. Use starttls or tls.");

        var connection = new LdapConnection(new LdapDirectoryIdentifier(_options.Host!, _options.Port, true, false))
        {
            AuthType = AuthType.Basic,
            Timeout = TimeSpan.FromSeconds(Math.Max(1, _options.TimeoutSeconds)),
        };
        try
        {
            var session = connection.SessionOptions;
            session.ProtocolVersion = 3;
            session.ReferralChasing = ReferralChasingOptions.None;
            if (security != "none" && !string.IsNullOrWhiteSpace(_options.TrustedCertificates) && !OperatingSystem.IsWindows())
            {
                session.TrustedCertificatesDirectory = _options.TrustedCertificates;
                session.StartNewTlsSessionContext();
            }

            if (security == "tls") session.SecureSocketLayer = true;
            if (security == "starttls")
            {
                // OpenLDAP's library (Linux) asks for StartTLS only on an open connection, and the client opens it on the
                // first bind: an anonymous one (no secret in the clear), then TLS, then the real bind.
                connection.AuthType = AuthType.Anonymous;
                connection.Bind();
                session.StartTransportLayerSecurity(null);
                connection.AuthType = AuthType.Basic;
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    public void Dispose()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }
}
