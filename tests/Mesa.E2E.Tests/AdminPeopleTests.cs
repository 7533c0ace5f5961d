using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// In the browser (Guía §4: the administrators parametrize the platform): an admin adds an agent to a group, previews
/// a deactivation of two people where the rules refuse one (their own account), applies it, and reads what changed
/// in the administration log — every page audited.
/// </summary>
public abstract class AdminPeopleTests(MesaServer mesa)
{
    [Fact]
    public async Task An_admin_adds_an_agent_deactivates_people_after_a_preview_and_reads_the_log()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Personas y roles" }).ClickAsync();
        await page.AuditAsync("102-people");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva persona" }).ClickAsync();
        await page.Locator("#Input_UserName").FillAsync("tecnica.e2e");
        await page.Locator("#Input_DisplayName").FillAsync("Técnica de Prueba");
        await page.Locator("#Input_Email").FillAsync("tecnica.e2e@mesa.test");
        await page.Locator("input[name='Input.Roles'][value='agent']").CheckAsync();
        await page.Locator("input[name='Input.Groups'][value='Mesa de Servicio']").CheckAsync();
        await page.AuditAsync("103-person-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Persona guardada.");
        await Assertions.Expect(page.Locator("#Input_UserName")).ToHaveAttributeAsync("readonly", "readonly");

        // The same change for two people: a preview first, where the rules refuse the admin's own account.
        await page.GotoAsync("/admin/people?state=");
        await page.Locator("input[name='Selected'][value='tecnica.e2e']").CheckAsync();
        await page.Locator("input[name='Selected'][value='admin']").CheckAsync();
        await page.Locator("#Action").SelectOptionAsync("Deactivate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vista previa" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bulk-outcome")).ToContainTextAsync("1 cambiarían; 1 las reglas no lo permiten.");
        await Assertions.Expect(page.Locator(".bulk-outcome")).ToContainTextAsync("No puede desactivar ni eliminar su propia cuenta");
        await page.AuditAsync("104-people-bulk-preview");
        await page.Locator("input[name='Selected'][value='tecnica.e2e']").CheckAsync();
        await page.Locator("input[name='Selected'][value='admin']").CheckAsync();
        await page.Locator("#Action").SelectOptionAsync("Deactivate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aplicar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bulk-outcome")).ToContainTextAsync("1 cambiadas; 1 no");

        await page.GotoAsync("/admin/people/edit?user=tecnica.e2e");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Desactivada desde");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ver sus cambios en el registro de administración" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Creado");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Modificado");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Mesa de Servicio");
        await page.AuditAsync("105-admin-log");

        await page.GotoAsync("/admin/people/hand-over?user=agente1");
        await page.AuditAsync("106-hand-over");
    }

    [Fact] // Guía §10: substates are created "según la dinámica de la operación y las necesidades"
    public async Task An_admin_adds_a_substate_that_stops_the_clock_and_sees_the_guide_s_automatic_ones_fixed()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Subestados" }).ClickAsync();
        await page.AuditAsync("107-substates");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo subestado" }).ClickAsync();
        await page.Locator("#Input_Code").FillAsync("pendiente-compras");
        await page.Locator("#Input_Name").FillAsync("Pendiente compras");
        await page.Locator("#Input_Description").FillAsync("Se espera la orden de compra de un repuesto.");
        await page.GetByLabel("Detiene el reloj").CheckAsync();
        await page.GetByLabel("Amplía la fecha estimada").CheckAsync();
        await page.AuditAsync("108-substate-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Subestado guardado.");
        await Assertions.Expect(page.Locator("table").Last).ToContainTextAsync("Pendiente compras");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pendiente respuesta del usuario" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Subestado automático de la guía");
        await Assertions.Expect(page.GetByLabel("Detiene el reloj")).ToBeDisabledAsync();
        await page.AuditAsync("109-substate-automatic");
    }
}

public sealed class AdminPeopleTestsOnSqlite(SqliteServer mesa) : AdminPeopleTests(mesa), IClassFixture<SqliteServer>;

public sealed class AdminPeopleTestsOnPostgres(PostgresServer mesa) : AdminPeopleTests(mesa), IClassFixture<PostgresServer>;
