using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Mesa.Tests.Common;
using Mesa.Web.Tests.Support;
using Npgsql;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Each scheduled job keeps its own interval: a mailbox whose server never answers holds the mail-fetch run, and the
/// ANS check (Guía §14.2 "caduca") still runs every second beside it. A real Mesa process, on the real clock.
/// </summary>
public sealed class JobsSideBySideTests : IAsyncLifetime, IDisposable
{
    private readonly string _database = $"mesa_test_{Guid.NewGuid():N}";
    private readonly TcpListener _silentMailbox = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private MesaProcess? _mesa;

    public async Task InitializeAsync()
    {
        _silentMailbox.Start();
        _ = HoldConnectionsAsync();
        await TestPostgres.CreateAsync(_database);
        var port = ((IPEndPoint)_silentMailbox.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        _mesa = await MesaProcess.StartAsync(new Dictionary<string, string>
        {
            ["Mesa__Database__Provider"] = "postgres",
            ["Mesa__Database__ConnectionString"] = TestPostgres.ConnectionString(_database, maxPoolSize: 20),
            ["Mesa__Demo"] = "true",
            ["Mesa__Jobs__SlaCheckSeconds"] = "1",
            ["Mesa__Jobs__MailFetchSeconds"] = "1",
            ["Mesa__Mailboxes__0__Address"] = "soporte@mesa.test",
            ["Mesa__Mailboxes__0__Host"] = "127.0.0.1",
            ["Mesa__Mailboxes__0__Port"] = port,
            ["Mesa__Mailboxes__0__Security"] = "none",
            ["Mesa__Mailboxes__0__User"] = "soporte",
            ["Mesa__Mailboxes__0__Password"] = "clave",
            ["Mesa__Mailboxes__0__Service"] = "Soporte Técnico",
            ["Mesa__Mailboxes__0__Type"] = "incident",
            ["Logging__LogLevel__Default"] = "Warning",
        });
    }

    public async Task DisposeAsync()
    {
        if (_mesa is not null) await _mesa.DisposeAsync();
        await _stop.CancelAsync();
        _silentMailbox.Stop();
        foreach (var client in _held) client.Dispose();
        await TestPostgres.DropAsync(_database);
    }

    public void Dispose()
    {
        _stop.Dispose();
        _silentMailbox.Dispose();
    }

    /// <summary>Accepts every connection and never says a word: an IMAP server that does not answer.</summary>
    private async Task HoldConnectionsAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested) _held.Add(await _silentMailbox.AcceptTcpClientAsync(_stop.Token));
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The test is over.
        }
    }

    [Fact]
    public async Task A_mailbox_that_never_answers_does_not_delay_the_ans_check()
    {
        await using var db = new NpgsqlConnection(TestPostgres.ConnectionString(_database));
        await db.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_held.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.False(_held.IsEmpty, $"mail-fetch never called the mailbox\n{_mesa!.Output}");

        var watched = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(8));
        var checks = await StartsAsync(db, "sla-check", watched);
        var fetches = await StartsAsync(db, "mail-fetch", watched.AddSeconds(-30));

        Assert.True(checks.Count >= 5, $"{checks.Count} ANS checks in 8 s while the mailbox held mail-fetch");
        var gaps = checks.Zip(checks.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.True(gaps.Max() < 3, $"the ANS check waited {gaps.Max():0.0} s between runs");
        Assert.Single(fetches);
    }

    private static async Task<List<DateTime>> StartsAsync(NpgsqlConnection db, string job, DateTime since)
    {
        await using var command = new NpgsqlCommand("""
            SELECT "StartedAt" FROM job_runs WHERE "Job" = @job AND "Scheduled" AND "StartedAt" >= @since ORDER BY "StartedAt"
            """, db);
        command.Parameters.AddWithValue("job", job);
        command.Parameters.AddWithValue("since", since);
        await using var reader = await command.ExecuteReaderAsync();
        var starts = new List<DateTime>();
        while (await reader.ReadAsync()) starts.Add(reader.GetDateTime(0));
        return starts;
    }
}
