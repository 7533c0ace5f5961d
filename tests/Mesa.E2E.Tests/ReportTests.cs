using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// Guía §4 "generación de reportes y seguimiento de los ANS", in a real Chromium: a supervisor opens every report (its
/// chart drawn, its table beside it), follows a figure to exactly its tickets, downloads a file, and watches the live
/// board; on a phone too. Agents have no reports. Every page audited with axe-core.
/// </summary>
public abstract partial class ReportTests(MesaServer mesa)
{
    [Fact]
    public async Task A_supervisor_opens_every_report_and_follows_a_figure_to_its_tickets()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("supervisor1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Informes" }).ClickAsync();
        await page.AuditAsync("95-reports");

        var names = await page.Locator(".report-list h2 a").AllInnerTextsAsync();
        Assert.Equal(10, names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            await page.GotoAsync("/agent/reports");
            await page.GetByRole(AriaRole.Link, new() { Name = names[i], Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(names[i]);
            await Assertions.Expect(page.Locator("table.report-table tfoot th")).ToHaveTextAsync("Total");
            // Chart.js drew on the canvas: it sizes it to its box.
            await Assertions.Expect(page.Locator("#report-chart")).ToHaveAttributeAsync("height", new Regex(@"^\d+$"));
            await page.AuditAsync($"96-report-{i + 1:00}");
        }

        await page.GotoAsync("/agent/reports/sla?from=2025-01-01&by=group");
        var total = page.Locator("table.report-table tfoot td").First;
        var count = (await total.InnerTextAsync()).Trim();
        await total.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/agent/tickets\\?view=all"));
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync($"de {count}");
        await page.AuditAsync("97-report-figure-tickets");

        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.GotoAsync("/agent/reports/flow?from=2025-01-01");
            await page.GetByRole(AriaRole.Link, new() { Name = "Excel (XLSX)" }).ClickAsync();
        });
        Assert.Matches(@"^informe-flow-2025-01-01-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
    }

    [Fact]
    public async Task The_live_board_and_a_report_on_a_phone()
    {
        var page = await mesa.NewPageAsync(width: 390, height: 844);
        await page.SignInAsync("supervisor1");
        await page.GotoAsync("/agent/reports/board");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Mesa de Servicio");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pausar la actualización" })).ToBeVisibleAsync();
        await page.AuditAsync("98-live-board-phone");
        var figures = await page.EvaluateAsync<string>("async () => (await fetch('/agent/reports/board?handler=figures')).status.toString()");
        Assert.Equal("200", figures);

        await page.GotoAsync("/agent/reports/backlog");
        await Assertions.Expect(page.Locator("table.report-table")).ToBeVisibleAsync();
        await page.AuditAsync("99-report-backlog-phone");
    }

    [Fact]
    public async Task A_supervisor_schedules_the_report_she_is_looking_at()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("supervisor1");
        await page.GotoAsync("/agent/reports/sla?by=group&priority=high");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programar este informe" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Prioridad")).ToHaveValueAsync("high");
        await page.GetByLabel("Nombre").FillAsync("ANS de prioridad alta");
        await page.GetByLabel("Direcciones de correo").FillAsync("no es correo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Addresses-error")).ToContainTextAsync("no es una dirección de correo válida");
        await page.AuditAsync("100-report-schedule-form");
        await page.GetByLabel("Direcciones de correo").FillAsync("direccion@entidad.gov.co");
        await page.GetByLabel("Y a los supervisores del grupo").SelectOptionAsync("Mesa de Servicio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ANS de prioridad alta");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("supervisores de Mesa de Servicio");
        await page.AuditAsync("101-report-schedules");
    }

    [Fact]
    public async Task An_agent_has_no_reports()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Informes" })).ToHaveCountAsync(0);
        await page.GotoAsync("/agent/reports/sla");
        await page.WaitForURLAsync(new Regex("/account/denied"));
    }
}

public sealed class ReportTestsOnSqlite(SqliteServer mesa) : ReportTests(mesa), IClassFixture<SqliteServer>;

public sealed class ReportTestsOnPostgres(PostgresServer mesa) : ReportTests(mesa), IClassFixture<PostgresServer>;
