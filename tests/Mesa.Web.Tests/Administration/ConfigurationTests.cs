using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Core.Administration.Configuration;
using Mesa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Guía §4: the whole configuration as one document. A new installation starts from one; a desk's
/// document imported into a new installation makes it the same, field by field; a document that would break
/// existing tickets, or that is no configuration, is refused whole and changes nothing.
/// </summary>
public abstract class ConfigurationTests(MesaApp desk, MesaApp fresh)
{
    private static async Task<string> ExportAsync(MesaApp app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfigurationExport>().TextAsync(CancellationToken.None);
    }

    private static StringContent Document(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_new_installation_starts_from_a_document_and_a_desk_s_configuration_imported_into_it_is_the_same_field_by_field()
    {
        // Mesa__ConfigurationFile: the new installation started from its document, beside the reference data only.
        var started = JsonNode.Parse(await ExportAsync(fresh))!;
        Assert.Equal("Entidad de la prueba", started.Str("settings.organisationName"));
        Assert.Empty(started["services"]!.AsArray());
        Assert.NotEmpty(started["substates"]!.AsArray());

        var admin = await desk.As("admin");
        // Every part of the document holds something.
        await (await admin.PatchJsonAsync("/api/v1/admin/settings", new { organisationName = "Entidad de la prueba", autoCloseDays = 7 }))
            .ReadArrayAsync();
        await (await admin.PutJsonAsync("/api/v1/admin/calendars/Calendario Técnicos Primer Nivel/holidays/2026-12-24",
            new { name = "Nochebuena" })).ReadObjectAsync(HttpStatusCode.OK);
        (await admin.PutJsonAsync("/api/v1/admin/mail-templates/closure",
            new { subject = "Cerramos {codigo}", body = "Su solicitud {codigo} quedó cerrada." })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/admin/notice-templates",
            new { name = "Mantenimiento", subject = "Mantenimiento programado", body = "El sábado no habrá servicio." })).EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync("/api/v1/admin/custom-fields", new
        {
            name = "placa-equipo",
            label = "Placa del equipo",
            kind = "text",
            services = new[] { "Soporte Técnico" },
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/admin/substates", new { code = "pendiente-compra", name = "Pendiente de compra", stopsClock = true }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/admin/locations", new { path = "/Sede Norte/Piso 2" })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/admin/service-types", new { name = "Tecnología" })).ReadObjectAsync(HttpStatusCode.Created);

        var response = await admin.GetAsync("/api/v1/admin/configuration");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var exported = await response.Content.ReadAsStringAsync();
        var parts = JsonNode.Parse(exported)!.AsObject();
        foreach (var (part, value) in parts)
        {
            if (value is JsonArray list) Assert.True(list.Count > 0, $"{part} is empty");
        }

        Assert.DoesNotContain("Mesa-Demo", exported, StringComparison.Ordinal);

        // The dry run says what would change and changes nothing.
        using (var scope = fresh.Services.CreateScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<ConfigurationImport>();
            var before = await ExportAsync(fresh);
            var preview = await import.ImportAsync(Read(exported), dryRun: true, CancellationToken.None);
            Assert.Empty(preview.Problems);
            Assert.False(preview.Applied);
            Assert.Contains(preview.Changes, c => c is { Part: "services", Key: "Soporte Técnico", Kind: ConfigurationChangeKind.Added });
            Assert.Contains(preview.Changes, c => c.Part == "settings" && c.Key == "autoCloseDays");
            Assert.Equal(before, await ExportAsync(fresh));

            var result = await import.ImportAsync(Read(exported), dryRun: false, CancellationToken.None);
            Assert.Empty(result.Problems);
            Assert.True(result.Applied);
        }

        Assert.Equal(exported, await ExportAsync(fresh));

        // Taken again, the same document changes nothing.
        using (var scope = fresh.Services.CreateScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<ConfigurationImport>()
                .ImportAsync(Read(exported), dryRun: true, CancellationToken.None);
            Assert.Empty(again.Changes);
        }
    }

    [Fact]
    public async Task A_document_that_would_break_tickets_or_is_no_configuration_is_refused_whole_and_changes_nothing()
    {
        var admin = await desk.As("admin");
        var before = await (await admin.GetAsync("/api/v1/admin/configuration")).Content.ReadAsStringAsync();
        var document = JsonNode.Parse(before)!.AsObject();
        // A substate that tickets may be in cannot move to another state; a new group alongside is not kept either.
        var substate = document["substates"]!.AsArray().Single(s => s.Str("code") == "pending-vendor")!;
        substate["state"] = "new";
        document["groups"]!.AsArray().Add(new JsonObject { ["name"] = "Grupo del documento", ["tier"] = 2, ["mode"] = "round-robin", ["active"] = true });

        var refused = await (await admin.PutAsync("/api/v1/admin/configuration?dryRun=false", Document(document.ToJsonString())))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var problem = refused["report"]!["problems"]!.AsArray().Single()!;
        Assert.Equal(("substates[pending-vendor]", "state"), (problem.Str("where"), problem.Str("field")));
        Assert.NotEmpty(problem.Str("message"));
        Assert.Equal(before, await (await admin.GetAsync("/api/v1/admin/configuration")).Content.ReadAsStringAsync());

        foreach (var (text, expected) in new (string, string)[]
                 {
                     ("{\"version\": 1, \"services\": [", "Path"),
                     ("{\"version\": 1, \"colour\": \"azul\"}", "colour"),
                     ("{\"version\": 2}", "versión 2"),
                     ("[]", ""),
                 })
        {
            var bad = await (await admin.PutAsync("/api/v1/admin/configuration?dryRun=true", Document(text))).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.Contains(expected, bad.ToJsonString(ConfigurationDocument.Json), StringComparison.Ordinal);
        }

        // The desk's own document changes nothing, and says what the desk has that the document does not name.
        var same = await (await admin.PutAsync("/api/v1/admin/configuration?dryRun=true", Document(before))).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Empty(same["changes"]!.AsArray());
        var partial = new JsonObject { ["version"] = 1, ["groups"] = new JsonArray() };
        var kept = await (await admin.PutAsync("/api/v1/admin/configuration", Document(partial.ToJsonString()))).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Contains(kept["notInDocument"]!.AsArray(), r => r.Str("part") == "groups" && r.Str("key") == "Mesa de Servicio");
        Assert.Equal("true", kept.Str("applied"));
    }

    [Fact] // The page: download, differences before anything changes, then the import
    public async Task The_configuration_page_downloads_compares_and_then_imports_a_document()
    {
        using var browser = desk.Browser();
        await browser.SignInAsync("admin");
        var download = await browser.GetAsync("/admin/configuration?handler=Download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("mesa-configuracion-", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var document = JsonNode.Parse(await download.Content.ReadAsStringAsync())!.AsObject();
        document["noticeTemplates"]!.AsArray().Add(new JsonObject { ["name"] = "Corte de luz", ["subject"] = "Corte de energía", ["body"] = "Mañana no hay luz." });

        var token = await browser.TokenAsync("/admin/configuration");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(document.ToJsonString())), "Upload", "configuracion.json" },
        };
        var html = await (await browser.PostAsync("/admin/configuration?handler=Preview", form)).Content.ReadAsStringAsync();
        var preview = WebUtility.HtmlDecode(html);
        Assert.Contains("Importarlo crea o cambia 1 registros.", preview, StringComparison.Ordinal);
        Assert.Contains("Corte de luz", preview, StringComparison.Ordinal);

        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"Document\" value=\"([^\"]*)\"").Groups[1].Value);
        var applied = await browser.PostFromAsync("/admin/configuration", "/admin/configuration?handler=Apply",
            new Dictionary<string, string> { ["Document"] = text });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var admin = await desk.As("admin");
        Assert.Contains("Corte de luz", await (await admin.GetAsync("/api/v1/admin/configuration")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static ConfigurationDocument Read(string text) =>
        System.Text.Json.JsonSerializer.Deserialize<ConfigurationDocument>(text, ConfigurationDocument.Json)!;
}

public sealed class ConfigurationOnSqlite(SqliteApp desk, NewInstallationSqliteApp fresh) : ConfigurationTests(desk, fresh),
    IClassFixture<SqliteApp>, IClassFixture<NewInstallationSqliteApp>;

public sealed class ConfigurationOnPostgres(PostgresApp desk, NewInstallationPostgresApp fresh) : ConfigurationTests(desk, fresh),
    IClassFixture<PostgresApp>, IClassFixture<NewInstallationPostgresApp>;
