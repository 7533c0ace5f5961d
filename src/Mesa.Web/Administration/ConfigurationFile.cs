using System.Text.Json;
using Mesa.Core.Administration.Configuration;
using Mesa.Core.Common;
using Mesa.Web.Hosting;

namespace Mesa.Web.Administration;

/// <summary>
/// A configuration document as it arrives (an upload, the API's body, <c>Mesa__ConfigurationFile</c>): read with every
/// string cleaned like any other input, an unknown field or a value of the wrong kind refused with where it is.
/// </summary>
public static class ConfigurationFile
{
    /// <summary>A whole configuration is a few hundred kilobytes; this is far beyond any real one.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private static readonly JsonSerializerOptions Reading = new(ConfigurationDocument.Json) { Converters = { new CleanInput.Json() } };

    public static async Task<ConfigurationDocument> ReadAsync(Stream content, CancellationToken ct)
    {
        try
        {
            var document = await JsonSerializer.DeserializeAsync<ConfigurationDocument>(content, Reading, ct)
                ?? throw new InputException("document", Rules.ConfigurationUnreadable, "null");
            return document.EmptyEntry() is { } part
                ? throw new InputException("document", Rules.ConfigurationUnreadable, $"{part}: null")
                : document;
        }
        catch (JsonException error)
        {
            throw new InputException("document", Rules.ConfigurationUnreadable,
                error.Path is { Length: > 0 } path ? $"{path}: {FirstLine(error.Message)}" : FirstLine(error.Message));
        }
        catch (NotSupportedException error)
        {
            throw new InputException("document", Rules.ConfigurationUnreadable, FirstLine(error.Message));
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>
    /// Guía §4 on a new installation: a database with no configuration yet (no service, no group, no calendar) starts
    /// from the document of <c>Mesa__ConfigurationFile</c>. One that cannot be taken stops the start, saying why.
    /// </summary>
    public static async Task ApplyAtStartAsync(IServiceProvider services, string? path, ILogger log, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(path)) return;
        var db = services.GetRequiredService<Mesa.Core.Data.MesaDbContext>();
        if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Services, ct)
            || await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Groups, ct)
            || await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Calendars, ct))
        {
            log.LogInformation("Mesa__ConfigurationFile {Path} not applied: this database already has a configuration", path);
            return;
        }

        ConfigurationDocument document;
        await using (var file = File.OpenRead(path)) document = await ReadAsync(file, ct);
        var result = await services.GetRequiredService<ConfigurationImport>().ImportAsync(document, dryRun: false, ct);
        if (result.Problems.Count > 0)
        {
            var text = services.GetRequiredService<RuleText>();
            throw new InvalidOperationException($"Mesa__ConfigurationFile {path}: " + string.Join("; ",
                result.Problems.Select(p => $"{p.Where}{(p.Field is null ? "" : "." + p.Field)}: {text.Message(p.Rule, p.Arguments)}")));
        }

        log.LogInformation("Configuration taken from {Path}: {Count} records", path, result.Changes.Count);
    }
}
