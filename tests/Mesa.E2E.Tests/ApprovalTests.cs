using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// Guía §14.2 "Flujo de trabajo", in a real Chromium: a requester asks for VPN access from its template; the request
/// waits for the manager's approval with its clock stopped (the portal and the General tab say so); the manager sees it
/// in the portal's list and approves it from the e-mail's link in a browser nobody signed in to; the sweep then assigns
/// it. The administrator's workflow pages too. Every page audited with axe-core.
/// </summary>
public abstract partial class ApprovalTests(MesaServer mesa)
{
    [Fact]
    public async Task A_vpn_request_waits_for_the_managers_approval_by_mail_link_and_is_then_assigned_by_the_sweep()
    {
        var page = await mesa.NewPageAsync(width: 390, height: 844);
        await page.SignInAsync("usuario1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva solicitud" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Acceso VPN" }).ClickAsync();
        await page.GetByLabel("Motivo").FillAsync("Trabajo en casa los viernes.");
        await page.GetByLabel("Desde").FillAsync("2026-03-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar la solicitud" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"código REQ \d{4}-\d{6}"));
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Pendiente de aprobación");
        await Assertions.Expect(page.Locator(".approval-flow")).ToContainTextAsync("espera la decisión de Marcela Quintero Perdomo");
        await page.AuditAsync("88-portal-request-awaiting-approval");
        var id = Regex.Match(page.Url, @"/portal/tickets/(\d+)").Groups[1].Value;
        var code = Regex.Match(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), @"REQ \d{4}-\d{6}").Value;

        // The sweep leaves it alone while it waits.
        await mesa.RunJobAsync("auto-assign");
        using var api = mesa.Api("agente1");
        Assert.Equal("new", (string)(await api.GetFromJsonAsync<JsonObject>($"/api/v1/tickets/{id}"))!["state"]!);

        var manager = await mesa.NewPageAsync();
        await manager.SignInAsync("usuario2");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Aprobaciones" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Main)).ToContainTextAsync(code);
        await manager.AuditAsync("89-portal-approvals");
        await manager.Context.CloseAsync();

        await mesa.RunJobAsync("mail-send");
        var mail = await mesa.Smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith($"[{code}] Se pide su aprobación", StringComparison.Ordinal));
        Assert.Equal("usuario2@mesa.test", mail.To.Mailboxes.Single().Address);
        var outsider = await mesa.NewPageAsync(width: 390, height: 844);
        await outsider.GotoAsync(ApproveLink().Match(mail.TextBody!).Groups[1].Value);
        await Assertions.Expect(outsider.GetByRole(AriaRole.Main)).ToContainTextAsync("Trabajo en casa los viernes.");
        await outsider.AuditAsync("90-ticket-approval-link");
        await outsider.GetByLabel("Comentario").FillAsync("Autorizado hasta junio.");
        await outsider.GetByRole(AriaRole.Button, new() { Name = "Confirmar mi decisión" }).ClickAsync();
        await Assertions.Expect(outsider.GetByRole(AriaRole.Status)).ToContainTextAsync("queda aprobada y pasa a la asignación");
        await outsider.Context.CloseAsync();

        await mesa.RunJobAsync("auto-assign");
        var assigned = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/tickets/{id}"))!;
        Assert.Equal(("assigned", "Mesa de Servicio"), ((string)assigned["state"]!, (string)assigned["group"]!));

        var agent = await mesa.NewPageAsync();
        await agent.SignInAsync("agente1");
        await agent.GotoAsync($"/agent/tickets/{id}?tab=general");
        await Assertions.Expect(agent.Locator(".approval-flow")).ToContainTextAsync("Autorizado hasta junio.");
        await agent.AuditAsync("91-ticket-general-approval-flow");
        await agent.Context.CloseAsync();
    }

    [Fact]
    public async Task An_administrator_writes_a_workflow_and_a_template_requires_it()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Flujos de trabajo" }).ClickAsync();
        await page.AuditAsync("92-admin-approval-flows");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo flujo de trabajo" }).ClickAsync();
        await page.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Licencia de software");
        await page.GetByLabel("Nombre del paso").First.FillAsync("Jefe inmediato");
        await page.GetByLabel("Nombre del paso").Nth(1).FillAsync("Licencias");
        await page.GetByLabel("Quién aprueba").Nth(1).SelectOptionAsync("Person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("fieldset.step-row").Nth(1).Locator(".field-error").Filter(new() { HasText = "obligatorio" }).First)
            .ToBeVisibleAsync();
        await page.AuditAsync("93-admin-approval-flow-error");
        await page.GetByLabel("Usuario (solo para «Persona indicada»)").Nth(1).FillAsync("supervisor1");
        await page.GetByLabel("Plazo máximo (horas)").Nth(1).FillAsync("48");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Se guardó el flujo de trabajo «Licencia de software»");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Jefe inmediato → Licencias");

        await page.GotoAsync("/admin/templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "Instalación de software" }).ClickAsync();
        await page.GetByLabel("Flujo de trabajo").SelectOptionAsync("Licencia de software");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        using var api = mesa.Api("admin");
        var templates = (await api.GetFromJsonAsync<JsonArray>("/api/v1/admin/templates"))!;
        var id = (string)templates.Single(t => (string)t!["name"]! == "Instalación de software")!["id"]!.ToString();
        Assert.Equal("Licencia de software", (string)(await api.GetFromJsonAsync<JsonObject>($"/api/v1/admin/templates/{id}"))!["approvalFlow"]!);
    }

    [GeneratedRegex(@"(http://\S+/approvals/ticket\?decision=approve&t=\S+)")]
    private static partial Regex ApproveLink();
}

public sealed class ApprovalTestsOnSqlite(SqliteServer mesa) : ApprovalTests(mesa), IClassFixture<SqliteServer>;

public sealed class ApprovalTestsOnPostgres(PostgresServer mesa) : ApprovalTests(mesa), IClassFixture<PostgresServer>;
