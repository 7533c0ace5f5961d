using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Core.Mail.Inbound;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Mesa.Web.Tests.Mail.MailMessages;

namespace Mesa.Web.Tests.Mail;

/// <summary>
/// The mailboxes face the internet: no message, however it was made, stops mail intake. A message Mesa cannot take is
/// tried again a bounded number of times, then moved to the mailbox's error folder with its reason recorded for the
/// administrators, and every run goes on with the next message.
/// </summary>
public abstract class MailIntakeNeverStopsTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private ImapMailbox Soporte => app.Soporte!;

    [Fact]
    public async Task A_message_the_database_refuses_is_tried_three_times_then_moved_to_the_error_folder_and_the_rest_flow()
    {
        var token = NewToken();
        var errorsBefore = await Soporte.CountAsync("Errores");
        await using (await RefuseTicketsTitledAsync(token))
        {
            await Soporte.AppendAsync(Load("01-plain-utf8", token));
            for (var run = 1; run <= RefusedMail.MaxTries; run++)
            {
                var behind = NewToken();
                await Soporte.AppendAsync(Load("05-body-base64-utf8", behind));

                await _desk.RunJobAsync("mail-fetch");

                Assert.NotNull(await FindAsync(behind));
                var refused = await RefusedAsync(token);
                Assert.Equal(("failed", run), (refused.Str("reason"), int.Parse(refused.Str("tries"), System.Globalization.CultureInfo.InvariantCulture)));
                Assert.Equal(run == RefusedMail.MaxTries, refused["movedAt"] is not null);
                Assert.Contains("refused by the test", refused.Str("detail"), StringComparison.Ordinal);
            }
        }

        Assert.Equal((0, errorsBefore + 1), (await Soporte.CountAsync(), await Soporte.CountAsync("Errores")));
        Assert.Null(await FindAsync(token));

        // The administrators see it, in their words.
        using var browser = app.Browser();
        await browser.SignInAsync("admin");
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/mail"));
        Assert.Contains($"No enciende el equipo de la recepción {token}", page, StringComparison.Ordinal);
        Assert.Contains("Error al registrarlo", page, StringComparison.Ordinal);
        Assert.Contains("En la carpeta de errores desde", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_failed_once_and_is_taken_on_the_next_run_leaves_no_problem_behind()
    {
        var token = NewToken();
        await using (await RefuseTicketsTitledAsync(token))
        {
            await Soporte.AppendAsync(Load("01-plain-utf8", token));
            await _desk.RunJobAsync("mail-fetch");
            Assert.Equal(1, int.Parse((await RefusedAsync(token)).Str("tries"), System.Globalization.CultureInfo.InvariantCulture));
        }

        await _desk.RunJobAsync("mail-fetch");

        Assert.NotNull(await FindAsync(token));
        Assert.Null(await RefusedOrNullAsync(token));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_goes_to_the_error_folder_at_once_without_stopping_the_next()
    {
        var (token, behind) = (NewToken(), NewToken());
        await Soporte.AppendAsync(WithFile(token, "grabación de la reunión.mp4", 3_500_000));
        await Soporte.AppendAsync(Load("01-plain-utf8", behind));

        await _desk.RunJobAsync("mail-fetch");

        var refused = await RefusedAsync(token);
        Assert.Equal(("too-large", "1"), (refused.Str("reason"), refused.Str("tries")));
        Assert.True(long.Parse(refused.Str("size"), System.Globalization.CultureInfo.InvariantCulture) > 3 * 1024 * 1024);
        Assert.NotNull(refused["movedAt"]);
        Assert.Null(await FindAsync(token));
        Assert.NotNull(await FindAsync(behind));
    }

    [Fact]
    public async Task A_sender_address_no_account_can_be_opened_for_goes_to_the_error_folder_at_once()
    {
        var token = NewToken();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Robot", new string('r', 280) + "@externo.test"));
        message.To.Add(new MailboxAddress("Soporte", "soporte@mesa.test"));
        message.Subject = $"Oferta imperdible {token}";
        message.MessageId = $"{token}@externo.test";
        message.Body = new TextPart("plain") { Text = "Compre ya." };
        await Soporte.AppendAsync(message);

        await _desk.RunJobAsync("mail-fetch");

        var refused = await RefusedAsync(token);
        Assert.Equal(("sender-invalid", "1"), (refused.Str("reason"), refused.Str("tries")));
        Assert.NotNull(refused["movedAt"]);
        Assert.Equal(0, await Soporte.CountAsync());
        Assert.Contains(new string('r', 280), refused.Str("from"), StringComparison.Ordinal);
        Assert.Null(await FindAsync(token));
    }

    [Fact] // Guía §15.1: a reply by mail is limited like a registration: cut, never refused
    public async Task A_reply_longer_than_an_action_is_cut_and_taken()
    {
        var ticket = await _desk.AssignedAsync();
        var token = NewToken();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Usuario Uno", "usuario1@mesa.test"));
        message.To.Add(new MailboxAddress("Soporte", "soporte@mesa.test"));
        message.Subject = $"RE: [{ticket.Str("code")}] Asignación";
        message.MessageId = $"{token}.long@entidad.gov.co";
        var text = new StringBuilder(token + " ");
        while (text.Length < 30_000) text.Append("El registro del equipo dice lo mismo cada vez que se reinicia. ");
        message.Body = new TextPart("plain") { Text = text.ToString() };
        await Soporte.AppendAsync(message);

        await _desk.RunJobAsync("mail-fetch");

        var agent = await app.As("agente1");
        var reply = (await (await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/actions")).ReadArrayAsync()).Last()!;
        Assert.Equal("user-reply", reply.Str("kind"));
        Assert.StartsWith(token, reply.Str("text"), StringComparison.Ordinal);
        Assert.Equal(Mesa.Core.Tickets.Ticket.TextMaxLength, reply.Str("text").Length);
        Assert.EndsWith("…", reply.Str("text"), StringComparison.Ordinal);
        Assert.Null(await RefusedOrNullAsync(token));
    }

    /// <summary>
    /// The database itself refuses to register a ticket whose title holds <paramref name="token"/>, as it refuses
    /// what it cannot hold: a trigger on the tickets table, dropped when disposed.
    /// </summary>
    private async Task<IAsyncDisposable> RefuseTicketsTitledAsync(string token)
    {
        var name = "refuse_" + token;
        var (create, drop) = app.Provider == "postgres"
            ? ($"""
               CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN IF NEW."Title" LIKE '%{token}%' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
               CREATE TRIGGER {name} BEFORE INSERT ON tickets FOR EACH ROW EXECUTE FUNCTION {name}();
               """, $"DROP TRIGGER {name} ON tickets; DROP FUNCTION {name}();")
            : ($"""
               CREATE TRIGGER {name} BEFORE INSERT ON tickets WHEN NEW."Title" LIKE '%{token}%'
               BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
               """, $"DROP TRIGGER {name};");
        await ExecuteAsync(create);
        return new Undo(() => ExecuteAsync(drop));
    }

    private async Task ExecuteAsync(string sql)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MesaDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }

    private async Task<JsonNode> RefusedAsync(string token) =>
        await RefusedOrNullAsync(token) ?? throw new Xunit.Sdk.XunitException($"No refused message holds «{token}».");

    private async Task<JsonNode?> RefusedOrNullAsync(string token)
    {
        var admin = await app.As("admin");
        var refused = await (await admin.GetAsync("/api/v1/admin/mail/refused")).ReadObjectAsync(HttpStatusCode.OK);
        return refused["items"]!.AsArray().SingleOrDefault(r => r.Str("subject").Contains(token, StringComparison.Ordinal));
    }

    private async Task<JsonNode?> FindAsync(string word)
    {
        var agent = await app.As("agente1");
        var page = await (await agent.GetAsync($"/api/v1/tickets?view=all-open&q={Uri.EscapeDataString(word)}"))
            .ReadObjectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().SingleOrDefault();
    }
}

public sealed class MailIntakeNeverStopsOnSqlite(MailInSqliteApp app) : MailIntakeNeverStopsTests(app), IClassFixture<MailInSqliteApp>;

public sealed class MailIntakeNeverStopsOnPostgres(MailInPostgresApp app) : MailIntakeNeverStopsTests(app), IClassFixture<MailInPostgresApp>;
