using System.Diagnostics;
using System.Net;
using Mesa.Tests.Common;
using Mesa.Web.Tests.Support;
using UglyToad.PdfPig;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §15.1 "Correos desde la aplicación": Notificar writes to the ticket's people through the
/// outbox, with the ticket's PDF report when asked; the report holds the code, classification, dates and the
/// published history only. The PDF is read back with PdfPig and rendered to PNG with poppler's pdftoppm.
/// </summary>
public abstract class NoticeTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private SmtpCatcher Smtp => app.Smtp!;

    [Fact] // The report: code, title, classification, the published history; never an internal note
    public async Task The_report_holds_the_published_record_and_renders_to_an_image()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions", new { kind = "first-response", text = "Revisamos la cola de impresión." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions", new { kind = "note", text = "Clave del router: 1234", published = false }))
            .ReadObjectAsync(HttpStatusCode.Created);

        var response = await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{id}/report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText(pdf);
        Assert.Contains($"Informe del registro {ticket.Str("code")}", text, StringComparison.Ordinal);
        Assert.Contains("La impresora no imprime", text, StringComparison.Ordinal);
        Assert.Contains("/Hardware/Impresoras", text, StringComparison.Ordinal);
        Assert.Contains("Revisamos la cola de impresión.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", text, StringComparison.Ordinal);
        var png = PdfPictures.FirstPage(pdf, $"report-{app.GetType().Name}");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 5_000, $"The rendered page is almost empty ({png.Length} bytes).");
    }

    [Fact] // Isolation: another person's report is a 404, like their ticket
    public async Task Another_persons_report_is_not_found()
    {
        var ticket = await _desk.RegisterAsync("usuario1");

        var response = await (await app.As("usuario2")).GetAsync($"/api/v1/tickets/{ticket.Str("id")}/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact] // Guía §15.1: Notificar with "Incluir informe PDF del registro": one e-mail, the code in the subject, the PDF attached
    public async Task A_notice_with_the_report_reaches_the_requester_and_stays_in_the_ticket()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var code = ticket.Str("code");
        var agent = await app.As("agente1");

        var action = await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/notify", new
        {
            recipients = new[] { "usuario1" },
            subject = "Estado de su solicitud",
            text = "Adjuntamos el informe con lo realizado hasta hoy.",
            includeReport = true,
        })).ReadObjectAsync(HttpStatusCode.Created);
        await _desk.RunJobAsync("mail-send");

        Assert.Equal(("notice", "true"), (action.Str("kind"), action.Str("published")));
        var mail = Assert.Single(Smtp.Messages, m => m.Subject == $"[{code}] Estado de su solicitud");
        Assert.Equal("usuario1@mesa.test", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Adjuntamos el informe con lo realizado hasta hoy.", mail.TextBody, StringComparison.Ordinal);
        var attached = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal(($"Informe-{code.Replace(' ', '-')}.pdf", "application/pdf"), (attached.FileName, attached.ContentType.MimeType));
        using var bytes = new MemoryStream();
        await attached.Content!.DecodeToAsync(bytes);
        Assert.Contains($"Informe del registro {code}", PdfText(bytes.ToArray()), StringComparison.Ordinal);
        var files = await (await agent.GetAsync($"/api/v1/tickets/{id}/attachments")).ReadArrayAsync();
        Assert.Contains(files, f => f.Str("fileName") == attached.FileName && f.Str("actionId") == action.Str("id"));
        var portal = await (await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{id}/actions")).ReadArrayAsync();
        Assert.Contains(portal, a => a.Str("kind") == "notice");
    }

    [Fact] // Only the ticket's people may be notified; nothing changes otherwise
    public async Task A_notice_to_someone_outside_the_ticket_is_refused()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var agent = await app.As("agente1");

        var stranger = await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/notify", new
        {
            recipients = new[] { "usuario2" },
            subject = "Hola",
            text = "Texto",
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var nobody = await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/notify", new
        {
            recipients = Array.Empty<string>(),
            subject = "Hola",
            text = "Texto",
        })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("solicitante", stranger["errors"]!["recipients"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.True(nobody["errors"]!.AsObject().ContainsKey("recipients"));
        Assert.Equal(ticket.Str("version"), (await _desk.GetAsync(id)).Str("version"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).PostJsonAsync($"/api/v1/tickets/{id}/notify", new
        {
            recipients = new[] { "usuario1" },
            subject = "Hola",
            text = "Texto",
        })).StatusCode);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}

public sealed class NoticesOnSqlite(MailSqliteApp app) : NoticeTests(app), IClassFixture<MailSqliteApp>;

public sealed class NoticesOnPostgres(MailPostgresApp app) : NoticeTests(app), IClassFixture<MailPostgresApp>;
