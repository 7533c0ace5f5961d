using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.CustomFields;

/// <summary>
/// Guía §14.5 "Campos personalizados" through the API (the pages are in CustomFieldTests.Pages.cs): an admin defines fields "según los criterios
/// establecidos", a ticket carries <c>customFields</c>, and a bad or missing value is refused beside its field.
/// Each test's fields apply to a category of its own, so no other test's tickets carry them.
/// </summary>
public abstract partial class CustomFieldTests(MesaApp app)
{
    private MesaApp App => app;

    private static string Computers(string prefix) => $"/Hardware/Equipos {prefix}";

    /// <summary>A category of "Soporte Técnico" for one test: "/Hardware/Equipos {prefix}".</summary>
    private async Task CategoryAsync(string prefix)
    {
        var admin = await app.As("admin");
        var services = await (await admin.GetAsync("/api/v1/admin/services")).ReadArrayAsync();
        var support = services.Single(s => s.Str("name") == "Soporte Técnico")!;
        await (await admin.PostJsonAsync($"/api/v1/admin/services/{support.Str("id")}/categories",
            new { path = Computers(prefix) })).ReadObjectAsync(HttpStatusCode.Created);
    }

    private async Task<JsonObject> DefineAsync(object field)
    {
        var admin = await app.As("admin");
        return await (await admin.PostJsonAsync("/api/v1/admin/custom-fields", field)).ReadObjectAsync(HttpStatusCode.Created);
    }

    /// <summary>Fields named after the test, so that each test defines its own.</summary>
    private async Task<string> DefineComputerFieldsAsync(string prefix)
    {
        await CategoryAsync(prefix);
        var computers = new[] { Computers(prefix) };
        await DefineAsync(new
        {
            name = $"{prefix}-placa",
            label = "Placa del equipo",
            kind = "text",
            required = true,
            types = new[] { "incident" },
            services = new[] { "Soporte Técnico" },
            categories = computers,
            visibleToRequester = true,
            help = "La etiqueta plateada bajo el equipo."
        });
        await DefineAsync(new { name = $"{prefix}-costo", label = "Costo", kind = "number", categories = computers });
        await DefineAsync(new { name = $"{prefix}-compra", label = "Fecha de compra", kind = "date", categories = computers });
        await DefineAsync(new { name = $"{prefix}-garantia", label = "En garantía", kind = "bool", categories = computers });
        await DefineAsync(new
        {
            name = $"{prefix}-sede",
            label = "Sede",
            kind = "choice",
            choices = new[] { "Norte", "Sur" },
            categories = computers,
            visibleToRequester = true
        });
        await DefineAsync(new
        {
            name = $"{prefix}-responsable",
            label = "Responsable",
            kind = "person",
            categories = computers,
            visibleToRequester = true
        });
        await DefineAsync(new
        {
            name = $"{prefix}-serial",
            label = "Serial",
            kind = "text",
            required = true,
            categories = computers
        });
        return prefix;
    }

    private static object Ticket(string prefix, object? customFields, string type = "incident", string? category = null) => new
    {
        type,
        title = "El equipo no enciende",
        description = "Al oprimir el botón no pasa nada.",
        service = "Soporte Técnico",
        category = category ?? Computers(prefix),
        customFields,
    };

    [Fact] // Guía §14.5: the fields configured for the ticket's type and category, kept typed
    public async Task An_agent_s_ticket_carries_its_fields_typed_as_JSON_types_them()
    {
        var p = await DefineComputerFieldsAsync("a");
        var agent = await app.As("agente1");

        var ticket = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        {
            [$"{p}-placa"] = "ABC-123",
            [$"{p}-costo"] = "1.250,5",
            [$"{p}-compra"] = "31/01/2026",
            [$"{p}-garantia"] = true,
            [$"{p}-sede"] = "sur",
            [$"{p}-responsable"] = "AGENTE2",
            [$"{p}-serial"] = "SN-9",
        }))).ReadObjectAsync(HttpStatusCode.Created);

        var fields = ticket["customFields"]!.AsObject();
        Assert.Equal("ABC-123", fields[$"{p}-placa"]!.GetValue<string>());
        Assert.Equal(1250.5m, fields[$"{p}-costo"]!.GetValue<decimal>());
        Assert.Equal("2026-01-31", fields[$"{p}-compra"]!.GetValue<string>());
        Assert.True(fields[$"{p}-garantia"]!.GetValue<bool>());
        Assert.Equal("Sur", fields[$"{p}-sede"]!.GetValue<string>());
        Assert.Equal("agente2", fields[$"{p}-responsable"]!.GetValue<string>());
        var read = await (await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(fields.ToJsonString(), read["customFields"]!.ToJsonString());
    }

    [Fact] // Guía §14.5: required where it applies, refused where it does not, badly typed refused beside its field
    public async Task A_missing_required_value_a_field_that_does_not_apply_and_a_badly_typed_value_are_refused()
    {
        var p = await DefineComputerFieldsAsync("b");
        var agent = await app.As("agente1");

        var missing = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-serial"] = "SN-1" }))).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(missing["errors"]?[$"customFields.{p}-placa"]);
        // A request does not carry the incidents' plate, and a printer is not a computer.
        var request = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-serial"] = "SN-1" }, type: "request"))).ReadObjectAsync(HttpStatusCode.Created);
        Assert.False(request["customFields"]!.AsObject().ContainsKey($"{p}-placa"));
        var elsewhere = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "X" }, category: "/Hardware/Impresoras"))).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(elsewhere["errors"]?[$"customFields.{p}-placa"]);

        foreach (var (name, value) in new (string, object)[]
                 {
                     ($"{p}-costo", "mucho"), ($"{p}-compra", "31/02/2026"), ($"{p}-garantia", "quizá"), ($"{p}-sede", "Este"),
                     ($"{p}-responsable", "nadie-con-ese-nombre"), ($"{p}-costo", new { valor = 3 }), ($"{p}-sede", new[] { "Norte" }),
                 })
        {
            var problem = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
            { [$"{p}-placa"] = "P", [$"{p}-serial"] = "S", [name] = value }))).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[$"customFields.{name}"] is not null, $"{name}={value}: {problem}");
        }

        var unknown = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { ["no-existe"] = "x" }))).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("CustomFieldUnknown", unknown.Str("rule"));
    }

    [Fact] // Guía §14.5 and §14.1: editable with history; a required field is not cleared
    public async Task An_agent_changes_a_field_with_its_history_and_cannot_clear_a_required_one()
    {
        var p = await DefineComputerFieldsAsync("c");
        var agent = await app.As("agente1");
        var ticket = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "ABC-1", [$"{p}-serial"] = "SN-1", [$"{p}-costo"] = 3.5 }))).ReadObjectAsync(HttpStatusCode.Created);
        var id = ticket.Str("id");

        var cleared = await (await agent.PatchJsonAsync($"/api/v1/tickets/{id}", new
        {
            customFields = new Dictionary<string, object?>
            { [$"{p}-placa"] = null }
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(cleared["errors"]?[$"customFields.{p}-placa"]);
        var changed = await (await agent.PatchJsonAsync($"/api/v1/tickets/{id}", new
        {
            customFields = new Dictionary<string, object?>
            { [$"{p}-costo"] = 10, [$"{p}-sede"] = "Norte" }
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(10m, changed["customFields"]![$"{p}-costo"]!.GetValue<decimal>());
        Assert.Equal("Norte", changed["customFields"]![$"{p}-sede"]!.GetValue<string>());
        var history = await (await agent.GetAsync($"/api/v1/tickets/{id}/history")).ReadArrayAsync();
        var cost = Assert.Single(history, h => h.Str("field") == $"custom:{p}-costo");
        Assert.Equal(("3.5", "10"), (cost.Str("oldValue"), cost.Str("newValue")));
        var cleared2 = await (await agent.PatchJsonAsync($"/api/v1/tickets/{id}", new
        {
            customFields = new Dictionary<string, object?>
            { [$"{p}-sede"] = null }
        })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.False(cleared2["customFields"]!.AsObject().ContainsKey($"{p}-sede"));
    }

    [Fact] // Guía §14.5: the portal asks and shows only what requesters may see
    public async Task A_requester_fills_and_reads_only_the_fields_visible_to_requesters()
    {
        var p = await DefineComputerFieldsAsync("d");
        var user = await app.As("usuario1");

        // The serial is required but hidden from requesters: it is the agents' to fill, not theirs.
        var ticket = await (await user.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "ABC-2", [$"{p}-sede"] = "Norte" }))).ReadObjectAsync(HttpStatusCode.Created);
        var hidden = await (await user.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "ABC-2", [$"{p}-costo"] = 1 }))).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("CustomFieldUnknown", hidden.Str("rule"));
        var person = await (await user.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "ABC-2", [$"{p}-responsable"] = "agente1" }))).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("CustomFieldUnknown", person.Str("rule"));

        var agent = await app.As("agente1");
        await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket.Str("id")}", new
        {
            customFields = new Dictionary<string, object?>
            { [$"{p}-serial"] = "SN-3", [$"{p}-responsable"] = "agente1" }
        })).ReadObjectAsync(HttpStatusCode.OK);
        var seen = await (await user.GetAsync($"/api/v1/tickets/{ticket.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal([$"{p}-placa", $"{p}-sede", $"{p}-responsable"], seen["customFields"]!.AsObject().Select(f => f.Key));
        var filtered = await user.GetAsync($"/api/v1/tickets?field.{p}-serial=SN-3");
        Assert.Equal(HttpStatusCode.BadRequest, filtered.StatusCode);
    }

    [Fact] // Guía §14.5: the list filters by a field, reading the value as the field reads it
    public async Task The_list_filters_by_a_field_s_value_and_shows_the_fields_of_each_ticket()
    {
        var p = await DefineComputerFieldsAsync("e");
        var agent = await app.As("agente1");
        var cheap = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "PLACA-Norte-1", [$"{p}-serial"] = "S", [$"{p}-costo"] = 3.5, [$"{p}-sede"] = "Norte" }))).ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { [$"{p}-placa"] = "PLACA-Sur-2", [$"{p}-serial"] = "S", [$"{p}-costo"] = 7, [$"{p}-sede"] = "Sur" }))).ReadObjectAsync(HttpStatusCode.Created);

        async Task<List<string>> CodesAsync(string query) =>
            (await (await agent.GetAsync($"/api/v1/tickets?{query}")).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(t => t.Str("code")).ToList();

        Assert.Equal([cheap.Str("code")], await CodesAsync($"field.{p}-costo=3,5"));
        Assert.Equal([cheap.Str("code")], await CodesAsync($"field.{p}-sede=norte"));
        Assert.Equal([cheap.Str("code")], await CodesAsync($"field.{p}-placa=placa-norte"));
        Assert.Equal(2, (await CodesAsync($"field.{p}-placa=PLACA")).Count);
        var listed = (await (await agent.GetAsync($"/api/v1/tickets?field.{p}-sede=Norte")).ReadObjectAsync(HttpStatusCode.OK))["items"]![0]!;
        Assert.Equal(3.5m, listed["customFields"]![$"{p}-costo"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/v1/tickets?field.no-existe=1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync($"/api/v1/tickets?field.{p}-costo=mucho")).StatusCode);
    }

    [Fact] // Guía §14.5: the admin's side — names, kinds, choices, order, retiring
    public async Task An_admin_changes_a_field_but_not_its_name_or_kind_and_a_retired_field_is_no_longer_asked()
    {
        const string p = "f";
        await CategoryAsync(p);
        var admin = await app.As("admin");
        var created = await DefineAsync(new
        {
            name = "f-activo",
            label = "Activo fijo",
            kind = "choice",
            choices = new[] { "Sí", "No", "No sabe" },
            categories = new[] { Computers(p) },
            position = 1
        });
        Assert.Equal(("choice", "1", "false", "0"), (created.Str("kind"), created.Str("position"), created.Str("required"), created.Str("tickets")));
        Assert.Equal(["Soporte Técnico"], created["services"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["incident", "request"], created["types"]!.AsArray().Select(s => s!.GetValue<string>()));

        var changed = await (await admin.PatchJsonAsync("/api/v1/admin/custom-fields/f-activo",
            new { label = "¿Es activo fijo?", choices = new[] { "Sí", "No" }, active = false })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("¿Es activo fijo?", "false"), (changed.Str("label"), changed.Str("active")));
        var agent = await app.As("agente1");
        var retired = await (await agent.PostJsonAsync("/api/v1/tickets", Ticket(p, new Dictionary<string, object>
        { ["f-activo"] = "Sí" }, type: "request"))).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("CustomFieldUnknown", retired.Str("rule"));

        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { label = "Sin nombre", kind = "text" }, "name"),
                     (new { name = "Con Espacios", label = "x", kind = "text" }, "name"),
                     (new { name = "f-activo", label = "Repetido", kind = "text" }, "name"),
                     (new { name = "f-sin-tipo", label = "x" }, "kind"),
                     (new { name = "f-tipo-raro", label = "x", kind = "color" }, "kind"),
                     (new { name = "f-lista", label = "x", kind = "choice", choices = new[] { "Una" } }, "choices"),
                     (new { name = "f-sin-etiqueta", kind = "text" }, "label"),
                     (new { name = "f-servicio", label = "x", kind = "text", services = new[] { "No existe" } }, "services"),
                     (new { name = "f-categoria", label = "x", kind = "text", categories = new[] { "/No/Existe" } }, "categories"),
                     (new { name = "f-tipos", label = "x", kind = "text", types = new[] { "problem" } }, "types"),
                 })
        {
            var problem = await (await admin.PostJsonAsync("/api/v1/admin/custom-fields", body)).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[field] is not null, $"{field}: {problem}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PatchJsonAsync("/api/v1/admin/custom-fields/f-activo", new { kind = "text" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PatchJsonAsync("/api/v1/admin/custom-fields/f-activo", new { name = "otro" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchJsonAsync("/api/v1/admin/custom-fields/no-existe", new { label = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/custom-fields/no-existe")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/admin/custom-fields")).StatusCode);
    }
}

public sealed class CustomFieldsOnSqlite(SqliteApp app) : CustomFieldTests(app), IClassFixture<SqliteApp>;

public sealed class CustomFieldsOnPostgres(PostgresApp app) : CustomFieldTests(app), IClassFixture<PostgresApp>;
