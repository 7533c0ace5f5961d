using System.Net;
using Mesa.Core.Common;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Hosting;

/// <summary>
/// Settings that would expose people: a mail connection whose security Mesa does not know stops the start (a typo must
/// never mean plain text); a mail connection without TLS to another machine is said loudly; and Mesa listening beyond
/// this machine without <c>Mesa__PublicUrl</c> stops, since the links in its e-mails would point wherever a request
/// said it came from.
/// </summary>
public static class StartupChecks
{
    public static IReadOnlyList<string> SecurityValues => Core.Settings.SettingDefinition.SecurityValues;

    /// <summary>The settings whose security value is not one Mesa knows, as "setting=value".</summary>
    public static IReadOnlyList<string> UnknownSecurity(MesaSettings settings) =>
        Connections(settings)
            .Where(c => !SecurityValues.Contains(c.Security.Trim().ToLowerInvariant()))
            .Select(c => $"{c.Setting}={c.Security}")
            .ToList();

    /// <summary>The mail connections to another machine without TLS, as "setting (host)".</summary>
    public static IReadOnlyList<string> PlainText(MesaSettings settings) =>
        Connections(settings)
            .Where(c => c.Security.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) && !IsLoopback(c.Host))
            .Select(c => $"{c.Setting} ({c.Host})")
            .ToList();

    /// <summary>The first address Mesa listens on beyond this machine when no public address was given, if any.</summary>
    public static string? ListensBeyondWithoutPublicUrl(IEnumerable<string> urls, string? publicUrl) =>
        !string.IsNullOrWhiteSpace(publicUrl)
            ? null
            : urls.FirstOrDefault(url => !Uri.TryCreate(url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal)
                .Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || !IsLoopback(uri.Host));

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>Before anything starts: refuses unknown security values and warns about plain text.</summary>
    public static void CheckMailSecurity(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<MesaSettings>>().Value;
        var text = app.Services.GetRequiredService<IStringLocalizer<Messages>>();
        if (UnknownSecurity(settings) is [var first, ..])
            throw new InvalidOperationException(text["Startup.UnknownSecurity", first, string.Join(", ", SecurityValues)]);
        foreach (var connection in PlainText(settings))
            app.Logger.LogWarning("{Warning}", text["Startup.PlainTextMail", connection].Value);
    }

    /// <summary>Once the addresses are known: stops a Mesa that listens beyond this machine without its public address.</summary>
    public static bool RefusedForPublicUrl(this WebApplication app, MesaSettings settings, IStringLocalizer<Messages> text)
    {
        if (ListensBeyondWithoutPublicUrl(app.Urls, settings.PublicUrl) is not { } url) return false;
        Console.Error.WriteLine(text["Startup.PublicUrlRequired", url]);
        Environment.ExitCode = 1;
        app.Lifetime.StopApplication();
        return true;
    }

    private static IEnumerable<(string Setting, string Host, string Security)> Connections(MesaSettings settings)
    {
        var smtp = settings.Smtp;
        if (!string.IsNullOrWhiteSpace(smtp.Host)) yield return ("Mesa__Smtp__Security", smtp.Host, smtp.Security ?? "");
        for (var i = 0; i < settings.Mailboxes.Count; i++)
        {
            var mailbox = settings.Mailboxes[i];
            if (mailbox.IsConfigured) yield return ($"Mesa__Mailboxes__{i}__Security", mailbox.Host, mailbox.Security ?? "");
        }
    }
}
