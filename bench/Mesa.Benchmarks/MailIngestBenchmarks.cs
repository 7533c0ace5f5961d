using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Infrastructure.Attachments;
using Mesa.Infrastructure.Database;
using Mesa.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using Npgsql;

namespace Mesa.Benchmarks;

/// <summary>
/// Mail intake of at least 100 messages a second. Each iteration queues 1,000 messages in the IMAP mailbox
/// (Dovecot, by APPEND) — new incidents from known people, replies that quote a ticket's code, auto-replies, and
/// messages with a small attachment — and runs the whole <c>mail-fetch</c> job: IMAP read, MIME parsing, threading,
/// the ticket or reply with its history and outbox rows, the move to the processed folder — as many runs as it takes
/// (a run reads at most 500, so that one run stays short). Needs
/// <c>MESA_BENCH_POSTGRES</c> and <c>MESA_BENCH_IMAP</c> (host:port of a Dovecot that takes any user with the password
/// <c>mesa-imap</c>, as <c>scripts/start-dovecot.sh</c> starts it).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class MailIngestBenchmarks
{
    public const int Messages = 1_000;
    private const string Database = "mesa_bench_mail";
    private ServiceProvider _services = null!;
    private MailboxSettings _mailbox = null!;
    private string _replyCode = "";
    private string _replyFrom = "";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void Deliver() => DeliverAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "mail-fetch of 1,000 queued messages")]
    public int Fetch() => FetchAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    private async Task<int> FetchAsync()
    {
        var taken = 0;
        while (taken < Messages)
        {
            // One scope a run, as the scheduler gives each run.
            await using var scope = _services.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<MailFetch>().RunAsync(CancellationToken.None);
            if (run == 0) break;
            taken += run;
        }

        return taken == Messages ? taken : throw new InvalidOperationException($"Took {taken} of {Messages}.");
    }

    private async Task SetupAsync()
    {
        var imap = (Environment.GetEnvironmentVariable("MESA_BENCH_IMAP")
            ?? throw new InvalidOperationException("Set MESA_BENCH_IMAP to host:port of the test Dovecot.")).Split(':');
        _mailbox = new MailboxSettings
        {
            Address = "soporte@mesa.test",
            Host = imap[0],
            Port = int.Parse(imap[1], System.Globalization.CultureInfo.InvariantCulture),
            User = $"bench-{Guid.NewGuid():N}",
            Password = "mesa-imap",
            Service = "Soporte Técnico",
            Type = "incident",
        };
        _services = await BenchDatabase.CreateAsync(Database, services =>
        {
            services.Configure<MesaSettings>(s => s.Mailboxes.Add(_mailbox));
            services.AddMesaMail();
            services.AddSingleton<IAttachmentStore>(new FileAttachmentStore(Path.Combine(Path.GetTempPath(), Database), TimeProvider.System));
            services.AddSingleton<IConfirmationLinks, NoConfirmationLinks>();
            services.AddSingleton<IApprovalLinks, NoApprovalLinks>();
        });
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        var replied = await db.Tickets.Where(t => t.State == TicketState.Assigned)
            .Select(t => new { t.Code, t.Requester!.Email }).FirstAsync();
        (_replyCode, _replyFrom) = (replied.Code, replied.Email!);
    }

    private async Task DeliverAsync()
    {
        using var client = new ImapClient();
        await client.ConnectAsync(_mailbox.Host, _mailbox.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(_mailbox.User, _mailbox.Password);
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < Messages; i++) await client.Inbox.AppendAsync(Message(run, i));
        await client.DisconnectAsync(true);
    }

    /// <summary>Six in ten new incidents, two replies with the code, one auto-reply, one with a screenshot.</summary>
    private MimeMessage Message(string run, int i)
    {
        var message = new MimeMessage { MessageId = $"{run}.{i}@bench.mesa.test" };
        message.To.Add(new MailboxAddress("Soporte", "soporte@mesa.test"));
        var body = new BodyBuilder();
        switch (i % 10)
        {
            case 6 or 7:
                message.From.Add(new MailboxAddress("", _replyFrom));
                message.Subject = $"RE: [{_replyCode}] Pregunta sobre su solicitud";
                body.TextBody = $"Sigue igual ({run}-{i}).\n\nEl jue, 26 nov 2026 a las 11:00, Mesa escribió:\n> ¿Reinició el equipo?";
                break;
            case 8:
                message.From.Add(new MailboxAddress("Usuario Dos", "usuario2@mesa.test"));
                message.Subject = "Respuesta automática: fuera de la oficina";
                message.Headers.Add("Auto-Submitted", "auto-replied");
                body.TextBody = "Estoy de vacaciones.";
                break;
            default:
                message.From.Add(new MailboxAddress("Usuario Dos", "usuario2@mesa.test"));
                message.Subject = $"La impresora del piso {i % 7} no imprime ({run}-{i})";
                body.TextBody = "Buenos días,\n\nLa impresora deja los documentos en cola y no imprime nada desde esta mañana.\n\nGracias.";
                if (i % 10 == 9) body.Attachments.Add("captura.png", new byte[20_000]);
                break;
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The benchmark sends no resolution mail, so it needs no signed links.</summary>
    private sealed class NoConfirmationLinks : IConfirmationLinks
    {
        public string Token(ConfirmationGrant grant) => "";

        public ConfirmationGrant? Read(string? token) => null;
    }

    /// <summary>Nor the committee's mail.</summary>
    private sealed class NoApprovalLinks : IApprovalLinks
    {
        public string Token(ApprovalGrant grant) => "";

        public ApprovalGrant? Read(string? token) => null;
    }
}
