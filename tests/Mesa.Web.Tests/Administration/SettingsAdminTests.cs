using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Guía §4: the organisation's settings without a developer. A change applies at once; emptying one goes back to
/// Mesa's default; one the server's configuration fixes (here <c>Mesa:AttachmentTypes</c>) is shown and not changed.
/// </summary>
public abstract partial class SettingsAdminTests(MesaApp app)
{
    public static readonly IReadOnlyDictionary<string, string> FixedSettings = new Dictionary<string, string>
    {
        ["Mesa:AttachmentTypes"] = ".pdf,.png",
        ["Mesa:Smtp:Security"] = "none",
    };

    private async Task<JsonObject> SettingAsync(string key)
    {
        var admin = await app.As("admin");
        var all = await (await admin.GetAsync("/api/v1/admin/settings")).ReadArrayAsync();
        return all.Single(s => s.Str("key") == key)!.AsObject();
    }

    [Fact]
    public async Task A_setting_changed_in_the_browser_applies_at_once_and_an_empty_one_goes_back_to_the_default()
    {
        var admin = await app.As("admin");
        Assert.Equal(("REQ", "default", "true"), ((await SettingAsync("ticketPrefix")).Str("value"),
            (await SettingAsync("ticketPrefix")).Str("source"), (await SettingAsync("ticketPrefix")).Str("editable")));

        await (await admin.PatchJsonAsync("/api/v1/admin/settings", new Dictionary<string, object?>
        {
            ["ticketPrefix"] = "MDS",
            ["autoCloseDays"] = 3,
            ["organisationName"] = "Departamento Administrativo de la Función Pública",
            ["remoteControlUrl"] = "https://soporte.entidad.test/tecnicos.exe",
        })).ReadArrayAsync();
        try
        {
            Assert.Equal(("MDS", "browser"), ((await SettingAsync("ticketPrefix")).Str("value"), (await SettingAsync("ticketPrefix")).Str("source")));
            var ticket = await new Desk(app).RegisterAsync();
            Assert.StartsWith("MDS 20", ticket.Str("code"), StringComparison.Ordinal);
            using var agent = app.Browser();
            await agent.SignInAsync("agente1");
            var panel = WebUtility.HtmlDecode(await agent.GetStringAsync("/agent"));
            Assert.Contains("href=\"https://soporte.entidad.test/tecnicos.exe\"", panel, StringComparison.Ordinal);
            Assert.Contains("Departamento Administrativo de la Función Pública", panel, StringComparison.Ordinal);
        }
        finally
        {
            await (await admin.PatchJsonAsync("/api/v1/admin/settings", new Dictionary<string, object?>
            {
                ["ticketPrefix"] = null,
                ["autoCloseDays"] = null,
                ["organisationName"] = "",
                ["remoteControlUrl"] = null,
            })).ReadArrayAsync();
        }

        Assert.Equal(("REQ", "default"), ((await SettingAsync("ticketPrefix")).Str("value"), (await SettingAsync("ticketPrefix")).Str("source")));
        Assert.StartsWith("REQ 20", (await new Desk(app).RegisterAsync()).Str("code"), StringComparison.Ordinal);
        var log = await (await admin.GetAsync("/api/v1/admin/changes?record=setting")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Contains(log["items"]!.AsArray(), i => i.Str("name") == "TicketPrefix");
    }

    [Fact]
    public async Task A_bad_value_or_one_the_server_fixes_is_refused_beside_its_key_and_nothing_is_saved()
    {
        var admin = await app.As("admin");
        foreach (var (key, value) in new (string, object)[]
                 {
                     ("ticketPrefix", "req"), ("autoCloseDays", 0), ("autoCloseDays", "muchos"), ("timeZone", "Marte/Base"),
                     ("remoteControlUrl", "javascript:alert(1)"), ("attachmentMaxMegabytes", 1000), ("selfRegistration", "quizá"),
                     ("noExiste", "x"), ("attachmentTypes", ".pdf"),
                 })
        {
            var problem = await (await admin.PatchJsonAsync("/api/v1/admin/settings", new Dictionary<string, object>
            { ["organisationName"] = "No debe guardarse", [key] = value })).ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[key] is not null, $"{key}={value}: {problem}");
        }

        // JSON's escapes allow half a character, which is no text.
        var broken = await admin.PatchAsync("/api/v1/admin/settings",
            new StringContent("{\"organisationName\":\"\\ud800\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        var fixedOne = await SettingAsync("attachmentTypes");
        Assert.Equal((".pdf,.png", "configuration", "false"), (fixedOne.Str("value"), fixedOne.Str("source"), fixedOne.Str("editable")));
        Assert.Equal("", (await SettingAsync("organisationName")).Str("value"));
        var agent = await app.As("agente1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/admin/settings")).StatusCode);
    }

    [Fact] // The page: the value in force and its source beside each field; only what changed is saved
    public async Task The_settings_page_shows_each_value_and_its_source_and_saves_what_changed()
    {
        using var admin = app.Browser();
        await admin.SignInAsync("admin");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/settings"));
        Assert.Contains("Mesa__AttachmentTypes", page, StringComparison.Ordinal);
        Assert.Contains("value=\"America/Bogota\"", page, StringComparison.Ordinal);

        var refused = await admin.PostFormAsync("/admin/settings", new Dictionary<string, string> { ["Values[AutoCloseDays]"] = "500" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/admin/settings", new Dictionary<string, string>
        {
            ["Values[AutoCloseDays]"] = "7",
            ["Values[TicketPrefix]"] = "REQ",
            ["Values[TimeZone]"] = "America/Bogota",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("7", "browser"), ((await SettingAsync("autoCloseDays")).Str("value"), (await SettingAsync("autoCloseDays")).Str("source")));
        // Unchanged, the prefix and the zone stay Mesa's defaults rather than becoming the browser's.
        Assert.Equal("default", (await SettingAsync("ticketPrefix")).Str("source"));
        var reset = await admin.PostFormAsync("/admin/settings", new Dictionary<string, string> { ["Values[AutoCloseDays]"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(("5", "default"), ((await SettingAsync("autoCloseDays")).Str("value"), (await SettingAsync("autoCloseDays")).Str("source")));
    }
}

/// <summary>
/// Mesa whose settings file fixes the file types (<c>Mesa:AttachmentTypes</c>) and the mail server's security, and
/// holds two mailboxes; the rest of the mail server is the browser's to set.
/// </summary>
public sealed class PartlyConfiguredSqliteApp : SqliteApp
{
    protected override bool WithMailboxes => true;

    protected override IReadOnlyDictionary<string, string> Settings => SettingsAdminTests.FixedSettings;
}

public sealed class PartlyConfiguredPostgresApp : PostgresApp
{
    protected override bool WithMailboxes => true;

    protected override IReadOnlyDictionary<string, string> Settings => SettingsAdminTests.FixedSettings;
}

public sealed class SettingsAdminOnSqlite(PartlyConfiguredSqliteApp app) : SettingsAdminTests(app), IClassFixture<PartlyConfiguredSqliteApp>;

public sealed class SettingsAdminOnPostgres(PartlyConfiguredPostgresApp app) : SettingsAdminTests(app), IClassFixture<PartlyConfiguredPostgresApp>;
