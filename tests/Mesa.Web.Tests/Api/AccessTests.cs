using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mesa.Core.People;
using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Api;

/// <summary>API authentication, and what a requester may see.</summary>
public abstract class AccessTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task Without_credentials_the_api_answers_401_in_spanish()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/tickets");

        var problem = await response.ReadObjectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Autenticación requerida", problem.Str("title"));
        // Both schemes are offered to an HTTP client (a browser is offered only Bearer: ResponseHeaderTests).
        Assert.Equal(["Bearer", "Basic"], response.Headers.WwwAuthenticate.Select(h => h.Scheme));
    }

    [Fact]
    public async Task Basic_authentication_with_a_local_account_works()
    {
        using var client = app.WithPassword("agente2", MesaApp.Password);

        var response = await client.GetAsync("/api/v1/tickets");

        await response.ReadObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_or_token_is_a_401()
    {
        using var wrongPassword = app.WithPassword("agente2", "no-es-la-clave");
        using var wrongToken = app.CreateClient();
        wrongToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "mesa_inventado");

        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongPassword.GetAsync("/api/v1/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongToken.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact] // Guía §8: repeated failures lock the account from where they came, even with the right password; not elsewhere
    public async Task Five_wrong_passwords_lock_the_account_from_that_address_only()
    {
        using var wrong = app.WithPassword("agente3", "no-es-la-clave");
        wrong.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.7");
        for (var i = 0; i < 5; i++) await wrong.GetAsync("/api/v1/tickets");

        using var rightThere = app.WithPassword("agente3", MesaApp.Password);
        rightThere.DefaultRequestHeaders.Add(ClientAddresses.Header, "203.0.113.7");
        Assert.Equal(HttpStatusCode.Unauthorized, (await rightThere.GetAsync("/api/v1/tickets")).StatusCode);
        using var rightAtTheDesk = app.WithPassword("agente3", MesaApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await rightAtTheDesk.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact] // Basic is verified once, then trusted for a moment: until the password changes
    public async Task A_right_basic_password_is_hashed_once_and_a_new_password_ends_that_at_once()
    {
        var name = "integracion-" + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var robot = new User { UserName = name, DisplayName = "Integración", Email = name + "@mesa.test", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(robot, MesaApp.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(robot, Roles.Agent)).Succeeded);
        }

        using var basic = app.WithPassword(name, MesaApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await basic.GetAsync("/api/v1/tickets?pageSize=1")).StatusCode);
        var checks = app.PasswordChecks.Verifications;

        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await basic.GetAsync("/api/v1/tickets?pageSize=1")).StatusCode);
        Assert.Equal(checks, app.PasswordChecks.Verifications);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var agent = (await users.FindByNameAsync(name))!;
            var reset = await users.ResetPasswordAsync(agent, await users.GeneratePasswordResetTokenAsync(agent), "Otra-Clave-2026");
            Assert.True(reset.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await basic.GetAsync("/api/v1/tickets?pageSize=1")).StatusCode);
        using var renewed = app.WithPassword(name, "Otra-Clave-2026");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/tickets?pageSize=1")).StatusCode);
        Assert.True(app.PasswordChecks.Verifications > checks);
    }

    [Fact] // A requester reads the staff by their names, never their user names (half of how they sign in)
    public async Task A_requester_reads_the_agents_name_not_their_user_name_in_the_history_and_the_actions()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "first-response", text = "Lo revisamos hoy." })).ReadObjectAsync(HttpStatusCode.Created);
        var requester = await app.As("usuario1");
        await (await requester.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/replies", new { text = "Gracias." }))
            .ReadObjectAsync(HttpStatusCode.Created);

        var actions = await (await requester.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/actions")).ReadArrayAsync();
        var history = await (await requester.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/history")).ReadArrayAsync();

        Assert.Equal(["Laura Gómez Rincón", "usuario1"], actions.Select(a => a.Str("author")));
        Assert.DoesNotContain(history, e => e.Str("actor") is "agente1" or "agente2" or "supervisor1" or "admin");
        Assert.Contains(history, e => e.Str("actor") == "Laura Gómez Rincón");
        var staffView = await (await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/actions")).ReadArrayAsync();
        Assert.Equal(["agente1", "usuario1"], staffView.Select(a => a.Str("author")));
    }

    [Fact] // A personal token, shown once, works as Bearer until revoked
    public async Task A_personal_token_works_until_it_is_revoked()
    {
        using var basic = app.WithPassword("supervisor1", MesaApp.Password);
        var created = await (await basic.PostAsJsonAsync("/api/v1/tokens", new { name = "integración", expiresInDays = 30 }))
            .ReadObjectAsync(HttpStatusCode.Created);
        Assert.StartsWith("mesa_", created.Str("token"));

        using var bearer = app.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Str("token"));
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/v1/tickets")).StatusCode);

        var listed = await (await basic.GetAsync("/api/v1/tokens")).ReadArrayAsync();
        Assert.DoesNotContain(created.Str("token"), listed.ToJsonString());

        Assert.Equal(HttpStatusCode.NoContent, (await basic.DeleteAsync($"/api/v1/tokens/{created["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact] // A token that leaked cannot breed: tokens are made with the password; each expires, by default in 90 days
    public async Task A_token_is_made_with_the_password_only_and_always_expires()
    {
        var bearer = await app.As("agente1");
        var refused = await (await bearer.PostAsJsonAsync("/api/v1/tokens", new { name = "otro" })).ReadObjectAsync(HttpStatusCode.Forbidden);
        Assert.Equal("TokenNeedsPassword", refused.Str("rule"));

        using var basic = app.WithPassword("agente1", MesaApp.Password);
        var plain = await (await basic.PostAsJsonAsync("/api/v1/tokens", new { name = "sin plazo" })).ReadObjectAsync(HttpStatusCode.Created);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(90), DateTimeOffset.Parse(plain.Str("expiresAt"), System.Globalization.CultureInfo.InvariantCulture));
        var tooLong = await (await basic.PostAsJsonAsync("/api/v1/tokens", new { name = "eterno", expiresInDays = 366 }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(tooLong["errors"]?["expiresInDays"]);
    }

    [Fact] // A new password ends every trust the old one gave; an administrator sees and revokes anyone's tokens
    public async Task A_new_password_revokes_every_token_and_an_admin_revokes_one()
    {
        var name = "persona-" + Guid.NewGuid().ToString("N")[..8];
        long id;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var person = new User { UserName = name, DisplayName = "Persona", Email = name + "@mesa.test", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(person, MesaApp.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(person, Roles.Agent)).Succeeded);
            id = person.Id;
        }

        using var basic = app.WithPassword(name, MesaApp.Password);
        var first = await (await basic.PostAsJsonAsync("/api/v1/tokens", new { name = "uno" })).ReadObjectAsync(HttpStatusCode.Created);
        var second = await (await basic.PostAsJsonAsync("/api/v1/tokens", new { name = "dos" })).ReadObjectAsync(HttpStatusCode.Created);
        using var firstClient = app.CreateClient();
        firstClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", first.Str("token"));
        using var secondClient = app.CreateClient();
        secondClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.Str("token"));

        var admin = await app.As("admin");
        var listed = await (await admin.GetAsync($"/api/v1/admin/users/{name}/tokens")).ReadArrayAsync();
        Assert.Equal(["uno", "dos"], listed.Select(t => t.Str("name")));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/users/{name}/tokens/{first.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await firstClient.GetAsync("/api/v1/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/users/nadie-asi/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/{name}/tokens/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await basic.DeleteAsync("/api/v1/tokens/999999")).StatusCode);

        // The person sets a new password with "¿Ha olvidado su clave?": the other token stops working too.
        string token;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!);
        }

        using var browser = app.Browser();
        var reset = await browser.PostFromAsync($"/account/reset-password?user={id}&token={Uri.EscapeDataString(token)}",
            $"/account/reset-password?user={id}&token={Uri.EscapeDataString(token)}",
            new Dictionary<string, string> { ["Password"] = "Clave-Nueva-2026", ["Confirm"] = "Clave-Nueva-2026" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await secondClient.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        using var basic = app.WithPassword("agente2", MesaApp.Password);
        var created = await (await basic.PostAsJsonAsync("/api/v1/tokens", new { name = "corto", expiresInDays = 1 }))
            .ReadObjectAsync(HttpStatusCode.Created);
        using var bearer = app.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Str("token"));

        app.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact] // A requester may not use the agents' commands
    public async Task A_requester_cannot_assign_even_their_own_ticket()
    {
        var ticket = await _desk.RegisterAsync();
        var user = await app.As("usuario1");

        var response = await user.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group = "Mesa de Servicio", note = "Me lo asigno." });

        await response.ReadObjectAsync(HttpStatusCode.Forbidden);
    }

    [Fact] // Guía §14.2: the agents keep the informed users; a requester's names tell nothing of who has an account
    public async Task A_requester_naming_informed_users_is_refused_alike_whether_the_names_exist_or_not()
    {
        var user = await app.As("usuario1");
        async Task<string> RefusalAsync(string userName)
        {
            var response = await user.PostJsonAsync("/api/v1/tickets", new
            {
                type = "incident",
                title = "Con copia",
                description = "Que se entere.",
                informedUsers = new[] { new { userName } },
            });
            var problem = await response.ReadObjectAsync(HttpStatusCode.BadRequest);
            return problem["errors"]!["informedUsers"]!.ToJsonString();
        }

        var known = await RefusalAsync("agente1");
        var unknown = await RefusalAsync("nadie-con-este-nombre");

        Assert.Equal(known, unknown);
        Assert.Contains("Solo un agente", known);
    }

    [Fact] // "a requester only ever sees tickets they notified or are informed on"
    public async Task A_requester_lists_only_the_tickets_they_notified_or_are_informed_on()
    {
        var own = await _desk.RegisterAsync("usuario2", "Mi teclado no funciona");
        var other = await _desk.RegisterAsync("usuario1", "Ajeno para usuario2");
        var informing = await _desk.RegisterAsync("usuario1", "Informa a usuario2");
        var agent = await app.As("agente1");
        await (await agent.PatchJsonAsync($"/api/v1/tickets/{informing["id"]}",
            new { informedUsers = new[] { new { userName = "usuario2" } } })).ReadObjectAsync(HttpStatusCode.OK);
        var user = await app.As("usuario2");

        foreach (var view in new[] { "", "?view=all-open", "?view=mine", "?view=assigned-to-me", "?q=usuario2" })
        {
            var page = await (await user.GetAsync($"/api/v1/tickets{view}")).ReadObjectAsync(HttpStatusCode.OK);
            var codes = page["items"]!.AsArray().Select(t => t.Str("code")).ToList();
            Assert.DoesNotContain(other.Str("code"), codes);
        }

        var all = await (await user.GetAsync("/api/v1/tickets?view=all-open&pageSize=200")).ReadObjectAsync(HttpStatusCode.OK);
        var visible = all["items"]!.AsArray().Select(t => t.Str("code")).ToList();
        Assert.Contains(own.Str("code"), visible);
        Assert.Contains(informing.Str("code"), visible);

        // An informed user sees the ticket, but not the requester's e-mail.
        var seen = await _desk.GetAsync(informing.Str("id"), "usuario2");
        Assert.Equal("", seen.Str("requester.email"));
    }

    [Fact] // Guía §14.3: unpublished actions and internal history never reach the requester
    public async Task A_requester_sees_only_what_is_published_to_them()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions", new { kind = "note", text = "Nota interna del técnico." }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions", new { kind = "note", text = "Avance publicado.", published = true }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var user = await app.As("usuario1");

        var actions = await (await user.GetAsync($"/api/v1/tickets/{id}/actions")).ReadArrayAsync();
        var history = await (await user.GetAsync($"/api/v1/tickets/{id}/history")).ReadArrayAsync();

        Assert.Equal(["Avance publicado."], actions.Select(a => a.Str("text")));
        Assert.DoesNotContain("Nota interna del técnico.", history.ToJsonString());
        Assert.DoesNotContain("Asignación por categoría.", history.ToJsonString());
        Assert.DoesNotContain(history, e => e.Str("kind") is "notification-queued" or "field-changed");
        Assert.Contains(history, e => e.Str("kind") == "assigned");
    }

    [Fact]
    public async Task A_requester_registers_only_for_themselves_and_by_the_portal()
    {
        var user = await app.As("usuario1");

        var forOther = await user.PostJsonAsync("/api/v1/tickets",
            new { type = "request", title = "Para otro", description = "x", requester = "usuario2" });
        var byPhone = await user.PostJsonAsync("/api/v1/tickets",
            new { type = "request", title = "Teléfono", description = "x", origin = "phone" });

        await forOther.ReadObjectAsync(HttpStatusCode.BadRequest);
        await byPhone.ReadObjectAsync(HttpStatusCode.BadRequest);
    }

    [Fact] // Guía §14.2 "Notificado por" / "Registrado por": an agent registers a phone call for a user
    public async Task An_agent_registers_a_phone_call_on_behalf_of_a_user()
    {
        var agent = await app.As("agente1");

        var ticket = await (await agent.PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "Crear usuario de red",
            description = "Llamó para pedir un usuario para el contratista nuevo.",
            origin = "phone",
            requester = "usuario2",
            informedUsers = new[] { new { userName = "usuario1", onCreation = true, onActions = false, onResolution = false, onClosure = true } },
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(("phone", "usuario2", "agente1"),
            (ticket.Str("origin"), ticket.Str("requester.userName"), ticket.Str("registeredBy.userName")));
        Assert.Equal("usuario1", Assert.Single(ticket["informedUsers"]!.AsArray()).Str("userName"));
        var seenByRequester = await _desk.GetAsync(ticket.Str("id"), "usuario2");
        Assert.Equal("request", seenByRequester.Str("type"));
    }
}

public sealed class AccessOnSqlite(SqliteApp app) : AccessTests(app), IClassFixture<SqliteApp>;

public sealed class AccessOnPostgres(PostgresApp app) : AccessTests(app), IClassFixture<PostgresApp>;
