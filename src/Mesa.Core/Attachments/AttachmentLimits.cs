using Mesa.Core.Common;

namespace Mesa.Core.Attachments;

/// <summary>
/// What a file may be: at most the configured size, and not a
/// kind of file that runs when opened. The same check for every way in.
/// </summary>
public static class AttachmentLimits
{
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".msi", ".msp", ".dll", ".cpl", ".vbs", ".vbe", ".js", ".jse",
        ".wsf", ".wsh", ".ps1", ".psm1", ".hta", ".jar", ".lnk", ".reg", ".apk",
    };

    public static long MaxBytes(MesaSettings settings) => (long)(settings.AttachmentMaxMegabytes * 1024 * 1024);

    /// <summary>The rule a file breaks, with its arguments, or null when it may be kept.</summary>
    public static (string Rule, object[] Arguments)? Refusal(string fileName, long size, MesaSettings settings)
    {
        if (Refused.Contains(Path.GetExtension(fileName)))
            return (Rules.AttachmentTypeRefused, [Path.GetExtension(fileName).ToLowerInvariant()]);
        if (size > MaxBytes(settings))
            return (Rules.AttachmentTooLarge, [Megabytes(size), Megabytes(MaxBytes(settings))]);
        if (size == 0) return (Rules.AttachmentEmpty, []);
        return null;
    }

    /// <summary>A file name safe to keep and to send back: no folders, no control characters, not too long.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim().Trim('.');
        if (name.Length == 0) name = "adjunto";
        if (name.Length > Attachment.FileNameMaxLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(Attachment.FileNameMaxLength - extension.Length)] + extension;
        }

        return name;
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("es-CO"));
}
