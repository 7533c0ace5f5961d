using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>The admin pages of calendars, holidays, ANS policies (with the preview) and the priority matrix.</summary>
public abstract class AdminSlaTests(MesaServer mesa)
{
    private const string Calendar = "Calendario Técnicos Primer Nivel";

    [Fact] // The working week and the holidays of a calendar, with a day added, a holiday worked and both undone
    public async Task An_admin_edits_a_calendar_and_its_holidays()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administración", Exact = true }).ClickAsync();
        await page.AuditAsync("20-admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calendarios" }).ClickAsync();
        await page.AuditAsync("21-calendars");
        await page.GetByRole(AriaRole.Link, new() { Name = Calendar }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Lunes")).ToHaveValueAsync("07:00-12:00, 13:00-17:00");

        // A time that does not exist is answered beside its day, and nothing is saved.
        await page.GetByLabel("Sábado").FillAsync("08:00-25:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#week-5-error")).ToContainTextAsync("no es una hora válida");
        await page.AuditAsync("22-calendar-error");
        await page.GetByLabel("Sábado").FillAsync("08:00-12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("guardado");
        await Assertions.Expect(page.GetByLabel("Sábado")).ToHaveValueAsync("08:00-12:00");

        // Ley 2578 de 2026: 9 July moved to Monday 13 July.
        await page.GotoAsync($"/admin/calendars/edit?name={Uri.EscapeDataString(Calendar)}&year=2026");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("13/07/2026");
        await page.GetByLabel("Fecha", new() { Exact = true }).FillAsync("2026-12-24");
        await page.GetByLabel("Nombre", new() { Exact = true }).Last.FillAsync("Nochebuena (decreto interno)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("24/12/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trabajar ese día: Día de la Independencia, 20/07/2026" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).Not.ToContainTextAsync("20/07/2026");
        await page.AuditAsync("23-calendar-holidays");

        await page.GetByRole(AriaRole.Button, new() { Name = "Deshacer: cambio del 20/07/2026" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("20/07/2026");
    }

    [Fact] // A policy's targets in working time, and the preview of the dates it gives
    public async Task An_admin_previews_the_due_dates_of_a_policy()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin/policies");
        await page.AuditAsync("24-policies");
        await page.GetByRole(AriaRole.Link, new() { Name = "SLA TI - 24 HORAS" }).ClickAsync();

        // Friday 3 July 2026 16:00 in Bogotá, one hour before closing; Monday 13 July is a holiday too far away to matter.
        await page.GetByLabel("Prioridad", new() { Exact = true }).SelectOptionAsync("medium");
        await page.GetByLabel("Registro").FillAsync("2026-07-03T16:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calcular" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("03/07/2026 16:00");
        await page.AuditAsync("25-policy-preview");

        // A target that is not a duration is refused beside its cell.
        await page.Locator("#resolution-1").FillAsync("un día");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#resolution-1-error")).ToContainTextAsync("«un día» no es un tiempo válido");
        await page.Locator("#resolution-1").FillAsync("24 h");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("guardada");
    }

    [Fact] // The impact × urgency matrix is configurable
    public async Task An_admin_changes_the_priority_matrix()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin/priority-matrix");
        await page.AuditAsync("26-priority-matrix");
        await page.GetByLabel("Prioridad con impacto Bajo y urgencia Crítico").SelectOptionAsync("high");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("guardada");
        await Assertions.Expect(page.GetByLabel("Prioridad con impacto Bajo y urgencia Crítico")).ToHaveValueAsync("high");
    }

    [Fact] // The administration is the admins' only
    public async Task An_agent_may_not_open_the_administration()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync("/admin/calendars");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/denied"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Acceso no permitido");
    }
}

public sealed class AdminSlaTestsOnSqlite(SqliteServer mesa) : AdminSlaTests(mesa), IClassFixture<SqliteServer>;

public sealed class AdminSlaTestsOnPostgres(PostgresServer mesa) : AdminSlaTests(mesa), IClassFixture<PostgresServer>;
