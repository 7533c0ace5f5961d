using System.Diagnostics;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// The MIT Kerberos KDC that ./test.sh starts on 127.0.0.1 (realm MESA.TEST, scripts/start-directory.sh): the service
/// keytab of HTTP/localhost for Mesa, and tickets for its people (ana, beto) got with <c>kinit</c> from their keytabs,
/// each into a credential cache of its own, as a person signed in to Windows has one.
/// </summary>
public static class TestKerberos
{
    public const string Realm = "MESA.TEST";

    /// <summary>The host name browsers and curl must use: the service principal is HTTP/localhost.</summary>
    public const string Host = "localhost";

    public static string ServiceKeytab => Path.Combine(TestDirectory.Server.Folder, "http.keytab");

    /// <summary>A credential cache holding a ticket-granting ticket for the person (kinit with their keytab).</summary>
    public static async Task<string> TicketCacheAsync(string person)
    {
        var cache = Path.Combine(Path.GetTempPath(), $"mesa-krb5cc-{Guid.NewGuid():N}");
        var (code, output) = await RunAsync("kinit", ["-k", "-t", Path.Combine(TestDirectory.Server.Folder, $"{person}.keytab"),
            "-c", "FILE:" + cache, $"{person}@{Realm}"], null);
        if (code != 0) throw new InvalidOperationException($"kinit {person} failed: {output}");
        return cache;
    }

    /// <summary>Runs a command with the test realm's configuration and, when given, a credential cache.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string command, IEnumerable<string> arguments, string? cache)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["KRB5_CONFIG"] = Path.Combine(TestDirectory.Server.Folder, "krb5.conf");
        if (cache is not null) start.Environment["KRB5CCNAME"] = "FILE:" + cache;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
