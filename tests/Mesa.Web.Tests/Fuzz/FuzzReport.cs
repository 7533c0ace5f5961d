using System.Globalization;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// The figures of a fuzz run, one line each, into the file MESA_FUZZ_REPORT names (scripts/fuzz.sh turns them into
/// the table of docs/security.md); nothing when it is not set.
/// </summary>
public static class FuzzReport
{
    public static void Write(string target, string engine, int seed, int requests, int units, int serverErrors, TimeSpan took)
    {
        if (Environment.GetEnvironmentVariable("MESA_FUZZ_REPORT") is not { Length: > 0 } file) return;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{target}\t{engine}\t{seed}\t{requests}\t{units}\t{serverErrors}\t{took.TotalSeconds:0}\n");
        lock (typeof(FuzzReport)) File.AppendAllText(file, line);
    }
}
