namespace Mesa.Tests.Common;

/// <summary>Where the solution's files are, seen from a test's binaries.</summary>
public static class TestPaths
{
    public static string SolutionDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mesa.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Mesa.slnx not found above the test binaries.");
    }
}
