using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Knowledge;

/// <summary>
/// Guía §5 "Base de datos de conocimiento" and §11.5 "Información adicional": agents write articles,
/// agents and users search them without minding accents, the portal suggests them, tickets cite them.
/// </summary>
public abstract class KnowledgeTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task An_agent_publishes_an_article_that_users_find_without_accents_and_internal_ones_stay_inside()
    {
        var agent = await app.As("agente1");
        var open = await CreateAsync(agent, "Impresión con hojas en blanco", "Abra la bandeja 2.\n\nRetire el papel atascado.",
            "impresora toner", "public");
        await CreateAsync(agent, "Reinicio de la cola de impresión del servidor", "Entre al servidor de impresión.", null, "internal");

        var user = await app.As("usuario1");
        var found = await (await user.GetAsync("/api/v1/knowledge?q=IMPRESION")).ReadObjectAsync(HttpStatusCode.OK);
        var byAgent = await (await agent.GetAsync("/api/v1/knowledge?q=impresion")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(["Impresión con hojas en blanco"], Titles(found));
        Assert.Equal(2, Titles(byAgent).Count);
        Assert.Equal(HttpStatusCode.NotFound,
            (await user.GetAsync($"/api/v1/knowledge/{(long)byAgent["items"]!.AsArray().First(a => a!.Str("audience") == "internal")!["id"]!}")).StatusCode);
        Assert.Equal("Impresión con hojas en blanco", (await (await user.GetAsync($"/api/v1/knowledge/KB-{open.Str("id")}"))
            .ReadObjectAsync(HttpStatusCode.OK)).Str("title"));
        // Every word must be there: "toner bandeja" finds it through its keyword and its text.
        Assert.Single(Titles(await (await user.GetAsync("/api/v1/knowledge?q=toner%20bandeja")).ReadObjectAsync(HttpStatusCode.OK)));
        Assert.Empty(Titles(await (await user.GetAsync("/api/v1/knowledge?q=toner%20vpn")).ReadObjectAsync(HttpStatusCode.OK)));
    }

    [Fact] // Guía §5: an article is revised as the service changes, and the revision is what suggestions offer
    public async Task A_revised_article_is_found_and_suggested_by_its_new_words()
    {
        var agent = await app.As("agente2");
        var article = await CreateAsync(agent, "Cambiar la clave del correo", "Use el portal antiguo.", "clave correo", "public");

        var revised = await (await agent.PutAsJsonAsync($"/api/v1/knowledge/{article.Str("id")}", new
        {
            title = "Cambiar la clave del correo institucional",
            body = "Use el autoservicio de contraseñas.",
            keywords = "clave correo autoservicio",
            audience = "public",
        })).ReadObjectAsync(HttpStatusCode.OK);
        var suggested = await (await (await app.As("usuario1")).GetAsync(
            "/api/v1/knowledge/suggestions?text=" + Uri.EscapeDataString("Olvidé la clave del correo institucional"))).ReadArrayAsync();

        Assert.Equal("Cambiar la clave del correo institucional", revised.Str("title"));
        Assert.Contains(suggested, a => a.Str("title") == "Cambiar la clave del correo institucional");
    }

    [Fact]
    public async Task A_retired_article_leaves_search_and_the_portal_but_stays_for_agents()
    {
        var agent = await app.As("agente2");
        var article = await CreateAsync(agent, "Configurar la VPN antigua", "Instale el cliente.", "vpnvieja", "public");

        var retired = await (await agent.DeleteAsync($"/api/v1/knowledge/{article.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        var user = await app.As("usuario2");

        Assert.NotEqual("", retired.Str("retiredAt"));
        Assert.Empty(Titles(await (await user.GetAsync("/api/v1/knowledge?q=vpnvieja")).ReadObjectAsync(HttpStatusCode.OK)));
        Assert.Empty(Titles(await (await agent.GetAsync("/api/v1/knowledge?q=vpnvieja")).ReadObjectAsync(HttpStatusCode.OK)));
        Assert.Single(Titles(await (await agent.GetAsync("/api/v1/knowledge?q=vpnvieja&retired=true")).ReadObjectAsync(HttpStatusCode.OK)));
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/api/v1/knowledge/{article.Str("id")}")).StatusCode);
        var revise = await (await agent.PutAsJsonAsync($"/api/v1/knowledge/{article.Str("id")}",
            new { title = "Otra", body = "Otro" })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Contains("retirado", revise.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_articles_are_refused_beside_their_fields_and_requesters_do_not_write()
    {
        var agent = await app.As("agente1");
        var before = (long)(await (await agent.GetAsync("/api/v1/knowledge?retired=true")).ReadObjectAsync(HttpStatusCode.OK))["total"]!;

        var bad = await (await agent.PostJsonAsync("/api/v1/knowledge", new { title = " ", body = "", audience = "secreto" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var unknown = await (await agent.PostJsonAsync("/api/v1/knowledge", new { title = "T", body = "B", service = "Cafetería" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var byUser = await (await app.As("usuario1")).PostJsonAsync("/api/v1/knowledge", new { title = "T", body = "B" });

        Assert.True(bad["errors"]!.AsObject().ContainsKey("title"));
        Assert.True(bad["errors"]!.AsObject().ContainsKey("body"));
        Assert.True(bad["errors"]!.AsObject().ContainsKey("audience"));
        Assert.True(unknown["errors"]!.AsObject().ContainsKey("service"));
        Assert.Equal(HttpStatusCode.Forbidden, byUser.StatusCode);
        Assert.Equal(before, (long)(await (await agent.GetAsync("/api/v1/knowledge?retired=true")).ReadObjectAsync(HttpStatusCode.OK))["total"]!);
    }

    [Fact] // Guía §11.5: the article is cited in the ticket, in its history, and the article lists the ticket
    public async Task An_agent_links_an_article_to_a_ticket_and_both_show_it()
    {
        var agent = await app.As("agente1");
        var article = await CreateAsync(agent, "Correo lleno: archivar mensajes", "Use la opción Archivar.", "buzon", "public");
        var ticket = await _desk.RegisterAsync("usuario1", "Mi buzón de correo está lleno");

        var linked = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/articles", new { code = $"KB-{article.Str("id")}" }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var twice = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/articles", new { code = article.Str("id") }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var missing = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/articles", new { code = "KB-999999" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.NotEqual(ticket.Str("version"), linked.Str("version"));
        Assert.Contains("ya está relacionada", twice["errors"]!["code"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("KB-999999", missing["errors"]!["code"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")), e => e.Str("field") == "article"
            && e.Str("newValue") == $"KB-{article.Str("id")} Correo lleno: archivar mensajes");
        var details = await (await agent.GetAsync($"/api/v1/knowledge/{article.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(ticket.Str("code"), details["tickets"]![0]!.Str("code"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).GetAsync($"/api/v1/tickets/{ticket.Str("id")}/articles")).StatusCode);

        var unlinked = await agent.DeleteAsync($"/api/v1/tickets/{ticket.Str("id")}/articles/KB-{article.Str("id")}");
        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Empty(await (await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/articles")).ReadArrayAsync());
    }

    [Fact] // Guía §5 "herramienta de autoayuda": the portal proposes articles while the user writes a request
    public async Task The_portal_suggests_public_articles_for_what_the_user_writes()
    {
        var agent = await app.As("agente2");
        await CreateAsync(agent, "El escáner no envía al correo", "Revise la libreta de direcciones del escáner.", "scanner digitalizar", "public");
        await CreateAsync(agent, "Escáner: reinicio del servicio SMTP", "Solo técnicos.", "scanner", "internal");

        using var user = app.Browser();
        await user.SignInAsync("usuario2");
        var fragment = await user.GetStringAsync("/portal/knowledge?handler=Suggest&text=" + Uri.EscapeDataString("Buenos días, el ESCANER no me envía nada"));
        var search = await user.GetStringAsync("/portal/knowledge?q=escaner");
        var form = await user.GetStringAsync("/portal/tickets/new");

        Assert.Contains("El escáner no envía al correo", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("SMTP", fragment, StringComparison.Ordinal);
        Assert.Contains("El escáner no envía al correo", search, StringComparison.Ordinal);
        Assert.DoesNotContain("SMTP", search, StringComparison.Ordinal);
        Assert.Contains("data-suggest=\"/portal/knowledge?handler=Suggest\"", form, StringComparison.Ordinal);
        Assert.Equal("", (await user.GetStringAsync("/portal/knowledge?handler=Suggest&text=hola")).Trim());
    }

    [Fact] // The agent's pages: write, read, revise; the panel's Avisos list it; the ticket's tab links it
    public async Task An_agent_writes_an_article_in_the_form_and_the_panel_announces_it()
    {
        using var agent = app.Browser();
        await agent.SignInAsync("agente1");
        var empty = await agent.PostFormAsync("/agent/knowledge/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Cambiar la clave del Wi-Fi de invitados",
            ["Input.Body"] = "",
            ["Input.Audience"] = "Internal",
        });
        var page = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("value=\"Cambiar la clave del Wi-Fi de invitados\"", page, StringComparison.Ordinal);

        var created = await agent.PostFormAsync("/agent/knowledge/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Cambiar la clave del Wi-Fi de invitados",
            ["Input.Body"] = "Entre a la consola del controlador.\n\nCambie la clave y publíquela en recepción.",
            ["Input.Keywords"] = "wifi invitados",
            ["Input.Service"] = "Soporte Técnico",
            ["Input.Audience"] = "Internal",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var article = await agent.GetStringAsync(location);
        Assert.Contains("<p>Cambie la clave y publíquela en recepción.</p>", article, StringComparison.Ordinal);
        Assert.Contains("Interno: solo técnicos", article, StringComparison.Ordinal);

        var panel = await agent.GetStringAsync("/agent");
        Assert.Contains("Cambiar la clave del Wi-Fi de invitados", panel, StringComparison.Ordinal);

        var ticket = await _desk.RegisterAsync("usuario1", "No conecta el wifi de invitados");
        var tab = await agent.GetStringAsync($"/agent/tickets/{ticket.Str("id")}?tab=additional");
        Assert.Contains("Artículos que pueden servir", tab, StringComparison.Ordinal);
        var linked = await agent.PostFormAsync($"/agent/tickets/{ticket.Str("id")}?tab=additional&handler=LinkArticle", new Dictionary<string, string>
        {
            ["Version"] = ticket.Str("version"),
            ["Reference.Code"] = "KB-0",
        });
        Assert.Contains("No existe el artículo de conocimiento KB-0.", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = location.Split('/').Last();
        linked = await agent.PostFormAsync($"/agent/tickets/{ticket.Str("id")}?tab=additional&handler=LinkArticle", new Dictionary<string, string>
        {
            ["Version"] = ticket.Str("version"),
            ["Reference.Code"] = $"KB-{id}",
        });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Contains($"KB-{id} · Cambiar la clave del Wi-Fi de invitados", await agent.GetStringAsync($"/agent/tickets/{ticket.Str("id")}?tab=additional"),
            StringComparison.Ordinal);
    }

    [Fact] // A long result is read page by page, newest change first
    public async Task A_long_search_is_paged_by_twenty_five()
    {
        var agent = await app.As("agente3");
        for (var i = 1; i <= 26; i++) await CreateAsync(agent, $"Guía rápida {i:00} del mantenimiento preventivo", "Pasos.", "preventivo", "public");

        using var browser = app.Browser();
        await browser.SignInAsync("agente3");
        var first = await browser.GetStringAsync("/agent/knowledge?q=preventivo");
        var second = await browser.GetStringAsync("/agent/knowledge?q=preventivo&page=2");

        Assert.Contains("Página 1 de 2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"?q=preventivo&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("Guía rápida 26", first, StringComparison.Ordinal);
        Assert.Contains("Guía rápida 01", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Guía rápida 26", second, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> CreateAsync(HttpClient agent, string title, string body, string? keywords, string audience) =>
        await (await agent.PostJsonAsync("/api/v1/knowledge", new { title, body, keywords, audience })).ReadObjectAsync(HttpStatusCode.Created);

    private static List<string> Titles(JsonObject page) => page["items"]!.AsArray().Select(a => a!.Str("title")).ToList();
}

public sealed class KnowledgeOnSqlite(SqliteApp app) : KnowledgeTests(app), IClassFixture<SqliteApp>;

public sealed class KnowledgeOnPostgres(PostgresApp app) : KnowledgeTests(app), IClassFixture<PostgresApp>;
