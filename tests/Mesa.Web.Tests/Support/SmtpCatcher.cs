using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package, in-process) that keeps what it receives, so that tests
/// read back what Mesa sent. It can be stopped and started again on the same port to play an outage.
/// </summary>
public sealed class SmtpCatcher : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public SmtpCatcher()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    /// <summary>The first message received that matches, waiting up to ten seconds for one sent in the background.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match)
    {
        for (var i = 0; i < 400; i++)
        {
            if (_messages.FirstOrDefault(match) is { } message) return message;
            await Task.Delay(25);
        }

        throw new TimeoutException("No matching message reached the SMTP server in ten seconds.");
    }

    /// <summary>Addresses the server refuses for good, as a mail server refuses a mailbox that does not exist (550).</summary>
    public ConcurrentDictionary<string, bool> RefusedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("mesa-tests")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages));
        services.Add(new Recipients(RefusedRecipients));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
        for (var i = 0; i < 100 && !await AcceptsAsync(); i++) await Task.Delay(20);
    }

    public async Task StopAsync()
    {
        if (_server is null) return;
        _server.Shutdown();
        await _server.ShutdownTask;
        if (_running is not null) await _running;
        _server = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed class Recipients(ConcurrentDictionary<string, bool> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, SmtpServer.Mail.IMailbox from, int size,
            CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, SmtpServer.Mail.IMailbox to, SmtpServer.Mail.IMailbox from,
            CancellationToken cancellationToken) => Task.FromResult(!refused.ContainsKey($"{to.User}@{to.Host}"));
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
