using System.Net;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Guía §6 "Correo electrónico" without a developer: a mailbox kept in the browser is tried, read like those of the
/// settings files, turned off and removed; the mail server set in the browser sends its test message. Passwords are
/// kept encrypted and never shown.
/// </summary>
public abstract partial class SettingsAdminTests
{
    private static object MailboxBody(ImapMailbox mailbox, string? password = ImapMailbox.Password, int? port = null,
        string folder = "INBOX") => new
        {
            address = mailbox.Address,
            host = ImapMailbox.Server.Host,
            port = port ?? ImapMailbox.Server.Port,
            security = "none",
            user = mailbox.User,
            password,
            service = "Sistemas de Información",
            type = "request",
            folder,
        };

    [Fact]
    public async Task A_mailbox_kept_in_the_browser_is_tried_read_turned_off_and_removed_and_its_password_is_never_shown()
    {
        var admin = await app.As("admin");
        var desk = new Desk(app);
        var mailbox = new ImapMailbox($"sistemas-{Guid.NewGuid():N}"[..20] + "@mesa.test", "Sistemas de Información", "request");

        // The settings files' mailboxes are listed, read-only, and their addresses are taken.
        var listed = await (await admin.GetAsync("/api/v1/admin/mailboxes")).ReadArrayAsync();
        var configured = listed.Single(m => m.Str("address") == "soporte@mesa.test")!;
        Assert.Equal(("", "configuration", "Mesa__Mailboxes__0", "true"),
            (configured.Str("id"), configured.Str("source"), configured.Str("variable"), configured.Str("passwordSet")));
        Assert.Null(configured["password"]);
        var taken = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes", new
        {
            address = "soporte@mesa.test",
            host = "127.0.0.1",
            user = "x",
            password = "y"
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(taken["errors"]?["address"]);
        var tried = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes/test", new { configured = 0 })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.True(tried.Str("ok") == "true", tried.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/v1/admin/mailboxes/test", new { configured = 9 })).StatusCode);

        // Bad input is named beside its field, and nothing is saved.
        foreach (var (field, body) in new (string, object)[]
                 {
                     ("password", new { address = mailbox.Address, host = "127.0.0.1", user = "u" }),
                     ("port", new { address = mailbox.Address, host = "127.0.0.1", user = "u", password = "p", port = 70_000 }),
                     ("security", new { address = mailbox.Address, host = "127.0.0.1", user = "u", password = "p", security = "ssl" }),
                     ("service", new { address = mailbox.Address, host = "127.0.0.1", user = "u", password = "p", service = "No existe" }),
                     ("host", new { address = mailbox.Address, host = "no es un servidor", user = "u", password = "p" }),
                     ("address", new { address = "Soporte <x@y>", host = "127.0.0.1", user = "u", password = "p" }),
                     ("processedFolder", new { address = mailbox.Address, host = "127.0.0.1", user = "u", password = "p", processedFolder = "INBOX" }),
                     ("type", new { address = mailbox.Address, host = "127.0.0.1", user = "u", password = "p", type = "queja" }),
                 })
        {
            var problem = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes", body)).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[field] is not null, $"{field}: {problem}");
        }

        Assert.DoesNotContain(await (await admin.GetAsync("/api/v1/admin/mailboxes")).ReadArrayAsync(), m => m.Str("address") == mailbox.Address);

        // Probar conexión, before saving: each failure says what to fix.
        foreach (var (body, problem) in new (object, string)[]
                 {
                     (MailboxBody(mailbox, password: "otra-clave"), "sign-in"),
                     (MailboxBody(mailbox, port: 1), "unreachable"),
                     (MailboxBody(mailbox, folder: "No-Existe"), "folder"),
                 })
        {
            var check = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes/test", body)).ReadObjectAsync(HttpStatusCode.OK);
            Assert.Equal(("false", problem), (check.Str("ok"), check.Str("problem")));
            Assert.NotEmpty(check.Str("message"));
        }

        var badTry = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes/test", new
        {
            address = mailbox.Address,
            host = "127.0.0.1",
            user = "u",
            type = "queja"
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badTry["errors"]?["type"]);
        var works = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes/test", MailboxBody(mailbox))).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("true", "0"), (works.Str("ok"), works.Str("waiting")));

        var created = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes", MailboxBody(mailbox))).ReadObjectAsync(HttpStatusCode.Created);
        var id = created.Str("id");
        Assert.Equal(("browser", "true", "Sistemas de Información", "request"),
            (created.Str("source"), created.Str("passwordSet"), created.Str("service"), created.Str("type")));
        Assert.Null(created["password"]);
        using (var scope = app.Services.CreateScope())
        {
            var kept = await scope.ServiceProvider.GetRequiredService<MesaDbContext>().Mailboxes.SingleAsync(m => m.Address == mailbox.Address);
            Assert.DoesNotContain(ImapMailbox.Password, kept.ProtectedPassword, StringComparison.Ordinal);
        }

        // Saved, a test without a password uses the kept one.
        var savedCheck = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes/test", new { id })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("true", savedCheck.Str("ok"));

        // mail-fetch reads it like a mailbox of the settings files: a request of its service.
        var token = Mail.MailMessages.NewToken();
        await mailbox.AppendAsync(Message(mailbox.Address, $"Acceso al sistema de nómina {token}"));
        await desk.RunJobAsync("mail-fetch");
        var found = await (await admin.GetAsync($"/api/v1/tickets?q={token}&view=all")).ReadObjectAsync(HttpStatusCode.OK);
        var ticket = found["items"]!.AsArray().Single()!;
        Assert.Equal(("email", "request", "Sistemas de Información"), (ticket.Str("origin"), ticket.Str("type"), ticket.Str("service")));
        Assert.Equal((0, 1), (await mailbox.CountAsync(), await mailbox.CountAsync("Procesados")));

        // Turned off, it is not read.
        var off = await (await admin.PatchJsonAsync($"/api/v1/admin/mailboxes/{id}", new { active = false })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("false", off.Str("active"));
        await mailbox.AppendAsync(Message(mailbox.Address, $"Otra solicitud {token}"));
        await desk.RunJobAsync("mail-fetch");
        Assert.Equal(1, await mailbox.CountAsync());

        // The log says the password changed, never what it is.
        await (await admin.PatchJsonAsync($"/api/v1/admin/mailboxes/{id}", new { password = "nueva-clave" })).ReadObjectAsync(HttpStatusCode.OK);
        var log = await (await admin.GetAsync("/api/v1/admin/changes?record=mailbox")).ReadObjectAsync(HttpStatusCode.OK);
        var logged = log.ToJsonString();
        Assert.Contains(mailbox.Address, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("nueva-clave", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(ImapMailbox.Password, logged, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/mailboxes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/mailboxes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchJsonAsync($"/api/v1/admin/mailboxes/{id}", new { active = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/mailboxes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PatchJsonAsync("/api/v1/admin/mailboxes/1", new { type = "queja" })).StatusCode);
    }

    [Fact] // The pages: the list with both sources, a mailbox tried from its form before it is saved, then saved
    public async Task The_mailbox_pages_try_a_mailbox_before_saving_it_and_show_the_settings_files_ones_read_only()
    {
        using var browser = app.Browser();
        await browser.SignInAsync("admin");
        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/mailboxes"));
        Assert.Contains("Configuración del servidor (Mesa__Mailboxes__1)", list, StringComparison.Ordinal);

        var mailbox = new ImapMailbox($"pagina-{Guid.NewGuid():N}"[..20] + "@mesa.test", "Soporte Técnico", "incident");
        var form = new Dictionary<string, string>
        {
            ["Input.Address"] = mailbox.Address,
            ["Input.Host"] = ImapMailbox.Server.Host,
            ["Input.Port"] = ImapMailbox.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Security"] = "none",
            ["Input.User"] = mailbox.User,
            ["Input.Password"] = "mala-clave",
            ["Input.Service"] = "Soporte Técnico",
            ["Input.Type"] = "Incident",
            ["Input.Folder"] = "INBOX",
            ["Input.ProcessedFolder"] = "Procesados",
            ["Input.ErrorFolder"] = "Errores",
            ["Input.Active"] = "true",
        };
        var refused = WebUtility.HtmlDecode(await (await browser.PostFormAsync("/admin/mailboxes/edit?handler=Test", form)).Content.ReadAsStringAsync());
        Assert.Contains("El servidor rechazó el usuario o la contraseña.", refused, StringComparison.Ordinal);

        form["Input.Password"] = ImapMailbox.Password;
        var passed = WebUtility.HtmlDecode(await (await browser.PostFormAsync("/admin/mailboxes/edit?handler=Test", form)).Content.ReadAsStringAsync());
        Assert.Contains("Conexión correcta", passed, StringComparison.Ordinal);
        Assert.DoesNotContain(ImapMailbox.Password, passed, StringComparison.Ordinal);

        var badPort = new Dictionary<string, string>(form) { ["Input.Port"] = "0" };
        var invalid = await browser.PostFormAsync("/admin/mailboxes/edit", badPort);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("id=\"Port-error\" class=\"field-error\"><span", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await browser.PostFormAsync("/admin/mailboxes/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var admin = await app.As("admin");
        var created = (await (await admin.GetAsync("/api/v1/admin/mailboxes")).ReadArrayAsync()).Single(m => m.Str("address") == mailbox.Address)!;
        var edit = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/mailboxes/edit?id={created.Str("id")}"));
        Assert.Contains("Hay una contraseña guardada", edit, StringComparison.Ordinal);
        Assert.DoesNotContain(ImapMailbox.Password, edit, StringComparison.Ordinal);

        var tried = WebUtility.HtmlDecode(await (await browser.PostFormAsync($"/admin/mailboxes?handler=Test&id={created.Str("id")}",
            new Dictionary<string, string>())).Content.ReadAsStringAsync());
        Assert.Contains("Conexión correcta", tried, StringComparison.Ordinal);
        var removed = await browser.PostFormAsync($"/admin/mailboxes/edit?handler=Remove&id={created.Str("id")}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/mailboxes/{created.Str("id")}")).StatusCode);
    }

    [Fact]
    public async Task The_mail_server_set_in_the_browser_sends_the_test_message_and_keeps_its_password_encrypted()
    {
        var admin = await app.As("admin");
        var notSet = await (await admin.PostJsonAsync("/api/v1/admin/outgoing-mail/test", new { to = "prueba@mesa.test" }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Contains("servidor de correo saliente", notSet.Str("detail"), StringComparison.Ordinal);

        await using var smtp = new SmtpCatcher();
        await smtp.StartAsync();
        await (await admin.PatchJsonAsync("/api/v1/admin/settings", new Dictionary<string, object?>
        {
            ["smtpHost"] = "127.0.0.1",
            ["smtpPort"] = smtp.Port,
            ["smtpFrom"] = "mesadeservicio@mesa.test",
            ["smtpPassword"] = "clave-del-servidor",
        })).ReadArrayAsync();
        try
        {
            var password = await SettingAsync("smtpPassword");
            Assert.Equal(("", "true", "browser"), (password.Str("value"), password.Str("set"), password.Str("source")));
            var security = await SettingAsync("smtpSecurity");
            Assert.Equal(("none", "configuration", "false"), (security.Str("value"), security.Str("source"), security.Str("editable")));
            var refused = await (await admin.PatchJsonAsync("/api/v1/admin/settings", new { smtpSecurity = "tls" })).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.Contains("Mesa__Smtp__Security", refused["errors"]!["smtpSecurity"]!.ToJsonString(), StringComparison.Ordinal);
            using (var scope = app.Services.CreateScope())
            {
                var kept = await scope.ServiceProvider.GetRequiredService<MesaDbContext>().Set<Mesa.Core.Settings.Setting>()
                    .SingleAsync(s => s.Key == "SmtpPassword");
                Assert.DoesNotContain("clave-del-servidor", kept.Value, StringComparison.Ordinal);
            }

            var sent = await (await admin.PostJsonAsync("/api/v1/admin/outgoing-mail/test", new { to = "prueba@mesa.test" }))
                .ReadObjectAsync(HttpStatusCode.OK);
            Assert.Equal("true", sent.Str("ok"));
            var message = await smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "prueba@mesa.test"));
            Assert.Equal(("Mesa de Servicio: mensaje de prueba", "mesadeservicio@mesa.test"),
                (message.Subject, message.From.Mailboxes.Single().Address));
            Assert.Contains($"127.0.0.1:{smtp.Port}", message.TextBody, StringComparison.Ordinal);
            var bad = await (await admin.PostJsonAsync("/api/v1/admin/outgoing-mail/test", new { to = "no es correo" })).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(bad["errors"]?["to"]);

            // The page: the fixed one shown read-only, and the test message's answer in words.
            using var browser = app.Browser();
            await browser.SignInAsync("admin");
            var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/outgoing-mail"));
            Assert.Contains("Mesa__Smtp__Security", page, StringComparison.Ordinal);
            Assert.DoesNotContain("clave-del-servidor", page, StringComparison.Ordinal);
            await smtp.StopAsync();
            var failed = WebUtility.HtmlDecode(await (await browser.PostFormAsync("/admin/outgoing-mail?handler=Test",
                new Dictionary<string, string> { ["TestTo"] = "prueba@mesa.test" })).Content.ReadAsStringAsync());
            Assert.Contains("No se pudo conectar", failed, StringComparison.Ordinal);

            var log = await (await admin.GetAsync("/api/v1/admin/changes?record=setting")).ReadObjectAsync(HttpStatusCode.OK);
            Assert.Contains(log["items"]!.AsArray(), i => i.Str("name") == "SmtpPassword");
            Assert.DoesNotContain("clave-del-servidor", log.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            await (await admin.PatchJsonAsync("/api/v1/admin/settings", new Dictionary<string, object?>
            {
                ["smtpHost"] = null,
                ["smtpPort"] = null,
                ["smtpFrom"] = null,
                ["smtpPassword"] = null,
            })).ReadArrayAsync();
        }
    }

    private static MimeMessage Message(string to, string subject)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Usuario Uno", "usuario1@mesa.test"));
        message.To.Add(new MailboxAddress("Sistemas", to));
        message.Subject = subject;
        message.MessageId = $"{Guid.NewGuid():N}@entidad.gov.co";
        message.Body = new TextPart("plain") { Text = "Necesito acceso al sistema de nómina." };
        return message;
    }
}
