using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// Guía §5 RFC, §10 "En Comité de control de Cambios" and §11 "Cambios y entregas", in a real Chromium: an agent
/// registers a change from an incident, links a second one, puts it to its committee; two of three approvers approve it
/// from the links of their e-mails, without signing in; the agent applies it in its window and both incidents are
/// resolved. Every page audited with axe-core.
/// </summary>
public abstract partial class ChangeTests(MesaServer mesa)
{
    [Fact]
    public async Task A_normal_change_approved_from_two_mail_links_is_applied_and_resolves_its_incidents()
    {
        var first = await AssignedTicketAsync("usuario1", "El correo de la sede norte rebota");
        var second = await AssignedTicketAsync("usuario2", "No llegan correos externos a la sede norte");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente2");

        await page.GotoAsync($"/agent/tickets/{first["id"]}?tab=additional");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrar un cambio que resuelva esta incidencia o petición" }).ClickAsync();
        await page.GetByLabel("Título", new() { Exact = true }).FillAsync("Cambiar el conector de correo de la sede norte");
        await page.GetByLabel("Descripción", new() { Exact = true }).FillAsync("El conector actual pierde los mensajes externos.");
        await page.GetByLabel("Inicio planificado").FillAsync("2026-03-07T22:00");
        await page.GetByLabel("Fin planificado").FillAsync("2026-03-08T02:00");
        await page.GetByLabel("Plan de implementación").FillAsync("Instalar el conector nuevo y cambiar el registro MX.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar el cambio" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_BackoutPlan-error")).ToContainTextAsync("obligatorio");
        await page.AuditAsync("80-change-new-error");
        await page.GetByLabel("Plan de reversión").FillAsync("Devolver el registro MX al conector anterior.");
        await page.GetByLabel("Grupo responsable").SelectOptionAsync("Soporte Técnico");
        await page.GetByLabel("Técnico responsable").SelectOptionAsync("agente2");
        await page.GetByLabel("Aprobadores (Comité de control de Cambios)").SelectOptionAsync(["agente1", "agente3", "supervisor1"]);
        await page.GetByLabel("Regla de aprobación").SelectOptionAsync("Majority");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar el cambio" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Se registró el cambio RFC");
        var code = Regex.Match(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), @"RFC \d{4}-\d{6}").Value;
        await page.AuditAsync("81-change-general");

        await page.GetByRole(AriaRole.Link, new() { Name = "Información adicional" }).ClickAsync();
        await page.GetByLabel("Código").FillAsync((string)second["code"]!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Relacionar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync((string)second["code"]!);
        await page.AuditAsync("82-change-related");

        await page.GetByLabel("Nota").First.FillAsync("Listo para el comité del jueves.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar al Comité de control de Cambios" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("En Comité de control de Cambios");

        // Two of the three approvers decide from their e-mails, in browsers nobody signed in to.
        await mesa.RunJobAsync("mail-send");
        foreach (var (approver, comment) in new[] { ("agente3", "Sin objeción técnica."), ("supervisor1", "Aprobado para el sábado.") })
        {
            var mail = await mesa.Smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith($"[{code}] Se pide su aprobación", StringComparison.Ordinal)
                && m.To.Mailboxes.Single().Address == $"{approver}@mesa.test");
            var link = ApproveLink().Match(mail.TextBody!).Groups[1].Value;
            var outsider = await mesa.NewPageAsync(width: 390, height: 844);
            await outsider.GotoAsync(link);
            await Assertions.Expect(outsider.GetByRole(AriaRole.Main)).ToContainTextAsync("Devolver el registro MX al conector anterior.");
            await outsider.AuditAsync("83-change-approval-link");
            await outsider.GetByLabel("Comentario").FillAsync(comment);
            await outsider.GetByRole(AriaRole.Button, new() { Name = "Confirmar mi decisión" }).ClickAsync();
            await Assertions.Expect(outsider.GetByRole(AriaRole.Status)).ToContainTextAsync("Se registró su decisión");
            await outsider.Context.CloseAsync();
        }

        await page.GotoAsync(page.Url.Split('?')[0] + "?tab=committee");
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Aprobado");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Aprobado para el sábado.");
        await page.AuditAsync("84-change-committee");

        await page.GetByLabel("Nota").First.FillAsync("Ventana del sábado confirmada.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programar en su ventana" }).ClickAsync();
        await page.GetByLabel("Nota").First.FillAsync("Empieza la ventana.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar la aplicación" }).ClickAsync();
        await page.GetByLabel("Nota").First.FillAsync("Conector instalado y registro MX cambiado.");
        await page.GetByLabel("Solución para las incidencias y peticiones relacionadas").FillAsync("Se cambió el conector de correo de la sede norte.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Marcar como aplicado" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Aplicado");
        await page.AuditAsync("85-change-implemented");

        using var api = mesa.Api("agente2");
        foreach (var ticket in new[] { first, second })
        {
            var now = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/tickets/{ticket["id"]}"))!;
            Assert.Equal("resolved", (string)now["state"]!);
        }

        await page.GotoAsync("/agent/changes/calendar?view=week&date=2026-03-07");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(code);
        await page.AuditAsync("86-change-calendar");
        await page.GotoAsync("/agent");
        await page.Locator("#view-changes-assigned-to-me tbody tr")
            .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Aplicado", Exact = true }) })
            .GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(code);
        await page.AuditAsync("87-changes-list");

        // Guía §15.1 Notificar from the change: the requester of an incident it solved is told, in the agent's words.
        await page.GetByRole(AriaRole.Link, new() { Name = code }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Notificar" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "usuario1" }).CheckAsync();
        await page.GetByLabel("Mensaje").FillAsync("El sábado se cambió el conector: su correo ya llega.");
        await page.AuditAsync("94-change-notify");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("quedó en el historial del cambio");
        await mesa.RunJobAsync("mail-send");
        await mesa.Smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith($"[{code}]", StringComparison.Ordinal)
            && m.To.Mailboxes.Single().Address == "usuario1@mesa.test" && (m.TextBody ?? "").Contains("su correo ya llega", StringComparison.Ordinal));
    }

    private async Task<JsonObject> AssignedTicketAsync(string requester, string title)
    {
        var ticket = await mesa.CreateTicketAsync(requester, title, "Desde esta mañana.");
        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Soporte Técnico", agent = "agente2", note = "Es del correo." });
        return ticket;
    }

    [GeneratedRegex(@"(http://\S+/approvals/change\?decision=approve&t=\S+)")]
    private static partial Regex ApproveLink();
}

public sealed class ChangeTestsOnSqlite(SqliteServer mesa) : ChangeTests(mesa), IClassFixture<SqliteServer>;

public sealed class ChangeTestsOnPostgres(PostgresServer mesa) : ChangeTests(mesa), IClassFixture<PostgresServer>;
