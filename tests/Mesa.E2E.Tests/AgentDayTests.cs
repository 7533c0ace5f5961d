using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// An agent's day in the console, in a real Chromium: the panel, the list, the ticket form and its tabs,
/// with axe-core on every page and a screenshot of each kept as an artifact.
/// </summary>
public abstract class AgentDayTests(MesaServer mesa)
{
    [Fact] // Guía §11, §14.3, §15: panel → assigned ticket → 1ª respuesta → pregunta → respuesta del usuario → firma solución
    public async Task An_agent_answers_asks_and_signs_the_solution_of_an_assigned_ticket()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "La impresora del piso 3 no imprime", "Sale una hoja en blanco.");
        var code = (string)ticket["code"]!;
        await mesa.RunJobAsync("auto-assign"); // Guía §7: the rule sends it to Mesa de Servicio, whose only agent is agente1

        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agent$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Panel inicial", Level = 1 })).ToBeVisibleAsync();
        await page.AuditAsync("01-panel");

        // Every counter is a link to exactly those tickets.
        await page.Locator("#view-assigned-to-me tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Asignada", Exact = true }) })
            .GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("view=assigned-to-me&state=assigned&hasAgent=true"));
        await page.AuditAsync("02-list-assigned-to-me");

        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(code);
        await page.AuditAsync("03-ticket-summary");

        await page.GetByRole(AriaRole.Link, new() { Name = "Investigación" }).ClickAsync();
        await page.AuditAsync("04-ticket-investigation");
        await AddActionAsync(page, "1ª respuesta usuario", "Hola, ya revisamos la cola de impresión.");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("Hola, ya revisamos la cola de impresión.");
        await Assertions.Expect(page.GetByLabel("1ª respuesta usuario")).ToBeDisabledAsync(); // §14.3: once only

        await AddActionAsync(page, "Pregunta al usuario", "¿La impresora muestra algún mensaje en la pantalla?");
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Pendiente respuesta del usuario");

        using (var user = mesa.Api("usuario1"))
        {
            var reply = await user.PostAsJsonAsync($"/api/v1/tickets/{ticket["id"]}/replies", new { text = "Dice «atasco de papel»." });
            reply.EnsureSuccessStatusCode();
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Con respuesta del usuario");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("atasco de papel");

        // Guía §14 "Información adicional": the agent shares a file with the user.
        await page.GetByRole(AriaRole.Link, new() { Name = "Información adicional" }).ClickAsync();
        await page.GetByLabel("Adjuntar un archivo").SetInputFilesAsync(new FilePayload
        {
            Name = "guía de atascos.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Abra la bandeja 2 y retire el papel."),
        });
        await page.GetByLabel("Visible para el usuario en el portal").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Adjuntar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Archivo adjuntado.");
        await Assertions.Expect(page.Locator(".attachments table")).ToContainTextAsync("guía de atascos.txt");
        await page.AuditAsync("04b-ticket-additional");
        await page.GetByRole(AriaRole.Link, new() { Name = "Investigación" }).ClickAsync();

        await AddActionAsync(page, "Firma solución", "Se retiró el papel atascado y se imprimió una página de prueba.");
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Resuelta");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cierre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("espera la confirmación del usuario");
        await page.AuditAsync("05-ticket-closure");
    }

    [Fact] // Guía §12: Escalar a 2ª Línea, the group first and the agent last, with its note
    public async Task An_agent_escalates_a_ticket_to_second_line_with_a_note()
    {
        var ticket = await mesa.CreateTicketAsync("usuario2", "El equipo no enciende", "No da señal de vida.");
        await mesa.RunJobAsync("auto-assign");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=general");
        await page.AuditAsync("06-ticket-general");

        await page.Locator("summary", new() { HasText = "Escalar a 2ª Línea / reasignar" }).ClickAsync();
        await page.GetByLabel("Grupo", new() { Exact = true }).SelectOptionAsync("Soporte Técnico");
        await page.GetByLabel("Técnico", new() { Exact = true }).SelectOptionAsync("agente2");
        await page.Locator("#Assign_Note").FillAsync("Requiere revisión de la fuente de poder en sitio.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Escalar" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Asignación registrada");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Soporte Técnico");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("agente2");
    }

    [Fact] // Guía §14 "Incidencias/peticiones relacionadas": a duplicate merged into the ticket that continues; the bell
    public async Task An_agent_merges_a_duplicate_and_reads_the_bell()
    {
        var target = await mesa.CreateTicketAsync("usuario1", "La impresora del piso 3 no imprime", "Queda en cola.");
        var duplicate = await mesa.CreateTicketAsync("usuario2", "Tampoco imprime la del piso 3", "Igual que ayer.");
        await mesa.AgentDoesAsync("supervisor1", $"/api/v1/tickets/{target["id"]}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Para primera línea." });
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync($"/agent/tickets/{duplicate["id"]}?tab=additional");
        await page.AuditAsync("95-ticket-merge");

        await page.Locator("#Merge_Into").FillAsync(target["code"]!.ToString());
        await page.Locator("#Merge_Note").FillAsync("Es la misma impresora del piso 3.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fusionar como duplicado" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(target["code"]!.ToString());
        Assert.EndsWith($"/agent/tickets/{target["id"]}?tab=summary", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Avisos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bell-list")).ToContainTextAsync(target["code"]!.ToString());
        await page.AuditAsync("96-bell");
    }

    [Fact] // Guía §14.2 "Otros usuarios informados" with the four checkboxes: Creación, Acciones, Resolución, Cierre
    public async Task An_agent_informs_another_user_of_chosen_events()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "Cambio de clave del correo", "Olvidé la clave.");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=general");
        await page.GetByRole(AriaRole.Link, new() { Name = "Editar" }).ClickAsync();
        await page.GetByLabel("Usuario informado: nueva persona").FillAsync("usuario2");
        await page.GetByLabel("Acciones: nueva persona").UncheckAsync();
        await page.AuditAsync("16-ticket-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cambios guardados");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("(usuario2): Creación/Registro, Resolución, Cierre");
    }

    [Fact] // Guía §13: Rechazar needs its note; without one the rule is shown and nothing changes
    public async Task Rejecting_a_new_ticket_asks_for_the_reason_and_keeps_it_in_first_line_service()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "Quiero un monitor más grande", "Por gusto.");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=general");

        await page.Locator("summary", new() { HasText = "Rechazar" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechazar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("anotación");
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Nueva");
        await page.AuditAsync("07-reject-error");

        await page.Locator("#note-reject").FillAsync("No corresponde a la mesa de servicio: solicitud de compra.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechazar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Rechazada");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("solicitud de compra");
    }

    [Fact] // Guía §14.2: Firma en Servicio 1ª Línea closes a ticket solved at first contact
    public async Task A_first_line_agent_closes_a_ticket_solved_at_first_contact()
    {
        var ticket = await mesa.CreateTicketAsync("usuario2", "Olvidé cómo conectar a la VPN", "Necesito los pasos.");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=general");
        await page.Locator("summary", new() { HasText = "Firma en Servicio 1ª Línea" }).ClickAsync();
        await page.Locator("#note-closefirstline").FillAsync("Se guiaron los pasos por teléfono; conectó bien.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Firmar y cerrar" }).ClickAsync();

        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Cerrada");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cierre" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Firma en Servicio 1ª Línea");
    }

    [Fact] // Guía §11 "Nuevo registro": an agent registers a ticket for a user, classified from the catalogue's tree
    public async Task An_agent_registers_a_ticket_for_a_user()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo registro" }).First.ClickAsync();
        await page.AuditAsync("08-new");
        await page.GetByLabel("Petición").CheckAsync();
        await page.GetByLabel("Notificado por").FillAsync("usuario2");
        await page.GetByLabel("Título").FillAsync("Instalar lector de PDF");
        await page.GetByLabel("Descripción").FillAsync("Para revisar los informes mensuales.");
        await page.GetByLabel("Servicio / Categoría").SelectOptionAsync(new SelectOptionValue { Label = "/Hardware/Equipo de cómputo" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"Registrada REQ \d{4}-\d{6}"));
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Petición");
        await page.GetByRole(AriaRole.Link, new() { Name = "General" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("usuario2");
    }

    [Fact] // Guía §11 "Nuevo registro desde plantilla": the template proposes, the agent answers its fields
    public async Task An_agent_registers_a_ticket_from_a_template()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo registro desde plantilla" }).ClickAsync();
        await page.AuditAsync("08b-new-templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "Creación de cuenta de usuario" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Título")).ToHaveValueAsync("Creación de cuenta de usuario");
        await page.AuditAsync("08c-new-from-template");
        await page.GetByLabel("Notificado por").FillAsync("usuario2");
        await page.GetByLabel("Nombre completo").FillAsync("Ana María Pérez");
        await page.GetByLabel("Número de documento").FillAsync("1.020.304");
        await page.GetByLabel("Dependencia").FillAsync("Talento Humano");
        await page.GetByLabel("Fecha de ingreso").FillAsync("2026-12-01");
        await page.GetByLabel("Tipo de vinculación").SelectOptionAsync("Contratista");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"Registrada REQ \d{4}-\d{6}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Información adicional" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("01/12/2026");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Contratista");
        await page.AuditAsync("08d-ticket-template-fields");
    }

    [Fact] // Guía §15.1 Notificar: without editing the ticket, the agent writes to the requester with the PDF report
    public async Task An_agent_notifies_the_requester_with_the_report()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "El escáner no envía al correo", "Sale un error de autenticación.");
        var id = ticket["id"]!.ToString();
        await mesa.AgentDoesAsync("agente1", $"/api/v1/tickets/{id}/assign", new { group = "Mesa de Servicio", agent = "agente1", note = "Lo tomo." });

        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync($"/agent/tickets/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Notificar" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Sergio Londoño Londoño (usuario1) — solicitante")).ToBeCheckedAsync();
        await page.GetByLabel("Mensaje").FillAsync("Le enviamos el informe de lo realizado; falta configurar la cuenta SMTP.");
        await page.GetByLabel("Incluir informe PDF del registro").CheckAsync();
        await page.AuditAsync("04c-notify");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mensaje en cola de envío");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("falta configurar la cuenta SMTP");
        await page.GetByRole(AriaRole.Link, new() { Name = "Información adicional" }).ClickAsync();
        await Assertions.Expect(page.Locator(".attachments table")).ToContainTextAsync(".pdf");
    }

    [Fact] // Search ignores accents and case ("impresion" finds "Impresión")
    public async Task Searching_the_list_ignores_accents_and_case()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "Impresión de facturas con error", "Las facturas salen cortadas.");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync("/agent/tickets");
        await page.GetByLabel("Buscar", new() { Exact = true }).FillAsync("IMPRESION DE FACTURAS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aplicar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = (string)ticket["code"]! })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.tickets tbody tr")).ToHaveCountAsync(1);

        // Saved filters per agent.
        await page.GetByLabel("Guardar estos filtros como").FillAsync("Facturas");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar filtro" }).ClickAsync();
        await page.GotoAsync("/agent/tickets");
        await page.GetByRole(AriaRole.Link, new() { Name = "Facturas", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("table.tickets tbody tr")).ToHaveCountAsync(1);
        await page.AuditAsync("09-list-search");
    }

    [Fact] // Guía §11 "Pestaña avisos / alertas": a supervisor alerts every agent, by keyboard; the agent's panel shows it
    public async Task A_supervisor_publishes_an_alert_that_the_agents_panel_shows()
    {
        var supervisor = await mesa.NewPageAsync();
        await supervisor.SignInAsync("supervisor1");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Todas las alertas para técnicos" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Alertas para técnicos", Level = 1 })).ToBeVisibleAsync();
        await supervisor.GetByLabel("Texto").FocusAsync();
        await supervisor.Keyboard.TypeAsync("El sistema de radicación ORFEO está fuera de servicio hasta las 3 p. m.");
        await supervisor.Keyboard.PressAsync("Tab");
        await supervisor.Keyboard.PressAsync("End"); // the last level: Crítica
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Publicar" }).FocusAsync();
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator(".flash")).ToContainTextAsync("La alerta está publicada.");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Table)).ToContainTextAsync("Crítica");
        await supervisor.AuditAsync("60-alerts");

        var agent = await mesa.NewPageAsync();
        await agent.SignInAsync("agente2");
        var alerts = agent.GetByRole(AriaRole.Region, new() { Name = "Avisos y alertas" });
        await Assertions.Expect(alerts).ToContainTextAsync("El sistema de radicación ORFEO está fuera de servicio");
        await Assertions.Expect(alerts).ToContainTextAsync("Crítica");
        await agent.AuditAsync("61-panel-with-alert");

        await supervisor.GetByRole(AriaRole.Row).Filter(new() { HasText = "ORFEO" })
            .GetByRole(AriaRole.Button, new() { Name = "Retirar la alerta" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator(".flash")).ToContainTextAsync("La alerta se retiró de los paneles.");
        await agent.ReloadAsync();
        await Assertions.Expect(alerts).Not.ToContainTextAsync("ORFEO");
    }

    private static async Task AddActionAsync(IPage page, string kind, string text)
    {
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Descripción de la acción").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar la acción" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Acción registrada");
    }
}

public sealed class AgentDayTestsOnSqlite(SqliteServer mesa) : AgentDayTests(mesa), IClassFixture<SqliteServer>;

public sealed class AgentDayTestsOnPostgres(PostgresServer mesa) : AgentDayTests(mesa), IClassFixture<PostgresServer>;
