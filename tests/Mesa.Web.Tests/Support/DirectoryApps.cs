namespace Mesa.Web.Tests.Support;

/// <summary>Mesa connected to a branch of its own in the test OpenLDAP (<see cref="TestDirectory"/>), on SQLite.</summary>
public sealed class DirectorySqliteApp : SqliteApp
{
    public TestDirectory Directory { get; } = new();

    protected override bool WithSmtp => true;

    protected override IReadOnlyDictionary<string, string> Settings => Directory.Settings();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Dispose();
    }
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class DirectoryPostgresApp : PostgresApp
{
    public TestDirectory Directory { get; } = new();

    protected override bool WithSmtp => true;

    protected override IReadOnlyDictionary<string, string> Settings => Directory.Settings();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Dispose();
    }
}

/// <summary>Mesa whose directory does not answer (nothing listens on its port), on SQLite.</summary>
public sealed class UnreachableDirectorySqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => UnreachableDirectory.Settings;
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class UnreachableDirectoryPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => UnreachableDirectory.Settings;
}

internal static class UnreachableDirectory
{
    /// <summary>A loopback port nothing listens on: the connection is refused at once.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Mesa:Ldap:Host"] = "127.0.0.1",
        ["Mesa:Ldap:Port"] = "1",
        ["Mesa:Ldap:Security"] = "none",
        ["Mesa:Ldap:BaseDn"] = TestDirectory.Suffix,
        ["Mesa:Ldap:UserAttribute"] = "uid",
        ["Mesa:Ldap:TimeoutSeconds"] = "2",
    };
}

/// <summary>
/// Mesa on Kestrel on 127.0.0.1 with the test directory and the service keytab of HTTP/localhost: Windows sign-in for
/// clients that speak Kerberos themselves (curl), on SQLite.
/// </summary>
public sealed class WindowsSqliteApp : SqliteApp
{
    public WindowsSqliteApp() => Listening.OnLoopback(this);

    public TestDirectory Directory { get; } = new();

    /// <summary>The address by the name the service principal has (HTTP/localhost).</summary>
    public Uri Address => new($"http://{TestKerberos.Host}:{Listening.Address(Services).Port}");

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string>(Directory.Settings()) { ["Mesa:Negotiate:Keytab"] = TestKerberos.ServiceKeytab };

    protected override void StartHost() => StartServer();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Dispose();
    }
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class WindowsPostgresApp : PostgresApp
{
    public WindowsPostgresApp() => Listening.OnLoopback(this);

    public TestDirectory Directory { get; } = new();

    public Uri Address => new($"http://{TestKerberos.Host}:{Listening.Address(Services).Port}");

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string>(Directory.Settings()) { ["Mesa:Negotiate:Keytab"] = TestKerberos.ServiceKeytab };

    protected override void StartHost() => StartServer();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Dispose();
    }
}
