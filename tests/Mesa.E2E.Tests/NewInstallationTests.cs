using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Mesa.Core.People;
using Mesa.E2E.Tests.Support;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// Guía §4, the platform parametrized by its administrators: from an empty database, the first administrator builds
/// a small desk through the administration pages alone (people, group, calendar, ANS, catalogue, substate, custom
/// field, mailbox, template, rule), and a request goes through it from the portal to its closure.
/// </summary>
public abstract class NewInstallationTests(MesaServer mesa)
{
    private const string AdminPassword = "Entidad-Admin-2026";
    private const string StaffPassword = "Entidad-Clave-2026";

    [Fact]
    public async Task An_administrator_builds_a_desk_from_an_empty_database_and_a_request_goes_through_it()
    {
        var page = await mesa.NewPageAsync();

        // The first administrator, with the key only Mesa's console shows.
        await page.GotoAsync("/setup");
        await page.GetByLabel("Clave de instalación").FillAsync("no-es-la-clave");
        await FillAdminAsync(page);
        await Assertions.Expect(page.Locator("#Key-error")).ToContainTextAsync("no es la que Mesa escribió");
        await page.AuditAsync("90-setup");
        await page.GetByLabel("Clave de instalación").FillAsync(mesa.Services.GetRequiredService<SetupKey>().Value);
        await FillAdminAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Se creó el administrador jefe.ti");
        await page.SignInAsync("jefe.ti", AdminPassword);
        await page.GotoAsync("/setup");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("ya tiene administrador");

        // People: an agent and a requester.
        await PersonAsync(page, "tecnico1", "Tomás Técnico Uno", "tecnico1@entidad.test", "agent");
        await PersonAsync(page, "usuaria1", "Úrsula Usuaria Uno", "usuaria1@entidad.test", "requester");

        // The group the agent works in.
        await page.GotoAsync("/admin/groups/edit");
        await page.GetByLabel("Grupo", new() { Exact = true }).FillAsync("Mesa de Ayuda");
        await page.GetByLabel("Línea").SelectOptionAsync("1");
        await page.GetByLabel("Tomás Técnico Uno (tecnico1)").First.CheckAsync();
        await SaveAsync(page, "Grupo guardado");

        // The office hours, and the ANS measured on them, the default for everything.
        await page.GotoAsync("/admin/calendars/edit");
        await page.GetByLabel("Nombre", new() { Exact = true }).First.FillAsync("Horario de oficina");
        foreach (var day in (string[])["Lunes", "Martes", "Miércoles", "Jueves", "Viernes"])
            await page.GetByLabel(day, new() { Exact = true }).FillAsync("07:00-12:00, 13:00-17:00");
        await SaveAsync(page, "Calendario «Horario de oficina» guardado");
        await page.GotoAsync("/admin/policies/edit");
        await page.GetByLabel("Política ANS").FillAsync("ANS de la entidad");
        await page.GetByLabel("Calendario").SelectOptionAsync("Horario de oficina");
        await page.GetByLabel("Política por defecto (para lo que no tiene otra)").CheckAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.Locator($"#response-{i}").FillAsync("4 h");
            await page.Locator($"#resolution-{i}").FillAsync("24 h");
        }

        await SaveAsync(page, "Política «ANS de la entidad» guardada");

        // The catalogue: a service and a category.
        await page.GotoAsync("/admin/catalog");
        await page.GetByLabel("Servicio", new() { Exact = true }).FillAsync("Soporte en sitio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir servicio" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Soporte en sitio" }).ClickAsync();
        await page.GetByLabel("Ruta").FillAsync("/Equipos/Portátiles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Añadir categoría" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("/Equipos/Portátiles");

        // A substate of the operation's own, a custom field and a template for the requesters.
        await page.GotoAsync("/admin/substates/edit");
        await page.GetByLabel("Código").FillAsync("espera-repuesto");
        await page.GetByLabel("Nombre", new() { Exact = true }).FillAsync("En espera de repuesto");
        await page.GetByLabel("Detiene el reloj").CheckAsync();
        await SaveAsync(page, "Subestado guardado");
        await page.GotoAsync("/admin/custom-fields/edit");
        await page.GetByLabel("Etiqueta").FillAsync("Placa del portátil");
        await page.GetByLabel("Nombre", new() { Exact = true }).FillAsync("placa");
        await page.GetByLabel("Servicios").SelectOptionAsync("Soporte en sitio");
        await page.GetByLabel("Obligatorio").CheckAsync();
        await page.GetByLabel("Visible para usuarios").CheckAsync();
        await SaveAsync(page, "Campo guardado");
        await page.GotoAsync("/admin/templates/edit");
        await page.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Portátil dañado");
        await page.GetByLabel("Servicio / Categoría").SelectOptionAsync(new SelectOptionValue { Label = "/Equipos/Portátiles" });
        await page.GetByLabel("Título propuesto").FillAsync("Mi portátil no funciona");
        await page.GetByLabel("Nombre del campo").First.FillAsync("Piso y puesto");
        await page.GetByLabel("Ofrecerla también a los usuarios en el portal").CheckAsync();
        await SaveAsync(page, "Plantilla «Portátil dañado» guardada");

        // Every new ticket to the group; the mailbox users also write to, tried before it is saved.
        await page.GotoAsync("/admin/rules/edit");
        await page.GetByLabel("Regla", new() { Exact = true }).FillAsync("Todo a la Mesa de Ayuda");
        await page.GetByLabel("Grupo destino").SelectOptionAsync("Mesa de Ayuda");
        await SaveAsync(page, "Regla guardada");
        var mailbox = new ImapMailbox("soporte@entidad.test", "Soporte en sitio", "incident");
        await page.GotoAsync("/admin/mailboxes/edit");
        await page.GetByLabel("Dirección del buzón").FillAsync(mailbox.Address);
        await page.GetByLabel("Servidor IMAP").FillAsync(ImapMailbox.Server.Host);
        await page.GetByLabel("Puerto").FillAsync(ImapMailbox.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Seguridad").SelectOptionAsync("none");
        await page.GetByLabel("Usuario", new() { Exact = true }).FillAsync(mailbox.User);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(ImapMailbox.Password);
        await page.GetByLabel("Servicio", new() { Exact = true }).SelectOptionAsync("Soporte en sitio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Probar conexión" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Conexión correcta");
        await page.AuditAsync("91-mailbox");
        // The password is not sent back to the page: typed again to save.
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(ImapMailbox.Password);
        await SaveAsync(page, "Buzón guardado");
        foreach (var (path, name) in new[] { ("/admin/mailboxes", "92-mailboxes"), ("/admin/outgoing-mail", "93-outgoing-mail"),
                     ("/admin/configuration", "94-configuration"), ("/admin/settings", "95-settings") })
        {
            await page.GotoAsync(path);
            await page.AuditAsync(name);
        }

        // The requester asks through the portal with the template, the custom field required of her.
        var requester = await mesa.NewPageAsync();
        await requester.SignInAsync("usuaria1", StaffPassword);
        await requester.GotoAsync("/portal/tickets/new");
        await requester.GetByRole(AriaRole.Link, new() { Name = "Portátil dañado" }).ClickAsync();
        await requester.GetByLabel("Piso y puesto").FillAsync("Piso 4, puesto 12");
        await requester.GetByLabel("Cuéntenos los detalles").FillAsync("No enciende desde esta mañana.");
        await requester.GetByRole(AriaRole.Button, new() { Name = "Enviar la solicitud" }).ClickAsync();
        await Assertions.Expect(requester.Locator("#custom-placa-error")).ToContainTextAsync("Placa del portátil");
        await requester.GetByLabel("Placa del portátil").FillAsync("PT-2026-118");
        await requester.GetByRole(AriaRole.Button, new() { Name = "Enviar la solicitud" }).ClickAsync();
        await Assertions.Expect(requester.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"código REQ \d{4}-\d{6}"));
        var ticketUrl = requester.Url;

        // The rule places it; the agent signs the solution in the console.
        using (var admin = Api("jefe.ti", AdminPassword))
            (await admin.PostAsync("/api/v1/admin/jobs/auto-assign/run", null)).EnsureSuccessStatusCode();
        var agent = await mesa.NewPageAsync();
        await agent.SignInAsync("tecnico1", StaffPassword);
        await agent.GotoAsync("/agent/tickets?view=assigned-to-me");
        await agent.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"REQ \d{4}-\d{6}") }).First.ClickAsync();
        await Assertions.Expect(agent.Locator(".facts").First).ToContainTextAsync("Mesa de Ayuda");
        await Assertions.Expect(agent.Locator(".facts").Last).ToContainTextAsync("ANS de la entidad");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Investigación" }).ClickAsync();
        await agent.GetByLabel("Firma solución", new() { Exact = true }).CheckAsync();
        await agent.GetByLabel("Descripción de la acción").FillAsync("Se cambió el cargador dañado.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Registrar la acción" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".ticket-badges")).ToContainTextAsync("Resuelta");

        // The requester confirms, with the survey: the request is closed.
        await requester.GotoAsync(ticketUrl);
        await requester.GetByLabel("Correcta: se cierra la solicitud").CheckAsync();
        await requester.GetByLabel("5 de 5").CheckAsync();
        await requester.GetByRole(AriaRole.Button, new() { Name = "Enviar la respuesta" }).ClickAsync();
        await Assertions.Expect(requester.GetByRole(AriaRole.Status)).ToContainTextAsync("quedó cerrada");
    }

    private static async Task FillAdminAsync(IPage page)
    {
        await page.GetByLabel("Usuario", new() { Exact = true }).FillAsync("jefe.ti");
        await page.GetByLabel("Nombre completo").FillAsync("Jefa de Tecnología");
        await page.GetByLabel("Correo electrónico").FillAsync("jefe.ti@entidad.test");
        await page.GetByLabel("Clave nueva", new() { Exact = true }).FillAsync(AdminPassword);
        await page.GetByLabel("Repita la clave nueva").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear el administrador" }).ClickAsync();
    }

    private static async Task PersonAsync(IPage page, string userName, string name, string email, string role)
    {
        await page.GotoAsync("/admin/people/edit");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.GetByLabel("Nombre completo").FillAsync(name);
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.Locator($"input[name='Input.Roles'][value='{role}']").CheckAsync();
        await page.GetByLabel("Contraseña (opcional)").FillAsync(StaffPassword);
        await SaveAsync(page, "Persona guardada");
    }

    private static async Task SaveAsync(IPage page, string saved)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(saved);
    }

    private HttpClient Api(string userName, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(mesa.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return client;
    }
}

public sealed class NewInstallationOnSqlite(NewInstallationSqliteServer mesa) : NewInstallationTests(mesa), IClassFixture<NewInstallationSqliteServer>;

public sealed class NewInstallationOnPostgres(NewInstallationPostgresServer mesa) : NewInstallationTests(mesa), IClassFixture<NewInstallationPostgresServer>;
