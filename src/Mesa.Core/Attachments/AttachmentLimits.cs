using Mesa.Core.Common;

namespace Mesa.Core.Attachments;

/// <summary>
/// What a file may be: one of the kinds an office sends (documents, images, text, spreadsheets, presentations, mail and
/// archives: <see cref="DefaultTypes"/>, or <c>Mesa__AttachmentTypes</c>), at most the configured size, not empty. An
/// allow-list rather than a list of dangers: a kind nobody thought of is refused, not let in. The same check for every
/// way in, before a byte is stored.
/// </summary>
public static class AttachmentLimits
{
    /// <summary>The extensions kept when <c>Mesa__AttachmentTypes</c> does not say otherwise.</summary>
    public const string DefaultTypes =
        ".pdf,.txt,.csv,.log,.rtf,.odt,.ods,.odp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.bmp,.webp," +
        ".tif,.tiff,.heic,.eml,.msg,.zip,.7z,.rar,.gz,.tar,.xml,.json,.mp3,.mp4,.wav,.m4a";

    public static long MaxBytes(MesaSettings settings) => (long)(settings.AttachmentMaxMegabytes * 1024 * 1024);

    /// <summary>The extensions kept, lower case with their dot.</summary>
    public static IReadOnlySet<string> Allowed(MesaSettings settings) =>
        (string.IsNullOrWhiteSpace(settings.AttachmentTypes) ? DefaultTypes : settings.AttachmentTypes)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(t => (t.StartsWith('.') ? t : "." + t).ToLowerInvariant())
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rule a file breaks, with its arguments, or null when it may be kept.</summary>
    public static (string Rule, object[] Arguments)? Refusal(string fileName, long size, MesaSettings settings)
    {
        var allowed = Allowed(settings);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var kinds = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        if (extension.Length == 0) return (Rules.AttachmentWithoutType, [kinds]);
        if (!allowed.Contains(extension)) return (Rules.AttachmentTypeRefused, [extension, kinds]);

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
