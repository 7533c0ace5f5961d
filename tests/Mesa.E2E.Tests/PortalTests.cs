using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>The requester's side, in a real Chromium on a phone-sized screen, axe-core on every page.</summary>
public abstract class PortalTests(MesaServer mesa)
{
    [Fact] // A citizen registers, requests from a template (Guía §5), answers the question (§15),
           // rejects a solution, accepts the next one and rates it (§14.4) — on a phone, every page audited
    public async Task A_citizen_registers_and_follows_a_request_from_a_template_to_a_rated_closure()
    {
        var address = $"ciudadano.{Guid.NewGuid():N}@correo.test";
        var page = await mesa.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "¿No tiene cuenta? Créela aquí" }).ClickAsync();
        await page.GetByLabel("Nombre completo").FillAsync("Andrés Rojas Vélez");
        await page.GetByLabel("Correo electrónico").FillAsync(address);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync("Ciudadano-2026");
        await page.GetByLabel("Repita la contraseña").FillAsync("Ciudadano-2026");
        await page.AuditAsync("36-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear la cuenta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le enviamos un correo");

        var mail = await mesa.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == address));
        await page.GotoAsync(Regex.Match(mail.TextBody!, @"http://\S+/account/confirm-email\?\S+").Value);
        await page.AuditAsync("37-confirm-account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmar mi cuenta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Su cuenta quedó confirmada");

        await page.SignInAsync(address, "Ciudadano-2026");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/portal$"));
        await page.AuditAsync("30-portal");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva solicitud" }).First.ClickAsync();
        await page.AuditAsync("31-portal-new");
        await page.GetByRole(AriaRole.Link, new() { Name = "Instalación de software" }).ClickAsync();
        await page.GetByLabel("Programa").FillAsync("QGIS 3.34");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar la solicitud" }).ClickAsync();
        await Assertions.Expect(page.Locator("#template-field-1-error")).ToHaveTextAsync("Diligencie «Placa del equipo»: la plantilla lo exige.");
        await Assertions.Expect(page.GetByLabel("Programa")).ToHaveValueAsync("QGIS 3.34"); // the form keeps what was typed
        await page.AuditAsync("31b-portal-template-error");
        await page.GetByLabel("Placa del equipo").FillAsync("MB-1001");
        await page.GetByLabel("Justificación").FillAsync("Para preparar los mapas del plan de ordenamiento.");
        await page.GetByLabel("Archivos").SetInputFilesAsync(new FilePayload
        {
            Name = "licencia.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Licencia GPL, sin costo."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar la solicitud" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"código REQ \d{4}-\d{6}"));
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("MB-1001");
        await Assertions.Expect(page.Locator(".attachments table")).ToContainTextAsync("licencia.txt");
        var id = Regex.Match(page.Url, @"/portal/tickets/(\d+)").Groups[1].Value;

        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{id}/assign", new { group = "Mesa de Servicio", agent = "agente1", note = "Lo tomo." });
        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{id}/actions", new { kind = "note", text = "Revisar el licenciamiento (interno).", published = false });
        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{id}/actions", new { kind = "question", text = "¿Qué versión de Windows tiene el equipo?" });

        await page.GotoAsync("/portal");
        await Assertions.Expect(page.Locator(".waiting")).ToContainTextAsync("Tiene una pregunta por responder");
        await page.Locator(".waiting").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("¿Qué versión de Windows tiene el equipo?");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("interno"); // internal notes never reach the portal
        await page.AuditAsync("32-portal-question");
        await page.GetByLabel("Su mensaje").FillAsync("Windows 11.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mensaje enviado");
        await page.GetByLabel("Adjuntar un archivo").SetInputFilesAsync(new FilePayload
        {
            Name = "captura de la versión.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Adjuntar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".attachments table")).ToContainTextAsync("captura de la versión.png");

        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{id}/actions", new { kind = "solution", text = "Se instaló QGIS 3.34." });
        await page.ReloadAsync();
        await page.AuditAsync("33-portal-confirm");
        await page.GetByLabel("Incorrecta: vuelve al técnico").CheckAsync();
        await page.GetByLabel("Comentario (opcional)").FillAsync("No abre los complementos.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar la respuesta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("volvió al técnico");
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Asignada");

        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{id}/actions", new { kind = "solution", text = "Se instalaron los complementos." });
        await page.ReloadAsync();
        await page.GetByLabel("Correcta: se cierra la solicitud").CheckAsync();
        await page.GetByLabel("5 de 5").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar la respuesta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("quedó cerrada");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Calificación: 5 de 5.");
        await page.AuditAsync("34-portal-closed");
    }

    [Fact] // A request without a template, in the free form
    public async Task A_requester_reports_an_incident_in_the_free_form()
    {
        var page = await mesa.NewPageAsync(width: 390, height: 844);
        await page.SignInAsync("usuario1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva solicitud" }).First.ClickAsync();
        await page.GetByLabel("Incidencia").CheckAsync();
        await page.GetByLabel("En una frase, ¿qué pasa?").FillAsync("No puedo descargar mi certificado");
        await page.GetByLabel("Cuéntenos los detalles").FillAsync("El portal muestra un error al generar el PDF.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar la solicitud" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"código REQ \d{4}-\d{6}"));
    }

    [Fact] // Another person's ticket answers 404, in the portal as in the API
    public async Task A_requester_cannot_open_someone_elses_ticket()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "Mi equipo hace ruido", "Un zumbido constante.");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("usuario2");

        var response = await page.GotoAsync($"/portal/tickets/{ticket["id"]}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Página no encontrada");
        await page.AuditAsync("35-portal-not-found");
    }
}

public sealed class PortalTestsOnSqlite(SqliteServer mesa) : PortalTests(mesa), IClassFixture<SqliteServer>;

public sealed class PortalTestsOnPostgres(PostgresServer mesa) : PortalTests(mesa), IClassFixture<PostgresServer>;
