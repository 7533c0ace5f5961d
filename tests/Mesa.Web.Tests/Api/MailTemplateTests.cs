using System.Net;
using System.Net.Http.Json;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The organisation's own words for the automatic e-mails, with marks filled from the ticket, and the
/// Notificar templates (Guía §15.1) agents start from. The mail goes through the real SMTP server on loopback.
/// </summary>
public abstract class MailTemplateTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private SmtpCatcher Smtp => app.Smtp!;

    [Fact] // The admin rewrites the registration notice; the next registration mail uses it, the old one comes back on reset
    public async Task The_organisations_words_replace_the_built_in_notice_until_reset()
    {
        var admin = await app.As("admin");
        var saved = await admin.PutAsJsonAsync("/api/v1/admin/mail-templates/registration", new
        {
            subject = "Recibimos «{titulo}»",
            body = "Su caso {codigo} quedó registrado en {servicio} el {fecha_registro}. Estado: {estado}.",
        });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        var ticket = await _desk.RegisterAsync("usuario2", "Pantalla azul al iniciar");
        await _desk.RunJobAsync("mail-send");
        var code = ticket.Str("code");
        var mail = Assert.Single(Smtp.Messages, m => (m.Subject ?? "").Contains(code, StringComparison.Ordinal));
        Assert.Equal($"[{code}] Recibimos «Pantalla azul al iniciar»", mail.Subject);
        Assert.Contains($"Su caso {code} quedó registrado en Soporte Técnico el ", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Estado: Nueva.", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/mail-templates/registration")).StatusCode);
        var next = await _desk.RegisterAsync("usuario2", "Teclado sin respuesta");
        await _desk.RunJobAsync("mail-send");
        Assert.Contains(Smtp.Messages, m => m.Subject == $"[{next.Str("code")}] Registro de su solicitud: Teclado sin respuesta");
    }

    [Fact] // A mark that does not exist is refused with its name; nothing is saved
    public async Task An_unknown_mark_is_refused()
    {
        var admin = await app.As("admin");

        var problem = await (await admin.PutAsJsonAsync("/api/v1/admin/mail-templates/closure", new
        {
            subject = "Cierre de {codigo}",
            body = "Hola {nombre_usuario}",
        })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("El marcador {nombre_usuario} no existe; use uno de la lista.", problem["errors"]!["body"]![0]!.ToString());
        var list = await (await admin.GetAsync("/api/v1/admin/mail-templates")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Contains(list["automatic"]!.AsArray(), t => t.Str("kind") == "closure" && t.Str("customised") == "false");
    }

    [Fact] // Guía §15.1: the admin keeps the Notificar templates up to date and removes the ones no longer used
    public async Task An_admin_revises_and_removes_a_notice_template()
    {
        var admin = await app.As("admin");
        var created = await (await admin.PostJsonAsync("/api/v1/admin/notice-templates", new
        {
            name = "Corte programado",
            subject = "Corte de {servicio}",
            body = "Habrá un corte.",
        })).ReadObjectAsync(HttpStatusCode.Created);

        var revised = await (await admin.PutJsonAsync($"/api/v1/admin/notice-templates/{created["id"]}", new
        {
            name = "Corte programado",
            subject = "Corte programado de {servicio}",
            body = "Habrá un corte el sábado.",
        })).ReadObjectAsync(HttpStatusCode.OK);
        var removed = await admin.DeleteAsync($"/api/v1/admin/notice-templates/{created["id"]}");

        Assert.Equal("Corte programado de {servicio}", revised.Str("subject"));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(await (await (await app.As("agente1")).GetAsync("/api/v1/notice-templates")).ReadArrayAsync(),
            t => t.Str("name") == "Corte programado");
    }

    [Fact] // Guía §15.1 "la plantilla (si desea usar una)": a notice from a template, its marks filled for the ticket
    public async Task A_notice_starts_from_a_template_filled_for_the_ticket()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/notice-templates", new
        {
            name = "Visita técnica",
            subject = "Visita para {codigo}",
            body = "Hola {solicitante}: el técnico {agente} irá mañana.",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        Assert.Contains(await (await agent.GetAsync("/api/v1/notice-templates")).ReadArrayAsync(), t => t.Str("name") == "Visita técnica");

        var action = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/notify", new
        {
            recipients = new[] { "usuario1" },
            template = "Visita técnica",
        })).ReadObjectAsync(HttpStatusCode.Created);
        await _desk.RunJobAsync("mail-send");

        Assert.StartsWith("Hola Sergio Londoño Londoño: el técnico Laura Gómez Rincón irá mañana.", action.Str("text"), StringComparison.Ordinal);
        Assert.Contains(Smtp.Messages, m => m.Subject == $"[{ticket.Str("code")}] Visita para {ticket.Str("code")}");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).GetAsync("/api/v1/notice-templates")).StatusCode);
    }
}

public sealed class MailTemplatesOnSqlite(MailSqliteApp app) : MailTemplateTests(app), IClassFixture<MailSqliteApp>;

public sealed class MailTemplatesOnPostgres(MailPostgresApp app) : MailTemplateTests(app), IClassFixture<MailPostgresApp>;
