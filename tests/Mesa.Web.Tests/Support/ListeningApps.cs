using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// What reached a Mesa on a real socket from a tool that speaks HTTP itself: how many requests, and how many of
/// them were answered with a server error.
/// </summary>
public sealed class RequestTally : IStartupFilter
{
    private int _requests;
    private int _serverErrors;

    public int Requests => _requests;

    public int ServerErrors => _serverErrors;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext http, RequestDelegate rest) =>
        {
            Interlocked.Increment(ref _requests);
            try
            {
                await rest(http);
            }
            catch
            {
                Interlocked.Increment(ref _serverErrors);
                throw;
            }

            if (http.Response.StatusCode >= 500) Interlocked.Increment(ref _serverErrors);
        });
        next(app);
    };
}

/// <summary>Mesa on Kestrel on 127.0.0.1 (a port of its own), for tools that are not .NET clients (sqlmap).</summary>
public static class Listening
{
    public static void OnLoopback(WebApplicationFactory<Program> app) =>
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public static void Count(IWebHostBuilder builder, RequestTally tally) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(tally));

    public static Uri Address(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}

public sealed class ListeningSqliteApp : SqliteApp
{
    public ListeningSqliteApp() => Listening.OnLoopback(this);

    public RequestTally Tally { get; } = new();

    public Uri Address => Listening.Address(Services);

    protected override void StartHost() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Listening.Count(builder, Tally);
    }
}

public sealed class ListeningPostgresApp : PostgresApp
{
    public ListeningPostgresApp() => Listening.OnLoopback(this);

    public RequestTally Tally { get; } = new();

    public Uri Address => Listening.Address(Services);

    protected override void StartHost() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Listening.Count(builder, Tally);
    }
}
