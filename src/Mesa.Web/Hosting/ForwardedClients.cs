using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Mesa.Web.Hosting;

/// <summary>
/// Behind a TLS proxy (nginx, a balancer) the client's address and the https of its connection arrive as
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. They are believed only from the proxies named in
/// <c>Mesa__TrustedProxies</c> (addresses or networks, comma-separated; by default the loopback ones, a proxy on the
/// same machine): anyone else could claim any address, and so escape the limits kept per address. A request believed
/// to be https gets Secure cookies and HSTS.
/// </summary>
public static class ForwardedClients
{
    public static IServiceCollection AddMesaForwardedClients(this IServiceCollection services, string? trustedProxies)
    {
        var (proxies, networks) = Parse(trustedProxies);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only trusted hops are walked, so a chain of them (a balancer before nginx) is read whole.
            o.ForwardLimit = null;
            if (proxies.Count + networks.Count == 0) return;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(180));
        return services;
    }

    /// <summary>The addresses and networks of <c>Mesa__TrustedProxies</c>; a value that is neither stops the start.</summary>
    public static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) Parse(string? trustedProxies)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (trustedProxies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address))
                proxies.Add(address);
            else
                throw new InvalidOperationException(
                    $"Mesa__TrustedProxies: «{entry}» is neither an address (10.0.0.5) nor a network (10.0.0.0/24).");
        }

        return (proxies, networks);
    }

    /// <summary>First of all: every later part (limits, cookies, links) sees the client as the proxy saw it.</summary>
    public static IApplicationBuilder UseMesaForwardedClients(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        return app;
    }
}
