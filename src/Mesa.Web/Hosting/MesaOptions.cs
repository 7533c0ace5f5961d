using Mesa.Infrastructure.Database;

namespace Mesa.Web.Hosting;

/// <summary>The "Mesa" configuration section: environment variables <c>Mesa__…</c> or arguments <c>--Mesa:…</c>.</summary>
public sealed class MesaOptions
{
    public string DataDir { get; set; } = "data";

    public bool Demo { get; set; }

    /// <summary>The proxies whose <c>X-Forwarded-*</c> headers are believed (see <see cref="ForwardedClients"/>).</summary>
    public string? TrustedProxies { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>A configuration document a new installation starts from (see <c>ConfigurationFile</c>).</summary>
    public string? ConfigurationFile { get; set; }
}
