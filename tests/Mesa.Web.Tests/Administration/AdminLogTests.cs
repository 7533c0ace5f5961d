using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Every change an administrator makes to the configuration is in the administration log, in the same transaction:
/// who, when, which record, each field before → after; secrets are said to have changed, never shown.
/// </summary>
public abstract class AdminLogTests(MesaApp app)
{
    private async Task<JsonArray> LogAsync(string query)
    {
        var admin = await app.As("admin");
        return (await (await admin.GetAsync($"/api/v1/admin/changes?{query}")).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray();
    }

    private static (string? Before, string? After) Field(JsonNode? change, string field)
    {
        var found = change!["fields"]!.AsArray().SingleOrDefault(f => f.Str("field") == field)
            ?? throw new Xunit.Sdk.XunitException($"No {field} in {change.ToJsonString()}");
        return ((string?)found["before"], (string?)found["after"]);
    }

    [Fact]
    public async Task A_group_made_and_changed_by_an_admin_is_logged_field_by_field()
    {
        var admin = await app.As("admin");
        var group = await (await admin.PostJsonAsync("/api/v1/admin/groups",
            new { name = "Bitácora Redes", tier = 1, members = new[] { "agente1" } })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PutJsonAsync($"/api/v1/admin/groups/{group["id"]}",
            new { name = "Bitácora Redes", tier = 2, members = new[] { "agente1", "agente2" } })).ReadObjectAsync(HttpStatusCode.OK);

        var log = await LogAsync("record=group&name=Bitácora");

        Assert.Equal(["changed", "created"], log.Select(c => c.Str("kind")));
        Assert.All(log, c => Assert.Equal("admin", c.Str("by")));
        Assert.Equal(("Bitácora Redes", "Grupo"), (log[0].Str("name"), log[0].Str("recordTitle")));
        Assert.Equal(("1", "2"), Field(log[0], "Tier"));
        Assert.Equal((null, "agente2"), Field(log[0], "Members"));
        Assert.Equal((null, "agente1"), Field(log[1], "Members"));
        Assert.Equal((null, "Bitácora Redes"), Field(log[1], "Name"));
        var member = await LogAsync("record=person&name=agente2");
        Assert.Equal((null, "Bitácora Redes"), Field(member[0], "Groups"));
    }

    [Fact]
    public async Task A_person_s_roles_and_password_are_logged_without_the_password()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/users", new
        {
            userName = "bitacora.persona",
            displayName = "Bitácora Persona",
            roles = new[] { "agent" },
            password = "Clave-Segura-2026",
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PatchJsonAsync("/api/v1/admin/users/bitacora.persona", new { roles = new[] { "agent", "supervisor" } }))
            .ReadObjectAsync(HttpStatusCode.OK);

        var log = await LogAsync("record=person&name=bitacora.persona");

        Assert.Equal((null, "supervisor"), Field(log[0], "Roles"));
        var created = log[1];
        Assert.Equal((null, "agent"), Field(created, "Roles"));
        Assert.Equal((null, "••••••"), Field(created, "PasswordHash"));
        Assert.DoesNotContain("AQAAAA", created!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_agents_do_to_tickets_is_not_administration()
    {
        var before = await LogAsync("pageSize=500");
        await new Desk(app).AssignedAsync();

        Assert.Equal(before.Count, (await LogAsync("pageSize=500")).Count);
    }

    [Fact]
    public async Task The_log_filters_by_administrator_and_dates_exports_as_a_spreadsheet_and_refuses_bad_filters()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/service-types", new { name = "Bitácora tipo" })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.NotEmpty(await LogAsync("by=admin&record=service-type"));
        Assert.Empty(await LogAsync("by=agente1"));
        Assert.Empty(await LogAsync("to=2000-01-01"));
        var csv = await admin.GetAsync("/api/v1/admin/changes?record=service-type&format=csv");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Bitácora tipo", text, StringComparison.Ordinal);
        Assert.Contains("Tipo de servicio", text, StringComparison.Ordinal);
        foreach (var bad in new[] { "record=ticket", "from=ayer", "page=0", "pageSize=501", "format=xml" })
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/admin/changes?{bad}")).StatusCode);
    }
}

public sealed class AdminLogOnSqlite(SqliteApp app) : AdminLogTests(app), IClassFixture<SqliteApp>;

public sealed class AdminLogOnPostgres(PostgresApp app) : AdminLogTests(app), IClassFixture<PostgresApp>;
