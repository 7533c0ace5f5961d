using System.Diagnostics;
using Mesa.Tests.Common;

namespace Mesa.Web.Tests.Support;

/// <summary>A PDF's first page as a picture, to look at and to keep beside the test run.</summary>
public static class PdfPictures
{
    /// <summary>Renders the first page with poppler's pdftoppm (installed by test.sh) and keeps the image as an artifact.</summary>
    public static byte[] FirstPage(byte[] pdf, string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("MESA_ARTIFACTS") ?? Path.Combine(TestPaths.SolutionDir(), "artifacts"), "reports");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(source, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", source, Path.Combine(folder, name)])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("pdftoppm did not start (Debian package poppler-utils).");
        process.WaitForExit(30_000);
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return File.ReadAllBytes(Path.Combine(folder, name + ".png"));
    }
}
