using Mesa.Core.Common;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Hosting;

/// <summary>
/// The first address Mesa listens on, known once it has started: the links in e-mails use it when
/// <c>Mesa__PublicUrl</c> says nothing. Kept apart from the settings, which are read again whenever they change.
/// </summary>
public sealed class ListenAddress(IOptionsMonitorCache<MesaSettings> cache) : IPostConfigureOptions<MesaSettings>
{
    private string? _first;

    public void Use(string? first)
    {
        _first = first;
        cache.TryRemove(Options.DefaultName);
    }

    public void PostConfigure(string? name, MesaSettings options) => options.PublicUrl ??= _first;
}
