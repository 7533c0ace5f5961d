using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// Guía §5 (base de conocimiento, problema), §11 (avisos, pestaña problemas y errores conocidos) and §11.5 (Información
/// adicional), in a real Chromium: an agent writes an article and links it, registers a problem from an incident and
/// makes it a known error; a user is offered the article while writing a request. Every page audited with axe-core.
/// </summary>
public abstract class KnowledgeAndProblemTests(MesaServer mesa)
{
    [Fact]
    public async Task An_agent_writes_an_article_links_it_and_turns_the_incident_into_a_known_error()
    {
        var ticket = await mesa.CreateTicketAsync("usuario1", "El escáner del piso 2 no envía al correo", "Sale un error de autenticación.");
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Conocimiento", Exact = true }).ClickAsync();
        await page.AuditAsync("70-knowledge");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuevo artículo" }).ClickAsync();
        await page.GetByLabel("Título del artículo").FillAsync("Escáner: no envía al correo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#body-error")).ToContainTextAsync("obligatorio");
        await Assertions.Expect(page.GetByLabel("Título del artículo")).ToHaveValueAsync("Escáner: no envía al correo");
        await page.AuditAsync("71-knowledge-new-error");
        await page.GetByLabel("Contenido").FillAsync("Revise que la cuenta del escáner tenga la clave vigente.\n\nSi venció, pida el cambio a Soporte.");
        await page.GetByLabel("Palabras clave").FillAsync("scanner digitalizar");
        await page.GetByLabel("Público: usuarios en el portal y técnicos").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Artículo publicado.");
        await page.AuditAsync("72-article");
        var code = Regex.Match(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), @"KB-\d+").Value;

        // Guía §11 Avisos: the panel announces the new article.
        await page.GetByRole(AriaRole.Link, new() { Name = "Panel inicial", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".alerts")).ToContainTextAsync("Escáner: no envía al correo");

        // Guía §11.5: the ticket's Información adicional proposes it; one click links it.
        await page.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=additional");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Relacionar {code}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Artículo relacionado.");
        await Assertions.Expect(page.Locator("section[aria-labelledby='articles-heading']")).ToContainTextAsync($"{code} · Escáner: no envía al correo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrar un problema a partir de esta incidencia" }).ClickAsync();
        await page.GetByLabel("Título").FillAsync("Escáneres sin envío a correo");
        await page.GetByLabel("Descripción").FillAsync("Los escáneres de las sedes dejaron de enviar al correo.");
        await page.AuditAsync("73-problem-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar problema" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Problema registrado.");
        await Assertions.Expect(page.Locator("section[aria-labelledby='incidents-heading']")).ToContainTextAsync((string)ticket["code"]!);

        await page.Locator("#known-root").FillAsync("La clave de la cuenta de servicio del escáner venció.");
        await page.Locator("#known-workaround").FillAsync("Escanear a la carpeta compartida y adjuntar el archivo.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Declarar error conocido" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("error conocido");
        await Assertions.Expect(page.Locator(".ticket-badges")).ToContainTextAsync("Error conocido");
        await page.AuditAsync("74-problem-known-error");

        // The incident now shows the workaround first line gives to users.
        await page.GotoAsync($"/agent/tickets/{ticket["id"]}?tab=additional");
        await Assertions.Expect(page.Locator("section[aria-labelledby='problems-heading']")).ToContainTextAsync("Escanear a la carpeta compartida");
        await page.AuditAsync("75-ticket-additional-links");

        // Guía §11: the panel's problem counters lead to exactly those problems.
        await page.GotoAsync("/agent");
        await page.Locator("#view-problems-all tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Error conocido" }) })
            .GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agent/problems\\?view=All&state=KnownError"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Escáneres sin envío a correo");
        await page.AuditAsync("76-problems-list");
    }

    [Fact] // Guía §5 "herramienta de autoayuda": while writing, the user is offered the public article that answers it
    public async Task A_user_writing_a_request_is_offered_the_article_that_answers_it()
    {
        await mesa.AgentDoesAsync("agente2", "/api/v1/knowledge", new
        {
            title = "Cómo desbloquear la cuenta del correo",
            body = "Entre a la página de autoservicio y responda sus preguntas de seguridad.",
            keywords = "bloqueada bloqueo",
            audience = "public",
        });
        var page = await mesa.NewPageAsync(width: 390, height: 844);
        await page.SignInAsync("usuario2");
        await page.GotoAsync("/portal/tickets/new");
        await page.GetByLabel("En una frase, ¿qué pasa?").PressSequentiallyAsync("Mi cuenta de correo está bloqueada");

        var suggestion = page.GetByRole(AriaRole.Link, new() { Name = "Cómo desbloquear la cuenta del correo" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await page.AuditAsync("77-portal-suggestions");
        await page.GotoAsync("/portal/knowledge?q=DESBLOQUEAR");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cómo desbloquear la cuenta del correo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("preguntas de seguridad");
        await page.AuditAsync("78-portal-article");
    }
}

public sealed class KnowledgeAndProblemTestsOnSqlite(SqliteServer mesa) : KnowledgeAndProblemTests(mesa), IClassFixture<SqliteServer>;

public sealed class KnowledgeAndProblemTestsOnPostgres(PostgresServer mesa) : KnowledgeAndProblemTests(mesa), IClassFixture<PostgresServer>;
