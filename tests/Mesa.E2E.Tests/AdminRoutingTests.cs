using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// In the browser: an admin adds a service with a category, a location, a group with its
/// members, a rule that sends the new category to that group, and checks an import file — every page audited; an
/// agent then places a ticket at the new location.
/// </summary>
public abstract class AdminRoutingTests(MesaServer mesa)
{
    [Fact]
    public async Task An_admin_builds_the_catalogue_a_group_and_a_rule_and_checks_an_import()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Catálogo de servicios" }).ClickAsync();
        await page.AuditAsync("30-catalog");

        // A service with its ANS; a name already used is answered beside the field.
        await page.GetByLabel("Servicio", new() { Exact = true }).FillAsync("Soporte Técnico");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir servicio" }).ClickAsync();
        await Assertions.Expect(page.Locator("#service-name-error")).ToContainTextAsync("Soporte Técnico");
        await page.GetByLabel("Servicio", new() { Exact = true }).FillAsync("Gestión Documental");
        await page.Locator("#Input_Policy").SelectOptionAsync("SLA TI - 24 HORAS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir servicio" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Servicio guardado");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gestión Documental" }).ClickAsync();
        await page.GetByLabel("Ruta", new() { Exact = true }).FillAsync("/ORFEO/Radicación");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir categoría" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("/ORFEO/Radicación");
        await page.AuditAsync("31-service");

        await page.GotoAsync("/admin/locations");
        await page.GetByLabel("Ruta", new() { Exact = true }).FillAsync("/Sede Central/Piso 5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir localización" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("/Sede Central/Piso 5");
        await page.AuditAsync("32-locations");

        await page.GotoAsync("/admin/groups");
        await page.AuditAsync("33-groups");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo grupo" }).ClickAsync();
        await page.GetByLabel("Grupo", new() { Exact = true }).FillAsync("Grupo ORFEO");
        await page.GetByLabel("Línea", new() { Exact = true }).SelectOptionAsync("2");
        await page.GetByLabel("Modo de asignación").SelectOptionAsync("LeastLoaded");
        await page.Locator("input[name='Input.Members'][value='agente2']").CheckAsync();
        await page.Locator("input[name='Input.Supervisors'][value='supervisor1']").CheckAsync();
        await page.AuditAsync("34-group-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Grupo ORFEO");

        await page.GotoAsync("/admin/rules");
        await page.AuditAsync("35-rules");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nueva regla" }).ClickAsync();
        await page.GetByLabel("Regla", new() { Exact = true }).FillAsync("ORFEO: radicación");
        await page.Locator("#Input_Classification").SelectOptionAsync("Gestión Documental::/ORFEO/Radicación");
        await page.GetByLabel("Grupo destino").SelectOptionAsync("Grupo ORFEO");
        await page.AuditAsync("36-rule-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("ORFEO: radicación");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("/ORFEO/Radicación");

        // An import file with a bad row: checked, every error listed, nothing changed.
        await page.GotoAsync("/admin/import");
        await page.GetByLabel("Archivo", new() { Exact = true }).SelectOptionAsync("Groups");
        await page.GetByLabel("Archivo CSV").SetInputFilesAsync(new FilePayload
        {
            Name = "grupos.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Grupo;Línea\nGrupo Nuevo;1\nGrupo Malo;Tercera\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 con errores");
        await Assertions.Expect(page.Locator("table").Last).ToContainTextAsync("Tercera");
        await page.AuditAsync("37-import");
        await page.GotoAsync("/admin/groups");
        await Assertions.Expect(page.Locator("table")).Not.ToContainTextAsync("Grupo Nuevo");

        // Guía §14.2 "Localización / Cliente": an agent places a ticket at the new location.
        var ticket = await mesa.CreateTicketAsync("usuario1", "Sin red en el piso 5", "Ningún equipo navega.");
        var agent = await mesa.NewPageAsync();
        await agent.SignInAsync("agente1");
        await agent.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=general");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Editar" }).ClickAsync();
        await agent.GetByLabel("Localización / Cliente").SelectOptionAsync("/Sede Central/Piso 5");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".facts")).ToContainTextAsync("/Sede Central/Piso 5");
    }

    [Fact] // Guía §5 Plantilla: the admin adds a field to a template, sees the form in the preview, then saves it
    public async Task An_admin_previews_and_saves_a_template()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plantillas", Exact = true }).ClickAsync();
        await page.AuditAsync("38-templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "Falla de impresora" }).ClickAsync();
        await page.GetByLabel("Nombre del campo").Nth(2).FillAsync("Color o blanco y negro");
        await page.GetByLabel("Tipo de dato").Nth(2).SelectOptionAsync(new SelectOptionValue { Label = "Selección de una lista" });
        await page.GetByLabel("Opciones (una por línea)").Nth(2).FillAsync("Color\nBlanco y negro");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vista previa" }).ClickAsync();
        await Assertions.Expect(page.Locator(".preview")).ToContainTextAsync("Color o blanco y negro");
        await page.AuditAsync("39-template-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Plantilla «Falla de impresora» guardada.");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("3");
    }

    [Fact] // The admin rewrites an automatic notice with marks and previews it before saving
    public async Task An_admin_rewrites_a_notice_with_a_preview()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plantillas de correo" }).ClickAsync();
        await page.AuditAsync("40-mail-templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cierre", Exact = true }).ClickAsync();
        await page.GetByLabel("Texto", new() { Exact = true }).FillAsync("Cerramos {codigo} «{titulo}». ¿Cómo lo atendimos? Califique en el portal.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vista previa" }).ClickAsync();
        await Assertions.Expect(page.Locator(".preview")).ToContainTextAsync("Cerramos REQ 2026-000123");
        await page.AuditAsync("41-mail-template-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Plantilla de correo guardada.");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Propio de la entidad");
    }

    [Fact] // Integrations: a webhook registered in the browser, with its events and secret, then switched off
    public async Task An_admin_registers_a_webhook_and_switches_it_off()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks (integraciones)" }).ClickAsync();
        await page.AuditAsync("114-webhooks");

        await page.GetByLabel("Dirección").FillAsync("http://127.0.0.1:9/tablero");
        await page.GetByLabel("Incidencia/petición registrada").CheckAsync();
        await page.GetByLabel("Cerrada").CheckAsync();
        await page.GetByLabel("Secreto compartido").FillAsync("secreto-del-tablero-de-la-mesa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar webhook" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Se registró el webhook");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("ticket.registered, ticket.closed");
        await page.AuditAsync("115-webhook-log");
        await page.GetByRole(AriaRole.Button, new() { Name = "Desactivar el webhook http://127.0.0.1:9/tablero" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("quedó desactivado");
    }

    [Fact] // Coming from ProactivaNET: the guide's *En curso* listing (§11) checked, its bad rows listed, then imported
    public async Task An_admin_checks_a_proactivanet_listing_then_imports_it()
    {
        const string header = "Código\tEstado\tFecha de registro\tFecha estimada resolución\tTítulo\tCategoría\tDescripción\t" +
                              "Técnico de P. Mesa\tNotificado por\tGrupo\tCalificada\tSolución para el usuario\n";
        const string good = "REIO 2025-064270\tResuelta\t06/09/2025 16:48\t26/09/2025 10:40\tNO TITLE\tSistemas de Información Misionales/SIGEP\t" +
                            "Buenas tardes Es para hacer una solicitud de cambio\tGómez Rincón, Laura\tLondoño Londoño, Sergio\tMesa de Servicio\tNo\tResolvió un asunto\n";
        const string bad = "REIO 2025-064269\tAsignada a un grupo\t06/09/2025 16:35\t\tSolicitud de acceso\tRedes/VPN\tNo puedo entrar\t\t" +
                           "Hothaly, Dussan\tMesa de Servicio\tNo\t\n";
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importar incidencias de ProactivaNET" }).ClickAsync();
        await page.AuditAsync("112-proactivanet");

        await page.GetByLabel("Listado de incidencias").SetInputFilesAsync(Listing(header + good + bad));
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("no se importó nada", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("table").Last).ToContainTextAsync("Hothaly, Dussan");
        await page.AuditAsync("113-proactivanet-report");

        await page.GetByLabel("Listado de incidencias").SetInputFilesAsync(Listing(header + good));
        await page.GetByLabel("Solo comprobar").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Se importaron 1 incidencias", new() { Timeout = 20_000 });
        await page.GotoAsync("/agent/tickets?q=REIO");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("REIO 2025-064270");
    }

    private static FilePayload Listing(string text) => new()
    {
        Name = "en-curso.csv",
        MimeType = "text/csv",
        Buffer = System.Text.Encoding.UTF8.GetBytes(text),
    };
}

public sealed class AdminRoutingTestsOnSqlite(SqliteServer mesa) : AdminRoutingTests(mesa), IClassFixture<SqliteServer>;

public sealed class AdminRoutingTestsOnPostgres(PostgresServer mesa) : AdminRoutingTests(mesa), IClassFixture<PostgresServer>;
