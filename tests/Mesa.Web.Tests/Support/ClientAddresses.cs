using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// The network the in-memory test server lacks: every request comes from 127.0.0.1, as over loopback, unless a test
/// names another client with <see cref="Header"/> (a person at another computer).
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            http.Connection.RemoteIpAddress = http.Request.Headers.TryGetValue(Header, out var named)
                ? IPAddress.Parse(named.ToString())
                : IPAddress.Loopback;
            return following(http);
        });
        next(app);
    };
}
