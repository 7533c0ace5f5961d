using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// An integration's endpoint on loopback: it keeps every request Mesa posts to it, and while <see cref="Answer"/> says
/// so it refuses them with a 503 or drops the connection without answering.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public enum Mode
    {
        Accept,
        ServiceUnavailable,
        NoAnswer,
    }

    public sealed record Received(string Event, string Delivery, string Signature, string Body, bool Accepted);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public Mode Answer { get; set; } = Mode.Accept;

    public string Url { get; private set; } = "";

    /// <summary>Every request, in the order it came, refused ones included.</summary>
    public IReadOnlyList<Received> Requests => _received.ToList();

    /// <summary>The requests it took (answered 2xx).</summary>
    public IReadOnlyList<Received> Accepted => _received.Where(r => r.Accepted).ToList();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/mesa", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var mode = receiver.Answer;
            receiver._received.Enqueue(new Received(http.Request.Headers["X-Mesa-Event"].ToString(),
                http.Request.Headers["X-Mesa-Delivery"].ToString(), http.Request.Headers["X-Mesa-Signature"].ToString(), body,
                mode == Mode.Accept));
            switch (mode)
            {
                case Mode.NoAnswer:
                    http.Abort();
                    return Results.Empty;
                case Mode.ServiceUnavailable:
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                default:
                    return Results.NoContent();
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hooks/mesa";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
