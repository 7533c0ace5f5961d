using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Approvals;

/// <summary>
/// Guía §14.2 "Flujo de trabajo", end to end through the API, the pages and a real SMTP server: a request of a template
/// with a flow waits, Nueva and with its clock stopped, for its approvers; the sweep leaves it alone; the manager decides
/// from the e-mail's signed link without signing in, or from the portal; a rejection reaches the requester with its
/// reason; the approvals job reminds and times out.
/// </summary>
public abstract class RequestApprovalTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private SmtpCatcher Smtp => app.Smtp!;

    [Fact]
    public async Task A_vpn_request_waits_for_the_managers_approval_by_mail_link_and_is_then_assigned_by_the_sweep()
    {
        var ticket = await VpnRequestAsync("Conexión desde la casa los viernes.");

        Assert.Equal(("new", "pending-approval", "pending"), (ticket.Str("state"), ticket.Str("substate.code"), ticket.Str("approval.state")));
        Assert.Equal(("Aprobación del jefe", "usuario2", "1"),
            (ticket.Str("approval.flow"), ticket["approval"]!["steps"]![0].Str("approverUserName"), ticket.Str("approval.currentStep")));
        Assert.Equal("true", ticket.Str("sla.clockStopped"));
        Assert.DoesNotContain("assign", ticket["actions"]!.AsArray().Select(a => a!.GetValue<string>()));

        await _desk.RunJobAsync("auto-assign");
        Assert.Equal("new", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
        var refused = await (await app.As("agente1")).PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "A mano." });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await _desk.RunJobAsync("mail-send");
        var mail = Assert.Single(Smtp.Messages, m => (m.Subject ?? "").StartsWith($"[{ticket.Str("code")}] Se pide su aprobación", StringComparison.Ordinal));
        Assert.Equal("usuario2@mesa.test", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Conexión desde la casa los viernes.", mail.TextBody, StringComparison.Ordinal);
        var approve = Link(mail.TextBody!, "approve");
        Assert.Contains("Aprobación del jefe inmediato", WebUtility.HtmlDecode(await Anonymous().GetStringAsync(Path(approve))), StringComparison.Ordinal);
        Assert.Equal("pending", (await _desk.GetAsync(ticket.Str("id"))).Str("approval.state")); // a link scanner changes nothing

        var page = await DecideAsync(approve, "");

        Assert.Contains("queda aprobada y pasa a la asignación", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        var approved = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("approved", "new", "false"), (approved.Str("approval.state"), approved.Str("state"), approved.Str("sla.clockStopped")));
        Assert.Null(approved["substate"]);
        await _desk.RunJobAsync("auto-assign");
        var assigned = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("assigned", "Mesa de Servicio"), (assigned.Str("state"), assigned.Str("group")));
        var history = (await _desk.HistoryAsync(ticket.Str("id"))).Select(e => e!.Str("kind")).ToList();
        Assert.Equal(["approval-started", "approval-requested", "approval-given", "approval-finished"],
            history.Where(k => k.StartsWith("approval", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_manager_rejects_from_the_portal_and_the_requester_receives_the_reason()
    {
        var ticket = await VpnRequestAsync("Para revisar el correo de noche.");
        var manager = await app.As("usuario2");
        var pending = await (await manager.GetAsync("/api/v1/approvals")).ReadArrayAsync();
        Assert.Contains(pending, p => p!.Str("ticket.id") == ticket.Str("id") && p!.Str("step") == "Aprobación del jefe inmediato");
        var portal = await SignedInAsync("usuario2");
        Assert.Contains(ticket.Str("code"), await portal.GetStringAsync("/portal/approvals"), StringComparison.Ordinal);
        Assert.Contains("Solicitudes que esperan su aprobación", WebUtility.HtmlDecode(await portal.GetStringAsync("/portal")), StringComparison.Ordinal);
        var asked = await (await manager.GetAsync($"/api/v1/approvals/{ticket.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("Para revisar el correo de noche.", "Sergio Londoño Londoño"),
            (asked["fields"]![0].Str("value"), asked.Str("requester")));

        var noReason = await manager.PostJsonAsync($"/api/v1/approvals/{ticket.Str("id")}", new { decision = "reject", note = "" });
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        var decided = await (await manager.PostJsonAsync($"/api/v1/approvals/{ticket.Str("id")}",
            new { decision = "reject", note = "No se autoriza trabajo fuera de horario." })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("rejected", decided.Str("approval.state"));
        var rejected = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("rejected", "No se autoriza trabajo fuera de horario."), (rejected.Str("state"), rejected.Str("firstLineService")));
        await _desk.RunJobAsync("mail-send");
        var told = Smtp.Messages.Last(m => (m.Subject ?? "").StartsWith($"[{ticket.Str("code")}]", StringComparison.Ordinal)
            && m.To.Mailboxes.Single().Address == "usuario1@mesa.test");
        Assert.Contains("No se autoriza trabajo fuera de horario.", told.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/v1/approvals/{ticket.Str("id")}",
            new { decision = "approve" })).StatusCode);
    }

    [Fact] // Only an approver of the request reads it or decides on it; anybody else is told it does not exist
    public async Task Someone_who_is_not_an_approver_of_the_request_neither_reads_nor_decides_it()
    {
        var ticket = await VpnRequestAsync("Soporte remoto a la sede.");
        var stranger = await app.As("agente2");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/approvals/{ticket.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/approvals/{ticket.Str("id")}",
            new { decision = "approve" })).StatusCode);
        var bad = await (await app.As("usuario2")).PostJsonAsync($"/api/v1/approvals/{ticket.Str("id")}", new { decision = "tal-vez" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("no es válido", WebUtility.HtmlDecode(await (await SignedInAsync("agente2"))
            .GetStringAsync($"/approvals/ticket?ticket={ticket.Str("id")}")), StringComparison.Ordinal);
        Assert.Equal("pending", (await _desk.GetAsync(ticket.Str("id"))).Str("approval.state"));
    }

    [Fact] // Reminders and a timeout per step, by the approvals job
    public async Task The_approvals_job_reminds_the_manager_each_day_and_rejects_the_request_after_three_days_without_answer()
    {
        var ticket = await VpnRequestAsync("Para el teletrabajo de diciembre.");
        await _desk.RunJobAsync("mail-send");

        app.Clock.Advance(TimeSpan.FromHours(25));
        Assert.True(await _desk.RunJobAsync("approvals") >= 1);
        await _desk.RunJobAsync("mail-send");
        Assert.Single(Smtp.Messages, m => (m.Subject ?? "").StartsWith($"[{ticket.Str("code")}] Recordatorio", StringComparison.Ordinal));
        Assert.Equal(1, (await _desk.GetAsync(ticket.Str("id")))["approval"]!["steps"]![0]!["reminders"]!.GetValue<int>());

        app.Clock.Advance(TimeSpan.FromHours(48));
        await _desk.RunJobAsync("approvals");

        var expired = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("rejected", "rejected", true), (expired.Str("state"), expired.Str("approval.state"),
            expired["approval"]!["steps"]![0]!["timedOut"]!.GetValue<bool>()));
        Assert.Contains("72 horas", expired.Str("firstLineService"), StringComparison.Ordinal);
    }

    [Fact] // An incident follows no flow, even from a category that has one; a category's flow reaches the nodes below it
    public async Task A_category_flow_holds_the_requests_below_it_and_never_an_incident()
    {
        var admin = await app.As("admin");
        var service = (await (await admin.GetAsync("/api/v1/admin/services")).ReadArrayAsync()).Single(s => s!.Str("name") == "Sistemas de Información");
        var categories = await (await admin.GetAsync($"/api/v1/admin/services/{service!.Str("id")}/categories")).ReadArrayAsync();
        var root = categories.Single(c => c!.Str("path") == "/Sistemas de Información Misionales");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync($"/api/v1/admin/categories/{root!.Str("id")}/approval-flow",
            new { approvalFlow = "Aprobación del jefe" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync($"/api/v1/admin/services/{service.Str("id")}/owner",
            new { owner = "supervisor1" })).StatusCode);

        var requester = await app.As("usuario1");
        var request = await (await requester.PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "Rol de consulta en SIGEP",
            description = "Necesito consultar hojas de vida.",
            service = "Sistemas de Información",
            category = "/Sistemas de Información Misionales/SIGEP",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var incident = await (await requester.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "SIGEP no carga",
            description = "Error 500 al entrar.",
            service = "Sistemas de Información",
            category = "/Sistemas de Información Misionales/SIGEP",
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal("pending", request.Str("approval.state"));
        Assert.Null(incident["approval"]);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync($"/api/v1/admin/categories/{root.Str("id")}/approval-flow",
            new { approvalFlow = "" })).StatusCode);
    }

    [Fact] // The administrator's flows: checked beside each field, unknown ones not found, names unique
    public async Task An_administrator_keeps_flows_and_bad_ones_are_refused_beside_their_fields()
    {
        var admin = await app.As("admin");
        var created = await (await admin.PostJsonAsync("/api/v1/admin/approval-flows", new
        {
            name = "Software con licencia",
            steps = new object[]
            {
                new { name = "Jefe", approver = "manager", reminderHours = 24 },
                new { name = "Licencias", approver = "person", person = "supervisor1", timeoutHours = 48, onTimeout = "approve" },
            },
        })).ReadObjectAsync(HttpStatusCode.Created);
        Assert.Equal(("supervisor1", "approve"), (created["steps"]![1].Str("person"), created["steps"]![1].Str("onTimeout")));

        var problems = new[]
        {
            await admin.PostJsonAsync("/api/v1/admin/approval-flows", new { name = "Software con licencia", steps = new[] { new { name = "Jefe", approver = "manager" } } }),
            await admin.PostJsonAsync("/api/v1/admin/approval-flows", new { name = "Sin pasos", steps = Array.Empty<object>() }),
            await admin.PostJsonAsync("/api/v1/admin/approval-flows", new { name = "Mal", steps = new[] { new { name = "X", approver = "alguien" } } }),
            await admin.PostJsonAsync("/api/v1/admin/approval-flows", new { name = "Mal", steps = new[] { new { name = "X", approver = "person", person = "nadie" } } }),
        };
        Assert.All(problems, p => Assert.Equal(HttpStatusCode.BadRequest, p.StatusCode));
        Assert.Contains("steps[0].approver", await problems[2].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/approval-flows/98765")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJsonAsync("/api/v1/admin/approval-flows/98765",
            new { name = "X", steps = new[] { new { name = "Jefe", approver = "manager" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync($"/api/v1/admin/approval-flows/{created.Str("id")}",
            new { name = "Software con licencia", steps = new[] { new { name = "Jefe", approver = "manager", reminderHours = 0 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync($"/api/v1/admin/approval-flows/{created.Str("id")}",
            new { name = "Software con licencia", active = false, steps = new[] { new { name = "Jefe", approver = "manager" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync("/api/v1/admin/users/usuario1/manager", new { manager = "nadie" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync("/api/v1/admin/users/usuario1/manager", new { manager = "usuario1" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJsonAsync("/api/v1/admin/services/98765/owner", new { owner = "supervisor1" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync("/api/v1/admin/services/1/owner", new { owner = "nadie" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJsonAsync("/api/v1/admin/categories/98765/approval-flow", new { approvalFlow = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync("/api/v1/admin/categories/1/approval-flow",
            new { approvalFlow = "Software con licencia" })).StatusCode); // inactive now
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync("/api/v1/admin/users/agente3/manager", new { manager = "supervisor1" })).StatusCode);
    }

    private async Task<JsonObject> VpnRequestAsync(string reason)
    {
        var requester = await app.As("usuario1");
        return await (await requester.PostJsonAsync("/api/v1/tickets", new
        {
            template = "Acceso VPN",
            fields = new Dictionary<string, string> { ["Motivo"] = reason, ["Desde"] = "2026-03-09" },
        })).ReadObjectAsync(HttpStatusCode.Created);
    }

    private HttpClient Anonymous() => app.Browser();

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var browser = app.Browser();
        await browser.SignInAsync(userName);
        return browser;
    }

    private Task<string> DecideAsync(string link, string note) => app.DecideAsync(link, note);

    private static string Link(string body, string decision) => DecisionLinks.Find(body, "ticket", decision);

    private static string Path(string link) => DecisionLinks.Path(link);
}

public sealed class RequestApprovalOnSqlite(MailSqliteApp app) : RequestApprovalTests(app), IClassFixture<MailSqliteApp>;

public sealed class RequestApprovalOnPostgres(MailPostgresApp app) : RequestApprovalTests(app), IClassFixture<MailPostgresApp>;
