using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Guía §5 Plantilla, §11 "Nuevo registro desde plantilla" (issues 5 and 6): a template fixes the type, proposes the
/// rest and requires its information; the answers stay on the ticket (Información adicional) and only bad input is refused.
/// </summary>
public abstract class TemplateTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // Requesters see the templates offered in the portal; agents see every active one
    public async Task Requesters_see_only_the_templates_of_the_portal()
    {
        var requester = await (await (await app.As("usuario1")).GetAsync("/api/v1/templates")).ReadArrayAsync();
        var agent = await (await (await app.As("agente1")).GetAsync("/api/v1/templates")).ReadArrayAsync();

        Assert.DoesNotContain(requester, t => t.Str("name") == "Creación de cuenta de usuario");
        Assert.Contains(requester, t => t.Str("name") == "Instalación de software");
        Assert.Contains(agent, t => t.Str("name") == "Creación de cuenta de usuario");
        var hidden = agent.Single(t => t.Str("name") == "Creación de cuenta de usuario")!.Str("id");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("usuario1")).GetAsync($"/api/v1/templates/{hidden}")).StatusCode);
    }

    [Fact] // A template shows its fields in order, with kinds, options and defaults
    public async Task A_template_shows_what_it_asks_for()
    {
        var template = await (await (await app.As("agente1")).GetAsync(
            "/api/v1/templates/" + Uri.EscapeDataString("Creación de cuenta de usuario"))).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("request", "Sistemas de Información", "high"), (template.Str("type"), template.Str("service"), template.Str("urgency")));
        var fields = template["fields"]!.AsArray();
        Assert.Equal(["Nombre completo", "Número de documento", "Dependencia", "Fecha de ingreso", "Tipo de vinculación"],
            fields.Select(f => f.Str("label")));
        Assert.Equal(("choice", "Planta", "Planta,Contratista,Pasante"),
            (fields[4].Str("kind"), fields[4].Str("default"), string.Join(',', fields[4]!["options"]!.AsArray().Select(o => o!.ToString()))));
    }

    [Fact] // Guía §5: the ticket takes the template's type and proposals; the answers are kept and shown with it
    public async Task A_requester_registers_from_a_template_and_the_answers_stay_on_the_ticket()
    {
        var client = await app.As("usuario1");
        var ticket = await (await client.PostJsonAsync("/api/v1/tickets", new
        {
            template = "Instalación de software",
            fields = new Dictionary<string, string> { ["Programa"] = "QGIS 3.34", ["Placa del equipo"] = "MB-1001" },
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(("request", "Instalación de software", "Soporte Técnico", "/Hardware/Equipo de cómputo", "Instalación de software"),
            (ticket.Str("type"), ticket.Str("title"), ticket.Str("service"), ticket.Str("category"), ticket.Str("template")));
        Assert.Equal(["Programa=QGIS 3.34", "Placa del equipo=MB-1001"],
            ticket["fields"]!.AsArray().Select(f => $"{f.Str("label")}={f.Str("value")}"));
        Assert.Equal("Programa: QGIS 3.34\nPlaca del equipo: MB-1001", ticket.Str("description"));
    }

    [Fact] // Guía §5 "requiriendo información determinada": a missing answer is refused beside its field, nothing is saved
    public async Task A_missing_required_answer_is_refused_and_nothing_is_registered()
    {
        var agent = await app.As("agente1");
        var before = (await (await agent.GetAsync("/api/v1/tickets?view=all-open&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK)).Str("total");

        var problem = await (await agent.PostJsonAsync("/api/v1/tickets", new
        {
            template = "Creación de cuenta de usuario",
            requester = "usuario2",
            fields = new Dictionary<string, string> { ["Nombre completo"] = "Ana Pérez", ["Número de documento"] = "1.020.304" },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Diligencie «Dependencia»: la plantilla lo exige.", problem["errors"]!["fields[2]"]![0]!.ToString());
        Assert.Equal(before, (await (await agent.GetAsync("/api/v1/tickets?view=all-open&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK)).Str("total"));
    }

    [Fact] // A requester cannot use a template kept for agents, nor send answers without a template
    public async Task Templates_and_answers_out_of_reach_are_bad_input()
    {
        var client = await app.As("usuario1");

        var hidden = await (await client.PostJsonAsync("/api/v1/tickets", new { template = "Creación de cuenta de usuario" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var stray = await (await client.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "Pantalla negra",
            description = "No enciende.",
            fields = new Dictionary<string, string> { ["Placa"] = "MB-1" },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.True(hidden["errors"]!.AsObject().ContainsKey("template"));
        Assert.True(stray["errors"]!.AsObject().ContainsKey("fields"));
    }

    [Fact] // Guía §14 Información adicional: an agent corrects an answer; the history keeps the old and the new value
    public async Task An_agent_corrects_an_answer_and_the_history_shows_it()
    {
        var client = await app.As("agente1");
        var ticket = await (await client.PostJsonAsync("/api/v1/tickets", new
        {
            template = "Falla de impresora",
            requester = "usuario1",
            fields = new Dictionary<string, string> { ["Ubicación de la impresora"] = "Piso 2" },
        })).ReadObjectAsync(HttpStatusCode.Created);

        var changed = await (await client.PatchJsonAsync($"/api/v1/tickets/{ticket.Str("id")}", new
        {
            fields = new Dictionary<string, string> { ["Ubicación de la impresora"] = "Piso 3, sala de juntas" },
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("Piso 3, sala de juntas", changed["fields"]![0].Str("value"));
        Assert.Contains(await _desk.HistoryAsync(ticket.Str("id")), e => e.Str("kind") == "field-changed"
            && e.Str("field") == "field:Ubicación de la impresora" && e.Str("oldValue") == "Piso 2");
    }

    [Fact] // The admin keeps templates: create, change, retire; nobody else may
    public async Task The_admin_creates_changes_and_retires_a_template()
    {
        var admin = await app.As("admin");
        var created = await (await admin.PostJsonAsync("/api/v1/admin/templates", new
        {
            name = "Préstamo de portátil",
            type = "request",
            service = "Soporte Técnico",
            category = "/Hardware/Equipo de cómputo",
            forRequesters = true,
            fields = new object[]
            {
                new { label = "Fecha de entrega", kind = "date", required = true },
                new { label = "Sede", kind = "choice", options = new[] { "Bogotá", "Medellín" } },
            },
        })).ReadObjectAsync(HttpStatusCode.Created);
        var id = created.Str("id");

        var bad = await (await admin.PutAsJsonAsync($"/api/v1/admin/templates/{id}", new
        {
            name = "Préstamo de portátil",
            type = "request",
            fields = new object[] { new { label = "Sede", kind = "choice", options = new[] { "Bogotá" } } },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var retired = await (await admin.PutAsJsonAsync($"/api/v1/admin/templates/{id}", new
        {
            name = "Préstamo de portátil",
            type = "request",
            active = false,
            fields = Array.Empty<object>(),
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(["Fecha de entrega", "Sede"], created["fields"]!.AsArray().Select(f => f.Str("label")));
        Assert.True(bad["errors"]!.AsObject().ContainsKey("fields[0]"));
        Assert.Equal("false", retired.Str("active"));
        var readBack = await (await admin.GetAsync($"/api/v1/admin/templates/{id}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("false", readBack.Str("active"));
        Assert.DoesNotContain(await (await (await app.As("usuario1")).GetAsync("/api/v1/templates")).ReadArrayAsync(),
            t => t.Str("name") == "Préstamo de portátil");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("agente1")).PostJsonAsync("/api/v1/admin/templates",
            new { name = "X", type = "request" })).StatusCode);
    }
}

public sealed class TemplatesOnSqlite(SqliteApp app) : TemplateTests(app), IClassFixture<SqliteApp>;

public sealed class TemplatesOnPostgres(PostgresApp app) : TemplateTests(app), IClassFixture<PostgresApp>;
