using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Through the admin API: the catalogue (service types, services, category tree,
/// locations), groups and rules, and how tickets follow them (Guía §7, §12, §14.2).
/// </summary>
public abstract class CatalogAdminTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private static async Task<JsonObject> PutAsync(HttpClient client, string url, object body, HttpStatusCode expected) =>
        await (await client.PutAsJsonAsync(url, body)).ReadObjectAsync(expected);

    private async Task<JsonObject> CreatedAsync(string url, object body)
    {
        var admin = await app.As("admin");
        return await (await admin.PostJsonAsync(url, body)).ReadObjectAsync(HttpStatusCode.Created);
    }

    /// <summary>A service of its own type with a category tree, and a group of agente2 that a rule on the type sends it to.</summary>
    private async Task<(long ServiceId, JsonObject Group)> ServiceWithGroupAsync(string prefix)
    {
        await CreatedAsync("/api/v1/admin/service-types", new { name = $"{prefix} tipo" });
        var service = await CreatedAsync("/api/v1/admin/services",
            new { name = $"{prefix} servicio", serviceType = $"{prefix} tipo", policy = "SLA TI - 24 HORAS" });
        await CreatedAsync($"/api/v1/admin/services/{service["id"]}/categories", new { path = "/Equipos/Portátiles" });
        var group = await CreatedAsync("/api/v1/admin/groups", new
        {
            name = $"{prefix} grupo",
            tier = 2,
            mode = "round-robin",
            members = new[] { "agente2" },
            supervisors = new[] { "supervisor1" },
        });
        await CreatedAsync("/api/v1/admin/assignment-rules",
            new { name = $"{prefix}: tipo", group = $"{prefix} grupo", serviceType = $"{prefix} tipo" });
        return ((long)service["id"]!, group);
    }

    private async Task<JsonObject> RegisterAsync(string service, string category, string by = "usuario1", string? location = null)
    {
        var user = await app.As(by);
        return await (await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "Necesito un portátil",
            description = "Para el teletrabajo.",
            service,
            category,
            location,
        })).ReadObjectAsync(HttpStatusCode.Created);
    }

    [Fact] // Services with a type, the ANS and its calendar, categories as paths
    public async Task An_admin_builds_a_service_with_its_category_tree()
    {
        var (serviceId, _) = await ServiceWithGroupAsync("Árbol");
        var admin = await app.As("admin");

        var service = await (await admin.GetAsync($"/api/v1/admin/services/{serviceId}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("Árbol tipo", "SLA TI - 24 HORAS", "Calendario Técnicos Primer Nivel"),
            (service.Str("serviceType"), service.Str("policy"), service.Str("calendar")));
        var categories = await (await admin.GetAsync($"/api/v1/admin/services/{serviceId}/categories")).ReadArrayAsync();
        Assert.Equal(["/Equipos", "/Equipos/Portátiles"], categories.Select(c => c.Str("path")));
    }

    [Fact] // Renaming a node moves everything under it; tickets keep pointing at it
    public async Task Renaming_a_category_moves_its_subtree_and_its_tickets_follow()
    {
        var (serviceId, _) = await ServiceWithGroupAsync("Renombre");
        var ticket = await RegisterAsync("Renombre servicio", "/Equipos/Portátiles");
        var admin = await app.As("admin");
        var categories = await (await admin.GetAsync($"/api/v1/admin/services/{serviceId}/categories")).ReadArrayAsync();
        var root = categories.Single(c => c.Str("path") == "/Equipos")!;

        await PutAsync(admin, $"/api/v1/admin/categories/{root["id"]}", new { name = "Computadores" }, HttpStatusCode.OK);

        Assert.Equal("/Computadores/Portátiles", (await _desk.GetAsync(ticket.Str("id"))).Str("category"));
    }

    [Fact] // Never delete what tickets use: deactivate, and the subtree goes with it
    public async Task A_deactivated_category_takes_its_subtree_out_of_use_but_old_tickets_keep_it()
    {
        var (serviceId, _) = await ServiceWithGroupAsync("Baja");
        var ticket = await RegisterAsync("Baja servicio", "/Equipos/Portátiles");
        var admin = await app.As("admin");
        var categories = await (await admin.GetAsync($"/api/v1/admin/services/{serviceId}/categories")).ReadArrayAsync();
        var root = categories.Single(c => c.Str("path") == "/Equipos")!;
        var child = categories.Single(c => c.Str("path") == "/Equipos/Portátiles")!;

        await PutAsync(admin, $"/api/v1/admin/categories/{root["id"]}", new { name = "Equipos", active = false }, HttpStatusCode.OK);

        var user = await app.As("usuario1");
        var refused = await (await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "Otro portátil",
            description = "Igual.",
            service = "Baja servicio",
            category = "/Equipos/Portátiles",
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("/Equipos/Portátiles", refused["errors"]!["category"]![0]!.ToString());
        Assert.Equal("/Equipos/Portátiles", (await _desk.GetAsync(ticket.Str("id"))).Str("category"));

        var orphan = await PutAsync(admin, $"/api/v1/admin/categories/{child["id"]}", new { name = "Portátiles", active = true },
            HttpStatusCode.BadRequest);
        Assert.Contains("nivel superior", orphan["errors"]!["active"]![0]!.ToString());
    }

    [Fact] // Guía §7, §12: every part of the catalogue and of routing is read back and revised by the admin
    public async Task An_admin_reads_back_and_revises_types_services_locations_groups_and_rules()
    {
        var (serviceId, group) = await ServiceWithGroupAsync("Revisión");
        var admin = await app.As("admin");
        var type = (await (await admin.GetAsync("/api/v1/admin/service-types")).ReadArrayAsync())
            .Single(t => t.Str("name") == "Revisión tipo")!;
        var location = await CreatedAsync("/api/v1/admin/locations", new { path = "/Sede Revisión/Piso 1" });
        var rule = (await (await admin.GetAsync("/api/v1/admin/assignment-rules")).ReadArrayAsync())
            .Single(r => r.Str("name") == "Revisión: tipo")!;

        var renamedType = await PutAsync(admin, $"/api/v1/admin/service-types/{type["id"]}", new { name = "Revisión tipo 2" },
            HttpStatusCode.OK);
        var service = await PutAsync(admin, $"/api/v1/admin/services/{serviceId}",
            new { name = "Revisión servicio", serviceType = "Revisión tipo 2", policy = "SLA TI - 24 HORAS" }, HttpStatusCode.OK);
        var floor = await PutAsync(admin, $"/api/v1/admin/locations/{location["id"]}", new { name = "Piso 2" }, HttpStatusCode.OK);
        var renamedGroup = await PutAsync(admin, $"/api/v1/admin/groups/{group["id"]}", new
        {
            name = "Revisión grupo",
            tier = 2,
            mode = "least-loaded",
            members = new[] { "agente2", "agente3" },
            supervisors = new[] { "supervisor1" },
        }, HttpStatusCode.OK);
        await PutAsync(admin, $"/api/v1/admin/assignment-rules/{rule["id"]}",
            new { name = "Revisión: tipo", group = "Revisión grupo", serviceType = "Revisión tipo 2", active = false }, HttpStatusCode.OK);

        Assert.Equal(("Revisión tipo 2", "Revisión tipo 2"), (renamedType.Str("name"), service.Str("serviceType")));
        Assert.Equal("/Sede Revisión/Piso 2", floor.Str("path"));
        Assert.Contains(await (await admin.GetAsync("/api/v1/admin/locations")).ReadArrayAsync(), l => l.Str("path") == "/Sede Revisión/Piso 2");
        Assert.Equal("least-loaded", renamedGroup.Str("mode"));
        var readGroup = await (await admin.GetAsync($"/api/v1/admin/groups/{group["id"]}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(2, readGroup["members"]!.AsArray().Count);
        var readRule = await (await admin.GetAsync($"/api/v1/admin/assignment-rules/{rule["id"]}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("false", readRule.Str("active"));
    }

    [Fact]
    public async Task Bad_catalogue_input_gets_a_spanish_message_beside_its_field()
    {
        var admin = await app.As("admin");
        await CreatedAsync("/api/v1/admin/services", new { name = "Duplicado servicio" });

        var duplicate = await (await admin.PostJsonAsync("/api/v1/admin/services", new { name = "Duplicado servicio" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var unknownType = await (await admin.PostJsonAsync("/api/v1/admin/services", new { name = "Otro", serviceType = "No existe" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await admin.PostJsonAsync("/api/v1/admin/locations", new { path = "/Sede/" + new string('x', 200) }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Duplicado servicio", duplicate["errors"]!["name"]![0]!.ToString());
        Assert.Contains("No existe", unknownType["errors"]!["serviceType"]![0]!.ToString());
        Assert.NotNull(tooLong["errors"]!["path"]);
        var names = (await (await admin.GetAsync("/api/v1/admin/services")).ReadArrayAsync()).Select(s => s.Str("name")).ToList();
        Assert.DoesNotContain("Otro", names);
    }

    [Fact] // Members must be agents, supervisors must be supervisors
    public async Task A_group_keeps_exactly_the_members_and_supervisors_given()
    {
        var (_, group) = await ServiceWithGroupAsync("Miembros");
        var admin = await app.As("admin");

        var changed = await PutAsync(admin, $"/api/v1/admin/groups/{group["id"]}", new
        {
            name = "Miembros grupo",
            tier = 2,
            mode = "least-loaded",
            members = new[] { "agente1", "supervisor1" },
            supervisors = Array.Empty<string>(),
        }, HttpStatusCode.OK);
        var refused = await PutAsync(admin, $"/api/v1/admin/groups/{group["id"]}", new
        {
            name = "Miembros grupo",
            tier = 2,
            members = new[] { "usuario1" },
        }, HttpStatusCode.BadRequest);

        Assert.Equal(["agente1", "supervisor1"], changed["members"]!.AsArray().Select(m => m.Str("userName")).Order());
        Assert.Empty(changed["supervisors"]!.AsArray());
        Assert.Equal("least-loaded", changed.Str("mode"));
        Assert.Contains("usuario1", refused["errors"]!["members"]![0]!.ToString());
    }

    [Fact] // Guía §7: a rule on the service type and the location places the ticket
    public async Task The_sweep_places_a_ticket_by_service_type_and_the_requesters_location()
    {
        var (_, group) = await ServiceWithGroupAsync("Sede");
        await CreatedAsync("/api/v1/admin/locations", new { path = "/Bogotá/Sede Norte" });
        var admin = await app.As("admin");
        (await admin.PutAsJsonAsync("/api/v1/admin/users/usuario2/location", new { location = "/Bogotá/Sede Norte" }))
            .EnsureSuccessStatusCode();
        await CreatedAsync("/api/v1/admin/assignment-rules",
            new { name = "Sede: Bogotá", group = "Mesa de Servicio", serviceType = "Sede tipo", location = "/Bogotá" });

        var fromBogota = await RegisterAsync("Sede servicio", "/Equipos", by: "usuario2");
        Assert.Equal("/Bogotá/Sede Norte", fromBogota.Str("location"));
        var elsewhere = await RegisterAsync("Sede servicio", "/Equipos", by: "usuario1");
        await _desk.RunJobAsync("auto-assign");

        Assert.Equal("Mesa de Servicio", (await _desk.GetAsync(fromBogota.Str("id"))).Str("group"));
        Assert.Equal(group.Str("name"), (await _desk.GetAsync(elsewhere.Str("id"))).Str("group"));
    }

    [Fact] // Guía §12: a new location re-applies the rules, like a new category
    public async Task Changing_the_location_of_an_assigned_ticket_re_routes_it()
    {
        await ServiceWithGroupAsync("Traslado");
        await CreatedAsync("/api/v1/admin/locations", new { path = "/Medellín" });
        await CreatedAsync("/api/v1/admin/assignment-rules",
            new { name = "Traslado: Medellín", group = "Soporte Técnico", serviceType = "Traslado tipo", location = "/Medellín" });
        var ticket = await RegisterAsync("Traslado servicio", "/Equipos");
        await _desk.RunJobAsync("auto-assign");
        Assert.Equal("Traslado grupo", (await _desk.GetAsync(ticket.Str("id"))).Str("group"));
        var agent = await app.As("agente1");

        var moved = await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket["id"]}", new { location = "/Medellín" }))
            .ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("Soporte Técnico", "/Medellín"), (moved.Str("group"), moved.Str("location")));
        var history = await _desk.HistoryAsync(ticket.Str("id"));
        Assert.Contains(history, e => e.Str("field") == "Location" && e.Str("newValue") == "/Medellín");
    }

    [Fact] // A rule is changed and deactivated, never deleted
    public async Task A_deactivated_rule_no_longer_places_tickets()
    {
        await ServiceWithGroupAsync("Regla");
        var rule = await CreatedAsync("/api/v1/admin/assignment-rules",
            new { name = "Regla: portátiles", group = "Soporte Técnico", service = "Regla servicio", category = "/Equipos/Portátiles" });
        var admin = await app.As("admin");
        await PutAsync(admin, $"/api/v1/admin/assignment-rules/{rule["id"]}", new
        {
            name = "Regla: portátiles",
            group = "Soporte Técnico",
            service = "Regla servicio",
            category = "/Equipos/Portátiles",
            active = false,
        }, HttpStatusCode.OK);
        var ticket = await RegisterAsync("Regla servicio", "/Equipos/Portátiles");

        await _desk.RunJobAsync("auto-assign");

        Assert.Equal("Regla grupo", (await _desk.GetAsync(ticket.Str("id"))).Str("group"));
        var rules = await (await admin.GetAsync("/api/v1/admin/assignment-rules")).ReadArrayAsync();
        Assert.False((bool)rules.Single(r => r.Str("name") == "Regla: portátiles")!["active"]!);
    }

    [Fact]
    public async Task Only_an_admin_reaches_the_catalogue()
    {
        var agent = await app.As("agente1");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/admin/services")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostJsonAsync("/api/v1/admin/groups", new { name = "x", tier = 1 })).StatusCode);
    }
}

public sealed class CatalogAdminOnSqlite(SqliteApp app) : CatalogAdminTests(app), IClassFixture<SqliteApp>;

public sealed class CatalogAdminOnPostgres(PostgresApp app) : CatalogAdminTests(app), IClassFixture<PostgresApp>;
