using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Guía §15.1 Notificar on the pages: the agent starts from a template filled for the ticket,
/// chooses the recipients and sends; the admin previews a mail template before saving it.
/// </summary>
public abstract partial class NoticePagesTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task An_agent_notifies_the_requester_from_a_template()
    {
        var admin = await app.As("admin");
        var template = await (await admin.PostJsonAsync("/api/v1/admin/notice-templates", new
        {
            name = "Cambio de fecha",
            subject = "Nueva fecha para {codigo}",
            body = "La solución de «{titulo}» se espera para el {fecha_resolucion}.",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var ticket = await _desk.AssignedAsync();
        var path = $"/agent/tickets/{ticket.Str("id")}/notify";
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        Assert.Contains($"{path}\"", (await agent.GetStringAsync($"/agent/tickets/{ticket.Str("id")}")).Replace("href=\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);

        var page = await agent.GetStringAsync($"{path}?template={template.Str("id")}");
        Assert.Contains($"value=\"Nueva fecha para {ticket.Str("code")}\"", page, StringComparison.Ordinal);
        Assert.Contains("La solución de «La impresora no imprime» se espera para el ", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var nobody = await agent.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Version"] = VersionField().Match(page).Groups[1].Value,
            ["Input.Subject"] = "Nueva fecha",
            ["Input.Text"] = "Mañana.",
        });
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Contains("Elija al menos un destinatario.", await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sent = await agent.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Version"] = VersionField().Match(page).Groups[1].Value,
            ["Input.Recipients"] = "usuario1",
            ["Input.Subject"] = "Nueva fecha",
            ["Input.Text"] = "La solución llega mañana.",
            ["Input.IncludeReport"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var actions = await (await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{ticket.Str("id")}/actions")).ReadArrayAsync();
        Assert.Contains(actions, a => a.Str("kind") == "notice" && a.Str("text") == "La solución llega mañana.");
        var report = await agent.GetAsync($"/agent/tickets/{ticket.Str("id")}?handler=Report");
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_admin_previews_an_automatic_notice_before_saving_it()
    {
        using var admin = app.Browser();
        await admin.SignInAsync("admin");
        Assert.Contains("/admin/mail-templates/edit?kind=Question", await admin.GetStringAsync("/admin/mail-templates"), StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["Input.Subject"] = "Necesitamos un dato: {titulo}",
            ["Input.Body"] = "Hola, {solicitante}. {agente} le hizo una pregunta sobre {codigo}.",
        };

        var preview = WebUtility.HtmlDecode(await (await admin.PostFormAsync("/admin/mail-templates/edit?kind=Question&handler=Preview", fields))
            .Content.ReadAsStringAsync());
        Assert.Contains("[REQ 2026-000123] Necesitamos un dato: La impresora del piso 3 no imprime", preview, StringComparison.Ordinal);
        Assert.Contains("Hola, Sergio Londoño Londoño. Laura Gómez Rincón le hizo una pregunta sobre REQ 2026-000123.", preview, StringComparison.Ordinal);

        fields["Input.Body"] = "Hola {usuario}";
        var wrong = await (await admin.PostFormAsync("/admin/mail-templates/edit?kind=Question", fields)).Content.ReadAsStringAsync();
        Assert.Contains("El marcador {usuario} no existe", WebUtility.HtmlDecode(wrong), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

public sealed class NoticePagesOnSqlite(MailSqliteApp app) : NoticePagesTests(app), IClassFixture<MailSqliteApp>;

public sealed class NoticePagesOnPostgres(MailPostgresApp app) : NoticePagesTests(app), IClassFixture<MailPostgresApp>;
