using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// People and roles through the admin API (Guía §4: the administrators parametrize the platform): accounts made,
/// changed, deactivated and deleted without a developer, and the open tickets of one who leaves handed over.
/// </summary>
public abstract class PeopleAdminTests(MesaApp app)
{
    private const string Password = "Clave-Segura-2026";
    private readonly Desk _desk = new(app);

    private async Task<JsonObject> CreateAsync(object person)
    {
        var admin = await app.As("admin");
        return await (await admin.PostJsonAsync("/api/v1/admin/users", person)).ReadObjectAsync(HttpStatusCode.Created);
    }

    private async Task<HttpResponseMessage> PatchAsync(string userName, object change) =>
        await (await app.As("admin")).PatchJsonAsync($"/api/v1/admin/users/{userName}", change);

    [Fact]
    public async Task An_admin_creates_an_agent_in_a_group_who_then_signs_in_with_the_password_given()
    {
        var person = await CreateAsync(new
        {
            userName = "tecnico.nuevo",
            displayName = "Técnico Nuevo",
            email = "tecnico.nuevo@mesa.test",
            roles = new[] { "agent" },
            groups = new[] { "Mesa de Servicio" },
            language = "en",
            password = Password,
        });

        Assert.Equal(["agent"], person["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Mesa de Servicio"], person["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(("local", true, "en"), (person.Str("origin"), (bool)person["active"]!, person.Str("language")));
        using var signedIn = app.WithPassword("tecnico.nuevo", Password);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/tickets?view=my-groups")).StatusCode);
        var found = await (await (await app.As("admin")).GetAsync("/api/v1/admin/users?q=nuevo&role=agent")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Contains(found["items"]!.AsArray(), p => p.Str("userName") == "tecnico.nuevo");
    }

    [Fact]
    public async Task A_person_s_language_is_their_pages_language_from_the_first_sign_in()
    {
        await CreateAsync(new { userName = "habla.ingles", displayName = "Speaks English", language = "en", password = Password });
        using var browser = app.Browser();

        await browser.SignInAsync("habla.ingles", Password);

        var home = await (await browser.GetAsync("/portal")).Content.ReadAsStringAsync();
        Assert.Contains("lang=\"en\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_fields_are_refused_beside_each_field_and_nothing_is_saved()
    {
        var admin = await app.As("admin");

        var missing = await (await admin.PostJsonAsync("/api/v1/admin/users", new { email = "x@mesa.test" })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(missing["errors"]!["userName"]);
        Assert.NotNull(missing["errors"]!["displayName"]);
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { userName = "agente1", displayName = "Otra" }, "userName"),
                     (new { userName = "con espacio", displayName = "Otra" }, "userName"),
                     (new { userName = "correo.malo", displayName = "Otra", email = "no-es-correo" }, "email"),
                     (new { userName = "correo.repetido", displayName = "Otra", email = "agente1@mesa.test" }, "email"),
                     (new { userName = "rol.raro", displayName = "Otra", roles = new[] { "jefe" } }, "roles"),
                     (new { userName = "clave.debil", displayName = "Otra", password = "corta" }, "password"),
                     (new { userName = "sin.rol", displayName = "Otra", groups = new[] { "Mesa de Servicio" } }, "groups"),
                     (new { userName = "grupo.raro", displayName = "Otra", roles = new[] { "agent" }, groups = new[] { "No existe" } }, "groups"),
                 })
        {
            var problem = await (await admin.PostJsonAsync("/api/v1/admin/users", body)).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[field] is not null, $"{field}: {problem}");
        }

        var nobody = await (await admin.GetAsync("/api/v1/admin/users?q=correo.malo")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)nobody["total"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/admin/users?role=jefe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/no.existe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PatchAsync("no.existe", new { phone = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PatchAsync("agente3", new { userName = "otro.nombre" })).StatusCode);
    }

    [Fact] // A deactivated person cannot sign in by any way
    public async Task A_deactivated_person_loses_password_and_token_until_reactivated()
    {
        await CreateAsync(new { userName = "se.va", displayName = "Se Va", password = Password });
        using var byPassword = app.WithPassword("se.va", Password);
        var issued = await (await byPassword.PostJsonAsync("/api/v1/tokens", new { name = "integración" })).ReadObjectAsync(HttpStatusCode.Created);
        using var byToken = app.CreateClient();
        byToken.DefaultRequestHeaders.Authorization = new("Bearer", issued.Str("token"));
        Assert.Equal(HttpStatusCode.OK, (await byToken.GetAsync("/api/v1/tickets")).StatusCode);

        var off = await (await PatchAsync("se.va", new { active = false })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.False((bool)off["active"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await byPassword.GetAsync("/api/v1/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await byToken.GetAsync("/api/v1/tickets")).StatusCode);
        await (await PatchAsync("se.va", new { active = true })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await byPassword.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact]
    public async Task No_sign_in_link_goes_to_a_deactivated_person_nor_without_an_outbound_server()
    {
        await CreateAsync(new { userName = "sin.enlace", displayName = "Sin Enlace", email = "sin.enlace@mesa.test" });
        var admin = await app.As("admin");

        var noServer = await (await admin.PostJsonAsync("/api/v1/admin/users/sin.enlace/sign-in-link", new { })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("MailNotConfigured", noServer.Str("rule"));
        await (await PatchAsync("sin.enlace", new { active = false })).ReadObjectAsync(HttpStatusCode.OK);
        var inactive = await (await admin.PostJsonAsync("/api/v1/admin/users/sin.enlace/sign-in-link", new { })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("PersonInactive", inactive.Str("rule"));
    }

    [Fact]
    public async Task Only_an_account_nothing_names_is_deleted_and_someone_always_administers()
    {
        var admin = await app.As("admin");
        await CreateAsync(new { userName = "por.error", displayName = "Creada por error" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/users/por.error")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/por.error")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/admin/users/por.error")).StatusCode);

        await _desk.RegisterAsync("usuario2");
        var open = await (await admin.DeleteAsync("/api/v1/admin/users/usuario2")).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("PersonHasOpenTickets", open.Str("rule"));
        await CreateAsync(new { userName = "con.historia", displayName = "Con Historia", password = Password });
        using var requester = app.WithPassword("con.historia", Password);
        var ticket = await (await requester.PostJsonAsync("/api/v1/tickets",
            new { type = "request", title = "Acceso a carpeta", description = "Necesito acceso." })).ReadObjectAsync(HttpStatusCode.Created);
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/reject", new { note = "Duplicado." })).ReadObjectAsync(HttpStatusCode.OK);
        var history = await (await admin.DeleteAsync("/api/v1/admin/users/con.historia")).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("PersonHasRecords", history.Str("rule"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/users/con.historia")).StatusCode);

        var self = await (await PatchAsync("admin", new { active = false })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("CannotDeactivateSelf", self.Str("rule"));
        var last = await (await PatchAsync("admin", new { roles = new[] { "agent" } })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("LastAdministrator", last.Str("rule"));
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one_and_a_weak_one_is_refused()
    {
        var admin = await app.As("admin");
        await CreateAsync(new { userName = "olvido.clave", displayName = "Olvidó la clave", password = Password });

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync("/api/v1/admin/users/olvido.clave/password", new { password = "débil" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJsonAsync("/api/v1/admin/users/nadie.aqui/password", new { password = "Otra-Clave-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync("/api/v1/admin/users/olvido.clave/password", new { password = "Otra-Clave-2026" })).StatusCode);

        using var old = app.WithPassword("olvido.clave", Password);
        using var renewed = app.WithPassword("olvido.clave", "Otra-Clave-2026");
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact] // Guía §14.3: the hand-over assigns each ticket as one by one, with its history
    public async Task The_open_tickets_of_an_agent_who_leaves_are_handed_over_in_one_step()
    {
        await CreateAsync(new { userName = "agente.saliente", displayName = "Agente Saliente", roles = new[] { "agent" }, groups = new[] { "Mesa de Servicio" } });
        var agent = await app.As("agente1");
        var codes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var ticket = await _desk.RegisterAsync(title: $"Equipo lento {i}");
            await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
                new { group = "Mesa de Servicio", agent = "agente.saliente", note = "Lo atiende el técnico nuevo." })).ReadObjectAsync(HttpStatusCode.OK);
            codes.Add(ticket.Str("code"));
        }

        var admin = await app.As("admin");
        await (await PatchAsync("agente.saliente", new { active = false })).ReadObjectAsync(HttpStatusCode.OK);
        var open = await (await admin.GetAsync("/api/v1/admin/users/agente.saliente/open-tickets")).ReadArrayAsync();
        Assert.Equal(codes, open.Select(t => t.Str("code")));

        var handed = await (await admin.PostJsonAsync("/api/v1/admin/users/agente.saliente/hand-over",
            new { group = "Soporte Técnico", agent = "agente2", note = "Se retiró de la entidad." })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.All(handed["results"]!.AsArray(), r => Assert.True((bool)r!["ok"]!));
        foreach (var result in handed["results"]!.AsArray())
        {
            var ticket = await _desk.GetAsync(result.Str("id"));
            Assert.Equal(("Soporte Técnico", "agente2"), (ticket.Str("group"), ticket.Str("agent")));
        }

        Assert.Empty(await (await admin.GetAsync("/api/v1/admin/users/agente.saliente/open-tickets")).ReadArrayAsync());
        var missing = await (await admin.PostJsonAsync("/api/v1/admin/users/agente.saliente/hand-over", new { })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(missing["errors"]!["group"]);
        Assert.NotNull(missing["errors"]!["note"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/nadie.aqui/open-tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/v1/admin/users/nadie.aqui/hand-over", new { group = "Mesa de Servicio", note = "Reasignación." })).StatusCode);
    }

    [Fact]
    public async Task A_bulk_action_previews_each_person_then_changes_only_those_the_rules_allow()
    {
        var admin = await app.As("admin");
        await CreateAsync(new { userName = "lote.tecnico", displayName = "Lote Técnico", roles = new[] { "agent" } });
        var body = new
        {
            userNames = new[] { "lote.tecnico", "usuario1" },
            action = new { kind = "add-to-group", group = "Soporte Técnico" },
            dryRun = true,
        };

        var preview = await (await admin.PostJsonAsync("/api/v1/admin/users/bulk", body)).ReadObjectAsync(HttpStatusCode.OK);

        var results = preview["results"]!.AsArray();
        Assert.True((bool)results.Single(r => r.Str("userName") == "lote.tecnico")!["ok"]!);
        var refused = results.Single(r => r.Str("userName") == "usuario1")!;
        Assert.Equal(("NotAnAgent", 400), (refused.Str("problem.rule"), (int)refused["problem"]!["status"]!));
        Assert.Empty((await (await admin.GetAsync("/api/v1/admin/users/lote.tecnico")).ReadObjectAsync(HttpStatusCode.OK))["groups"]!.AsArray());

        await (await admin.PostJsonAsync("/api/v1/admin/users/bulk", body with { dryRun = false })).ReadObjectAsync(HttpStatusCode.OK);
        var person = await (await admin.GetAsync("/api/v1/admin/users/lote.tecnico")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(["Soporte Técnico"], person["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync("/api/v1/admin/users/bulk", new { userNames = new[] { "usuario1" } })).StatusCode);
    }
}

public sealed class PeopleAdminOnSqlite(SqliteApp app) : PeopleAdminTests(app), IClassFixture<SqliteApp>;

public sealed class PeopleAdminOnPostgres(PostgresApp app) : PeopleAdminTests(app), IClassFixture<PostgresApp>;
