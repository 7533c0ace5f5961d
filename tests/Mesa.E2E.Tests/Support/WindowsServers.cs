using Mesa.Web.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests.Support;

/// <summary>
/// What a Mesa with Windows sign-in needs in a browser journey: the test directory's branch (its people are the
/// agency's staff), the service keytab of HTTP/localhost, and pages asked by that host name.
/// </summary>
internal static class WindowsSignIn
{
    public static IReadOnlyDictionary<string, string> Settings(TestDirectory directory) =>
        new Dictionary<string, string>(directory.Settings()) { ["Mesa:Negotiate:Keytab"] = TestKerberos.ServiceKeytab };

    /// <summary>
    /// A page of a Chromium signed in to "Windows" as the person of the ticket cache, trusting Mesa's address for
    /// Kerberos as the agency's browser policy (AuthServerAllowlist) makes it. Close its context when done.
    /// </summary>
    public static Task<IPage> PageAsync(MesaServer mesa, string ticketCache, string profile) =>
        mesa.NewProfilePageAsync(profile, [$"--auth-server-allowlist={TestKerberos.Host}"], new Dictionary<string, string>
        {
            ["KRB5CCNAME"] = "FILE:" + ticketCache,
            ["KRB5_CONFIG"] = Path.Combine(TestDirectory.Server.Folder, "krb5.conf"),
        });
}

public sealed class WindowsSqliteServer : SqliteServer
{
    public TestDirectory Directory { get; } = new();

    protected override string HostName => TestKerberos.Host;

    protected override IReadOnlyDictionary<string, string> MoreSettings => WindowsSignIn.Settings(Directory);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Dispose();
    }
}

public sealed class WindowsPostgresServer : PostgresServer
{
    public TestDirectory Directory { get; } = new();

    protected override string HostName => TestKerberos.Host;

    protected override IReadOnlyDictionary<string, string> MoreSettings => WindowsSignIn.Settings(Directory);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Dispose();
    }
}
