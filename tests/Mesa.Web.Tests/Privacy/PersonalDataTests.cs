using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;
using UglyToad.PdfPig;

namespace Mesa.Web.Tests.Privacy;

/// <summary>
/// Ley 1581 de 2012 (habeas data): an administrator exports everything Mesa holds about a person and anonymizes a
/// person who asks or who left; their tickets and figures stay; both are in the audit log.
/// </summary>
public abstract class PersonalDataTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task An_admin_exports_everything_mesa_holds_about_a_person_and_the_audit_log_says_so()
    {
        var ticket = await _desk.RegisterAsync("usuario2", "Exportación de datos personales");
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add(ClientAddresses.Header, "198.51.100.61");
        await browser.SignInAsync("usuario2");
        var requester = await app.As("usuario2");
        await (await requester.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/replies",
            new { text = "Mi extensión es la 4521." })).ReadObjectAsync(HttpStatusCode.Created);
        var admin = await app.As("admin");

        var data = await (await admin.GetAsync("/api/v1/admin/users/usuario2/personal-data")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(("usuario2", "usuario2@mesa.test"), (data.Str("person.userName"), data.Str("person.email")));
        Assert.Contains(data["ticketsNotified"]!.AsArray(), t => t.Str("code") == ticket.Str("code"));
        Assert.Contains(data["actions"]!.AsArray(), a => a.Str("text") == "Mi extensión es la 4521.");
        Assert.Contains(data["mailsSent"]!.AsArray(), n => n.Str("ticket") == ticket.Str("code"));
        Assert.Contains(data["signIns"]!.AsArray(), e => e.Str("kind") == "signed-in" && e.Str("address") == "198.51.100.61");
        Assert.Contains(data["sessions"]!.AsArray(), x => x.Str("address") == "198.51.100.61");
        var audit = await (await admin.GetAsync("/api/v1/admin/audit?userName=usuario2")).ReadArrayAsync();
        Assert.Contains(audit, a => a.Str("action") == "personal-data-exported" && a.Str("by") == "admin");
    }

    [Fact]
    public async Task The_pdf_holds_the_persons_account_and_tickets()
    {
        var ticket = await _desk.RegisterAsync("usuario2", "Informe para el titular");
        var admin = await app.As("admin");

        var response = await admin.GetAsync("/api/v1/admin/users/usuario2/personal-data?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("usuario2@mesa.test", text, StringComparison.Ordinal);
        Assert.Contains(ticket.Str("code").Split(' ')[1], text, StringComparison.Ordinal);
        var audit = await (await admin.GetAsync("/api/v1/admin/audit?userName=usuario2")).ReadArrayAsync();
        Assert.Contains(audit, a => a.Str("action") == "personal-data-printed");
    }

    [Fact]
    public async Task An_anonymized_person_keeps_their_tickets_and_figures_and_can_never_sign_in_again()
    {
        var person = await NewRequesterAsync();
        var token = await TokenAsync(person);
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add(ClientAddresses.Header, "198.51.100.62");
        await browser.SignInAsync(person);
        var ticket = await _desk.RegisterAsync(person, "Registro que se conserva");
        var before = await _desk.GetAsync(ticket.Str("id"));
        var admin = await app.As("admin");

        var anonymized = await (await admin.PostJsonAsync($"/api/v1/admin/users/{person}/anonymize",
            new { note = "La persona lo pidió por escrito." })).ReadObjectAsync(HttpStatusCode.OK);

        var after = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal((before.Str("code"), before.Str("state"), before.Str("sla.resolutionDueAt"), before.Str("title")),
            (after.Str("code"), after.Str("state"), after.Str("sla.resolutionDueAt"), after.Str("title")));
        Assert.Equal(anonymized.Str("userName"), after.Str("requester.userName"));
        Assert.StartsWith("Persona anonimizada", after.Str("requester.displayName"), StringComparison.Ordinal);
        Assert.Null(after["requester"]!["email"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword(person, MesaApp.Password).GetAsync("/api/v1/tickets")).StatusCode);
        using var withToken = app.CreateClient();
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withToken.GetAsync("/api/v1/tickets")).StatusCode);

        var export = await (await admin.GetAsync($"/api/v1/admin/users/{anonymized.Str("userName")}/personal-data"))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Null(export["person"]!["email"]?.GetValue<string>());
        Assert.Empty(export["tokens"]!.AsArray());
        Assert.Empty(export["sessions"]!.AsArray());
        Assert.NotEmpty(export["signIns"]!.AsArray());
        Assert.All(export["signIns"]!.AsArray(), e => Assert.Null(e!["address"]?.GetValue<string>()));
        // Under the old name only the tries made after it was gone (above) remain: nothing that names the person.
        var log = (await (await admin.GetAsync($"/api/v1/admin/sign-ins?userName={person}")).ReadObjectAsync(HttpStatusCode.OK))["items"]!;
        Assert.All(log.AsArray(), l => Assert.Equal("failed", l.Str("kind")));
        Assert.DoesNotContain(log.AsArray(), l => l.Str("address") == "198.51.100.62");
        Assert.Contains(export["audit"]!.AsArray(), a => a.Str("action") == "person-anonymized" && a.Str("note") == "La persona lo pidió por escrito.");
        var again = await (await admin.PostJsonAsync($"/api/v1/admin/users/{anonymized.Str("userName")}/anonymize",
            new { note = "Otra vez." })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("AlreadyAnonymized", again.Str("rule"));
    }

    [Fact]
    public async Task Anonymizing_needs_a_reason_and_refuses_oneself_an_agent_with_open_work_and_nobody()
    {
        var admin = await app.As("admin");
        await _desk.AssignedAsync();

        var noReason = await (await admin.PostJsonAsync("/api/v1/admin/users/usuario2/anonymize", new { note = " " }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        var self = await (await admin.PostJsonAsync("/api/v1/admin/users/admin/anonymize", new { note = "Me voy." }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        var agent = await (await admin.PostJsonAsync("/api/v1/admin/users/agente1/anonymize", new { note = "Se retiró." }))
            .ReadObjectAsync(HttpStatusCode.Conflict);
        var nobody = await admin.PostJsonAsync("/api/v1/admin/users/nadie-asi/anonymize", new { note = "No existe." });

        Assert.NotNull(noReason["errors"]?["note"]);
        Assert.Equal(("AnonymizeSelf", "AnonymizeWithOpenWork"), (self.Str("rule"), agent.Str("rule")));
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/nadie-asi/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/audit?userName=nadie-asi")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/admin/users/usuario2/personal-data?format=xml")).StatusCode);
    }

    [Fact]
    public async Task On_the_admin_page_a_person_is_found_downloaded_and_anonymized_only_once_understood()
    {
        var person = await NewRequesterAsync();
        using var browser = app.Browser();
        await browser.SignInAsync("admin");
        var page = $"/admin/personal-data?userName={person}";

        var found = await browser.GetStringAsync(page);
        Assert.Contains("Descargar en JSON", found, StringComparison.Ordinal);
        var json = await browser.GetAsync($"/admin/personal-data?handler=Download&format=json&userName={person}");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{person}@mesa.test", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var action = $"/admin/personal-data?handler=Anonymize&userName={person}";
        var refused = await browser.PostFromAsync(page, action, new Dictionary<string, string> { ["Anonymize.Note"] = "Dejó la entidad." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("no se puede deshacer", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await browser.PostFromAsync(page, action, new Dictionary<string, string>
        {
            ["Anonymize.Note"] = "Dejó la entidad.",
            ["Anonymize.Understood"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var log = await browser.GetStringAsync("/admin/personal-data");
        Assert.Contains("Dejó la entidad.", log, StringComparison.Ordinal);
    }

    /// <summary>A requester of their own, so that anonymizing them leaves the demo people as they were.</summary>
    private async Task<string> NewRequesterAsync()
    {
        var userName = "titular" + Guid.NewGuid().ToString("N")[..8];
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Mesa.Core.People.User>>(scope.ServiceProvider);
        var user = new Mesa.Core.People.User
        {
            UserName = userName,
            Email = $"{userName}@mesa.test",
            DisplayName = "Titular de Datos",
            EmailConfirmed = true,
        };
        Assert.True((await users.CreateAsync(user, MesaApp.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Mesa.Core.People.Roles.Requester)).Succeeded);
        return userName;
    }

    private async Task<string> TokenAsync(string userName)
    {
        var created = await (await app.WithPassword(userName, MesaApp.Password).PostJsonAsync("/api/v1/tokens", new { name = "integración" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        return created.Str("token");
    }
}

public sealed class PersonalDataOnSqlite(SqliteApp app) : PersonalDataTests(app), IClassFixture<SqliteApp>;

public sealed class PersonalDataOnPostgres(PostgresApp app) : PersonalDataTests(app), IClassFixture<PostgresApp>;
