using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Guía §10: substates are created "según la dinámica de la operación y las necesidades": an admin adds one, agents
/// choose it, its flags decide the clock, and the guide's automatic ones keep their meaning.
/// </summary>
public abstract class SubstateAdminTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private async Task<JsonObject> CreateAsync(object substate)
    {
        var admin = await app.As("admin");
        return await (await admin.PostJsonAsync("/api/v1/admin/substates", substate)).ReadObjectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_guide_s_fifteen_and_the_approval_one_are_there_from_the_start_in_their_states()
    {
        var admin = await app.As("admin");

        var all = await (await admin.GetAsync("/api/v1/admin/substates")).ReadArrayAsync();

        Assert.True(all.Count >= 16);
        var pendingUser = all.Single(s => s.Str("code") == "pending-user")!;
        Assert.Equal(("assigned", "true", "true", "true"),
            (pendingUser.Str("state"), pendingUser.Str("stopsClock"), pendingUser.Str("extendsDueDate"), pendingUser.Str("automatic")));
        Assert.Equal("new", all.Single(s => s.Str("code") == "pending-approval").Str("state"));
        Assert.Equal("false", all.Single(s => s.Str("code") == "in-attention").Str("stopsClock"));
    }

    [Fact]
    public async Task An_admin_s_new_substate_is_chosen_by_agents_and_stops_the_clock_as_set()
    {
        var created = await CreateAsync(new { code = "pendiente-compras", name = "Pendiente compras", state = "assigned", stopsClock = true, position = 1 });
        Assert.Equal(("1", "true", "true", "false"), (created.Str("position"), created.Str("stopsClock"), created.Str("extendsDueDate"), created.Str("automatic")));

        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        var waiting = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/substate",
            new { substate = "pendiente-compras", note = "Esperando la orden de compra." })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("pendiente-compras", waiting.Str("substate.code"));
        Assert.Equal("true", waiting.Str("sla.clockStopped"));
        var admin = await app.As("admin");
        var listed = await (await admin.GetAsync("/api/v1/admin/substates/pendiente-compras")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("1", listed.Str("openTickets"));
    }

    [Fact]
    public async Task A_retired_substate_is_no_longer_chosen_and_is_renamed_and_reordered_in_place()
    {
        await CreateAsync(new { code = "en-espera-repuesto", name = "En espera de repuesto", stopsClock = true });
        var admin = await app.As("admin");

        var renamed = await (await admin.PatchJsonAsync("/api/v1/admin/substates/en-espera-repuesto",
            new { name = "Esperando repuesto", position = 2, active = false })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("Esperando repuesto", "2", "false"), (renamed.Str("name"), renamed.Str("position"), renamed.Str("active")));
        var assigned = (await (await admin.GetAsync("/api/v1/admin/substates")).ReadArrayAsync())
            .Where(s => s.Str("state") == "assigned").Select(s => int.Parse(s.Str("position"))).ToList();
        Assert.Equal(Enumerable.Range(1, assigned.Count), assigned);
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/substate",
            new { substate = "en-espera-repuesto", note = "Repuesto." })).StatusCode);
    }

    [Fact] // Guía §10: the automatic ones keep their meaning and cannot be removed
    public async Task The_automatic_substates_keep_their_meaning_and_bad_input_is_refused_beside_its_field()
    {
        var admin = await app.As("admin");

        var retired = await (await admin.PatchJsonAsync("/api/v1/admin/substates/pending-user", new { active = false })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("SubstateIsAutomatic", retired.Str("rule"));
        var flags = await (await admin.PatchJsonAsync("/api/v1/admin/substates/user-replied", new { stopsClock = true })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("AutomaticSubstateFixed", flags.Str("rule"));
        await (await admin.PatchJsonAsync("/api/v1/admin/substates/pending-user", new { name = "Esperando al usuario" })).ReadObjectAsync(HttpStatusCode.OK);

        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { name = "Sin código" }, "code"),
                     (new { code = "Con Mayúsculas", name = "x" }, "code"),
                     (new { code = "pending-vendor", name = "Repetido" }, "code"),
                     (new { code = "sin-nombre" }, "name"),
                     (new { code = "cerrado-x", name = "x", state = "closed" }, "state"),
                     (new { code = "estado-raro", name = "x", state = "limbo" }, "state"),
                     (new { code = "automatico", name = "x", automatic = true }, "automatic"),
                     (new { code = "muy-lejos", name = "x", position = 0 }, "position"),
                 })
        {
            var problem = await (await admin.PostJsonAsync("/api/v1/admin/substates", body)).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[field] is not null, $"{field}: {problem}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PatchJsonAsync("/api/v1/admin/substates/pending-vendor", new { state = "new" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchJsonAsync("/api/v1/admin/substates/no-existe", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/substates/no-existe")).StatusCode);
    }
}

public sealed class SubstateAdminOnSqlite(SqliteApp app) : SubstateAdminTests(app), IClassFixture<SqliteApp>;

public sealed class SubstateAdminOnPostgres(PostgresApp app) : SubstateAdminTests(app), IClassFixture<PostgresApp>;
