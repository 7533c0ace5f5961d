using System.Text;
using Mesa.Core.Mail.Inbound;
using Mesa.Infrastructure.Mail;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>
/// The mailboxes face the internet: messages made from the real-world corpus (Mail/Messages) and then mutated — bytes
/// flipped, lines cut, headers repeated or swollen, charsets and encodings lied about, parts nested deep — are read
/// and taken as the IMAP reader hands them over. Whatever a message is, the parser never fails outside its own
/// refusal, and the intake either takes it whole or refuses it with a reason: never an unexpected failure, never half
/// of a change. The seed is printed; replay with MESA_FUZZ_SEED. The suite takes 150 messages per engine;
/// <c>scripts/fuzz.sh</c> (MESA_FUZZ_LONG=1) takes 3,000 and writes its figures into docs/security.md.
/// </summary>
public abstract class MailFuzzTests(MesaApp app)
{
    private static readonly int Messages = Environment.GetEnvironmentVariable("MESA_FUZZ_LONG") == "1" ? 3000 : 150;

    [Fact]
    public async Task Mutated_messages_are_taken_whole_or_refused_with_a_reason()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var seed = Mutations.SeedFromEnvironment();
        var random = new Random(seed);
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Mail", "Messages"), "*.eml")
            .Select(File.ReadAllBytes).ToList();
        var mailbox = new MailboxSettings { Address = "soporte@mesa.test", Host = "127.0.0.1", Service = "Soporte Técnico" };
        var failures = new List<string>();
        var ticketsBefore = await CountTicketsAsync();
        var created = 0;

        for (var n = 0; n < Messages; n++)
        {
            var bytes = Mutate(corpus[random.Next(corpus.Count)], random, n);
            InboundMail mail;
            try
            {
                using var stream = new MemoryStream(bytes);
                mail = InboundMailParser.Parse(await MimeMessage.LoadAsync(stream), 1024 * 1024);
            }
            catch (Exception error) when (error is FormatException or ParseException)
            {
                continue; // the reader refuses it as unreadable and moves it to the error folder
            }

            using var scope = app.Services.CreateScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<MailIntake>().TakeAsync(mailbox, mail, default)
                    == ReceivedMailOutcome.TicketCreated)
                    created++;
            }
            catch (MailRefusedException)
            {
                // Refused with a reason: recorded and moved by the fetch.
            }
            catch (Exception error)
            {
                failures.Add($"#{n} ({mail.Subject}): {error.GetType().Name}: {error.Message}");
            }
        }

        FuzzReport.Write("mail", app.Provider, seed, Messages, corpus.Count, failures.Count, started.Elapsed);
        Assert.True(failures.Count == 0, $"seed {seed}:\n{string.Join('\n', failures)}");
        // Every ticket made is one the intake answered for: a refused message left none behind.
        Assert.Equal(ticketsBefore + created, await CountTicketsAsync());
    }

    private async Task<int> CountTicketsAsync()
    {
        using var scope = app.Services.CreateScope();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            scope.ServiceProvider.GetRequiredService<Mesa.Core.Data.MesaDbContext>().Tickets);
    }

    private static byte[] Mutate(byte[] original, Random random, int n)
    {
        var text = Encoding.Latin1.GetString(original).Replace("{{TOKEN}}", $"fuzz{n}x{random.Next()}", StringComparison.Ordinal)
            .Replace("{{CODE}}", "REQ 2026-000001", StringComparison.Ordinal).Replace("{{IN_REPLY_TO}}", "", StringComparison.Ordinal)
            .Replace("{{N}}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(text).ToList();
        switch (random.Next(8))
        {
            case 0: // bytes flipped anywhere, headers included
                for (var i = 0; i < 1 + random.Next(40); i++) bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 1: // cut short
                bytes = bytes.Take(random.Next(bytes.Count)).ToList();
                break;
            case 2: // a header repeated and swollen
                bytes.InsertRange(0, Encoding.ASCII.GetBytes($"Subject: {new string('A', 5000 + random.Next(70_000))}\r\n"));
                break;
            case 3: // a charset and an encoding that lie
                bytes = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes.ToArray())
                    .Replace("charset=UTF-8", "charset=x-no-existe", StringComparison.OrdinalIgnoreCase)
                    .Replace("charset=utf-8", "charset=utf-7", StringComparison.OrdinalIgnoreCase)
                    .Replace("base64", "quoted-printable", StringComparison.OrdinalIgnoreCase)).ToList();
                break;
            case 4: // control characters and NUL in the headers and the body
                for (var i = 0; i < 20; i++) bytes.Insert(random.Next(bytes.Count), (byte)random.Next(0, 32));
                break;
            case 5: // parts nested deep
                var nested = new StringBuilder("MIME-Version: 1.0\r\nFrom: usuario1@mesa.test\r\nSubject: anidado\r\n");
                for (var i = 0; i < 200; i++) nested.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
                bytes = Encoding.ASCII.GetBytes(nested.ToString()).ToList();
                break;
            case 6: // addresses that are not addresses
                bytes.InsertRange(0, Encoding.ASCII.GetBytes($"From: \"{new string('x', 300)}\" <{new string('y', 500)}@>\r\nCc: ,,,<>,@,\r\n"));
                break;
            default: // as it came
                break;
        }

        return bytes.ToArray();
    }
}

public sealed class MailFuzzOnSqlite(MailInSqliteApp app) : MailFuzzTests(app), IClassFixture<MailInSqliteApp>;

public sealed class MailFuzzOnPostgres(MailInPostgresApp app) : MailFuzzTests(app), IClassFixture<MailInPostgresApp>;
