using System.Net;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Mail;

/// <summary>
/// One e-mail that can never be sent as it stands does not hold up the others: it is set aside with its reason for the
/// administrators, who send it again once the cause is fixed. A server that is down is still waited for (MailSendTests).
/// </summary>
public abstract class OutboxNeverStopsTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private SmtpCatcher Smtp => app.Smtp!;

    [Fact]
    public async Task A_message_the_server_refuses_for_good_is_set_aside_the_rest_goes_out_and_an_admin_sends_it_again()
    {
        await _desk.RunJobAsync("mail-send"); // whatever the demo set owes
        Smtp.RefusedRecipients["usuario2@mesa.test"] = true;
        var refused = (await _desk.RegisterAsync("usuario2", "Sin acceso a la carpeta compartida")).Str("code");
        var behind = (await _desk.RegisterAsync("usuario1", "El monitor parpadea")).Str("code");

        await _desk.RunJobAsync("mail-send");

        Assert.Contains(Smtp.Messages, m => (m.Subject ?? "").Contains(behind, StringComparison.Ordinal));
        Assert.DoesNotContain(Smtp.Messages, m => (m.Subject ?? "").Contains(refused, StringComparison.Ordinal));
        var set = await UndeliveredAsync(refused);
        Assert.Equal(("refused-by-server", "registration", "usuario2", "usuario2@mesa.test"),
            (set.Str("reason"), set.Str("kind"), set.Str("recipientUser"), set.Str("recipientEmail")));
        Assert.StartsWith("550", set.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await _desk.RunJobAsync("mail-send")); // set aside: not tried again on its own

        // The administrator sees it in Spanish and, once the mailbox exists, sends it again.
        using (var browser = app.Browser())
        {
            await browser.SignInAsync("admin");
            var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/mail"));
            Assert.Contains(refused, page, StringComparison.Ordinal);
            Assert.Contains("El servidor de correo lo rechazó", page, StringComparison.Ordinal);
        }

        Smtp.RefusedRecipients.Clear();
        var admin = await app.As("admin");
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.PostJsonAsync($"/api/v1/admin/mail/undelivered/{set.Str("id")}/send-again", new { })).StatusCode);
        var again = await (await admin.PostJsonAsync($"/api/v1/admin/mail/undelivered/{set.Str("id")}/send-again", new { }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("NotificationNotFailed", again.Str("rule"));
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PostJsonAsync("/api/v1/admin/mail/undelivered/999999999/send-again", new { })).StatusCode);
        await _desk.RunJobAsync("mail-send");

        Assert.Single(Smtp.Messages, m => (m.Subject ?? "").Contains(refused, StringComparison.Ordinal));
        Assert.Null(await UndeliveredOrNullAsync(refused));
    }

    [Fact] // Guía §15.1: a Notificar message whose report file went missing cannot be written; the others still go
    public async Task A_message_that_cannot_be_written_is_set_aside_and_the_rest_goes_out()
    {
        await _desk.RunJobAsync("mail-send");
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var notice = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/notify", new
        {
            recipients = new[] { "usuario1" },
            subject = "Informe del caso",
            text = "Adjunto el informe.",
            includeReport = true,
        })).ReadObjectAsync(HttpStatusCode.Created);
        await LoseFilesOfAsync(long.Parse(notice.Str("id"), System.Globalization.CultureInfo.InvariantCulture));
        var behind = (await _desk.RegisterAsync("usuario1", "El teclado no responde")).Str("code");

        await _desk.RunJobAsync("mail-send");

        Assert.Contains(Smtp.Messages, m => (m.Subject ?? "").Contains(behind, StringComparison.Ordinal));
        Assert.DoesNotContain(Smtp.Messages, m => m.Subject == $"[{ticket.Str("code")}] Informe del caso");
        var set = await UndeliveredAsync(ticket.Str("code"));
        Assert.Equal(("not-composed", "notice"), (set.Str("reason"), set.Str("kind")));
        Assert.Contains("missing", set.Str("detail"), StringComparison.Ordinal);
    }

    /// <summary>Deletes from the file store the files kept with an action, as a disk failure or a careless restore would.</summary>
    private async Task LoseFilesOfAsync(long actionId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        var dataDir = scope.ServiceProvider.GetRequiredService<IConfiguration>()["Mesa:DataDir"]!;
        foreach (var sha in await db.Attachments.Where(a => a.ActionId == actionId).Select(a => a.Sha256).ToListAsync())
            File.Delete(Path.Combine(dataDir, "attachments", sha[..2], sha[2..4], sha));
    }

    private async Task<JsonNode> UndeliveredAsync(string code) =>
        await UndeliveredOrNullAsync(code) ?? throw new Xunit.Sdk.XunitException($"No e-mail of {code} was set aside.");

    private async Task<JsonNode?> UndeliveredOrNullAsync(string code)
    {
        var admin = await app.As("admin");
        var list = await (await admin.GetAsync("/api/v1/admin/mail/undelivered")).ReadObjectAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().SingleOrDefault(n => n.Str("ticket.code") == code);
    }
}

public sealed class OutboxNeverStopsOnSqlite(MailSqliteApp app) : OutboxNeverStopsTests(app), IClassFixture<MailSqliteApp>;

public sealed class OutboxNeverStopsOnPostgres(MailPostgresApp app) : OutboxNeverStopsTests(app), IClassFixture<MailPostgresApp>;
