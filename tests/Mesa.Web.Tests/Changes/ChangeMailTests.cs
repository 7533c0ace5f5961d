using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Changes;

/// <summary>
/// Guía §10 "En Comité de control de Cambios" by e-mail, through a real SMTP server: each approver is asked with signed
/// links and decides without signing in (even one who is not an agent); opening a link changes nothing; the change's
/// people learn the decision; a link decides once and only while the change waits for the committee.
/// </summary>
public abstract class ChangeMailTests(MesaApp app)
{
    private SmtpCatcher Smtp => app.Smtp!;

    [Fact]
    public async Task Two_of_three_approvers_approve_from_their_mail_links_and_the_responsible_learns_it()
    {
        var change = await SubmittedAsync("Actualizar el antivirus de los servidores", ["agente3", "usuario1", "supervisor1"], "majority");
        await RunAsync("mail-send");

        var asked = Smtp.Messages.Where(m => (m.Subject ?? "").StartsWith($"[{change.Str("code")}] Se pide su aprobación", StringComparison.Ordinal)).ToList();
        Assert.Equal(["agente3@mesa.test", "supervisor1@mesa.test", "usuario1@mesa.test"],
            asked.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var toUser = asked.Single(m => m.To.Mailboxes.Single().Address == "usuario1@mesa.test");
        var approve = Link(toUser.TextBody!, "approve");
        Assert.Contains(WebUtility.HtmlEncode(approve), toUser.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Plan de reversión", await Anonymous().GetStringAsync(Path(approve)), StringComparison.Ordinal);
        Assert.Equal("awaiting-approval", (await GetAsync(change)).Str("state")); // a link scanner changes nothing

        var first = await DecideAsync(approve, "Talento humano de acuerdo.");
        var second = await DecideAsync(Link(asked.Single(m => m.To.Mailboxes.Single().Address == "agente3@mesa.test").TextBody!, "approve"),
            "Sin objeción técnica.");
        var late = await Anonymous().GetStringAsync(Path(Link(asked.Single(m => m.To.Mailboxes.Single().Address == "supervisor1@mesa.test").TextBody!, "reject")));

        Assert.Contains("Se registró su decisión", first, StringComparison.Ordinal);
        Assert.Contains("Aprobado", WebUtility.HtmlDecode(second), StringComparison.Ordinal);
        Assert.Contains("ya no espera la decisión del comité", WebUtility.HtmlDecode(late), StringComparison.Ordinal);
        var now = await GetAsync(change);
        Assert.Equal(("approved", "usuario1", "Talento humano de acuerdo."),
            (now.Str("state"), now["approvals"]![1]!.Str("approver"), now["approvals"]![1]!.Str("note")));
        await RunAsync("mail-send");
        var decided = Assert.Single(Smtp.Messages, m => (m.Subject ?? "").StartsWith($"[{change.Str("code")}] Decisión del Comité", StringComparison.Ordinal));
        Assert.Equal("agente2@mesa.test", decided.To.Mailboxes.Single().Address);
        Assert.Contains(now["history"]!.AsArray(), e => e!.Str("kind") == "mail-sent");
    }

    [Fact] // A link decides once; a tampered one decides nothing; the comment is required
    public async Task A_link_decides_once_needs_a_comment_and_a_tampered_one_is_refused()
    {
        var change = await SubmittedAsync("Cambiar el proveedor de internet", ["agente3", "supervisor1"], "all");
        await RunAsync("mail-send");
        var link = Link(Smtp.Messages.Last(m => (m.Subject ?? "").StartsWith($"[{change.Str("code")}]", StringComparison.Ordinal)
            && m.To.Mailboxes.Single().Address == "agente3@mesa.test").TextBody!, "reject");

        var noComment = await DecideAsync(link, "");
        var tampered = await Anonymous().GetStringAsync(Path(link).Replace("t=", "t=x", StringComparison.Ordinal));
        var rejected = await DecideAsync(link, "El contrato actual vence en junio.");
        var again = await Anonymous().GetStringAsync(Path(link));

        Assert.Contains("anotación", noComment, StringComparison.Ordinal);
        Assert.Contains("no es válido o venció", WebUtility.HtmlDecode(tampered), StringComparison.Ordinal);
        Assert.Contains("Rechazado", WebUtility.HtmlDecode(rejected), StringComparison.Ordinal);
        Assert.Contains("Usted ya decidió", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        Assert.Equal("rejected", (await GetAsync(change)).Str("state"));
    }

    [Fact] // Someone who left the entity (a deactivated account) no longer decides with an old link
    public async Task The_link_of_an_approver_who_left_decides_nothing()
    {
        var change = await SubmittedAsync("Cambiar la clave del wifi de visitantes", ["usuario2", "agente3"], "any");
        await RunAsync("mail-send");
        var link = Link(Smtp.Messages.Last(m => (m.Subject ?? "").StartsWith($"[{change.Str("code")}]", StringComparison.Ordinal)
            && m.To.Mailboxes.Single().Address == "usuario2@mesa.test").TextBody!, "approve");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Mesa.Core.Data.MesaDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "usuario2");
            user.Deactivate(app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var page = await Anonymous().GetStringAsync(Path(link));

        Assert.Contains("no es válido o venció", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal("awaiting-approval", (await GetAsync(change)).Str("state"));
    }

    [Fact] // Guía §15.1 Notificar from a change: to its people only, in the agent's words, kept in its history
    public async Task An_agent_notifies_people_of_the_change_and_the_requester_of_the_incident_it_solves()
    {
        var incident = await new Desk(app).RegisterAsync("usuario1", "El correo rebota desde la sede sur");
        var agent = await app.As("agente2");
        var change = await (await agent.PostJsonAsync("/api/v1/changes", new
        {
            title = "Cambiar el conector de la sede sur",
            description = "El conector actual pierde mensajes.",
            type = "normal",
            risk = "low",
            implementationPlan = "Instalar el conector nuevo.",
            backoutPlan = "Volver al conector anterior.",
            group = "Soporte Técnico",
            agent = "agente2",
            approvers = new[] { "supervisor1" },
            tickets = new[] { incident.Str("id") },
        })).ReadObjectAsync(HttpStatusCode.Created);
        var id = change.Str("id");
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/notice-templates",
            new { name = "Ventana de cambio", subject = "{codigo}: ventana programada", body = "El cambio «{titulo}» está {estado}." }))
            .ReadObjectAsync(HttpStatusCode.Created);

        var people = await (await agent.GetAsync($"/api/v1/changes/{id}/people")).ReadArrayAsync();
        Assert.Equal([("agente2", "responsible"), ("agente3", "responsible-group"), ("supervisor1", "approver"), ("usuario1", "requester")],
            people.Select(p => (p.Str("userName"), p.Str("role"))).Where(p => p.Item1 != "agente1").OrderBy(p => p.Item1, StringComparer.Ordinal));

        var stranger = await agent.PostJsonAsync($"/api/v1/changes/{id}/notify",
            new { subject = "Aviso", text = "Hola.", recipients = new[] { "usuario2" } });
        var nobody = await agent.PostJsonAsync($"/api/v1/changes/{id}/notify", new { subject = "Aviso", text = "Hola.", recipients = Array.Empty<string>() });
        var stale = await agent.PostJsonAsync($"/api/v1/changes/{id}/notify",
            new { subject = "Aviso", text = "Hola.", recipients = new[] { "usuario1" } }, ifMatch: "\"987\"");
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Conflict),
            (stranger.StatusCode, nobody.StatusCode, stale.StatusCode));
        Assert.Contains("personas del cambio", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sent = await (await agent.PostJsonAsync($"/api/v1/changes/{id}/notify",
            new { template = "Ventana de cambio", recipients = new[] { "usuario1", "agente3" } })).ReadObjectAsync(HttpStatusCode.OK);
        await RunAsync("mail-send");

        var code = change.Str("code");
        var mails = Smtp.Messages.Where(m => m.Subject == $"[{code}] {code}: ventana programada").ToList();
        Assert.Equal(["agente3@mesa.test", "usuario1@mesa.test"], mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Contains("El cambio «Cambiar el conector de la sede sur» está Nuevo.", mails[0].TextBody, StringComparison.Ordinal);
        var history = (await GetAsync(sent))["history"]!.AsArray();
        Assert.Contains(history, e => e!.Str("kind") == "noticed" && e!.Str("note").StartsWith($"{code}: ventana programada", StringComparison.Ordinal));
        Assert.Equal(2, history.Count(e => e!.Str("kind") == "mail-sent"));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/changes/987654/people")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostJsonAsync("/api/v1/changes/987654/notify",
            new { subject = "x", text = "y", recipients = new[] { "agente2" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("usuario1")).PostJsonAsync($"/api/v1/changes/{id}/notify",
            new { subject = "x", text = "y", recipients = new[] { "agente2" } })).StatusCode);
    }

    private async Task<JsonObject> SubmittedAsync(string title, string[] approvers, string rule)
    {
        var agent = await app.As("agente2");
        var change = await (await agent.PostJsonAsync("/api/v1/changes", new
        {
            title,
            description = "Se actualiza en la ventana del sábado.",
            type = "normal",
            risk = "medium",
            plannedStart = "2026-03-07T22:00:00-05:00",
            plannedEnd = "2026-03-08T02:00:00-05:00",
            implementationPlan = "Instalar por lotes.",
            backoutPlan = "Volver a la versión anterior.",
            group = "Soporte Técnico",
            agent = "agente2",
            approvers,
            approvalRule = rule,
        })).ReadObjectAsync(HttpStatusCode.Created);
        return await (await agent.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Al comité." }))
            .ReadObjectAsync(HttpStatusCode.OK);
    }

    private async Task<JsonObject> GetAsync(JsonObject change) =>
        await (await (await app.As("agente2")).GetAsync($"/api/v1/changes/{change.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);

    private Task<int> RunAsync(string job) => new Desk(app).RunJobAsync(job);

    private HttpClient Anonymous() => app.Browser();

    private Task<string> DecideAsync(string link, string note) => app.DecideAsync(link, note);

    private static string Link(string body, string decision) => DecisionLinks.Find(body, "change", decision);

    private static string Path(string link) => DecisionLinks.Path(link);
}

public sealed class ChangeMailOnSqlite(MailSqliteApp app) : ChangeMailTests(app), IClassFixture<MailSqliteApp>;

public sealed class ChangeMailOnPostgres(MailPostgresApp app) : ChangeMailTests(app), IClassFixture<MailPostgresApp>;
