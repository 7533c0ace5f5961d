using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Security;

/// <summary>
/// One record of every kind a route names, each belonging to someone other than the person who asks: usuario2's
/// tickets, file and token for usuario1; agente2's draft, alert and absence for agente1. <see cref="Fill"/> puts them
/// into a route pattern by the segment before each parameter (<c>tickets/{id}</c>, <c>drafts/{id}</c>).
/// </summary>
public sealed class AccessScene
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);

    public static async Task<AccessScene> BuildAsync(MesaApp app)
    {
        var scene = new AccessScene();
        var desk = new Desk(app);
        var owner = await app.As("usuario2");
        var agent = await app.As("agente1");
        var admin = await app.As("admin");

        var ticket = await desk.RegisterAsync("usuario2", "Ajeno para la matriz de acceso");
        var other = await desk.RegisterAsync("usuario2", "Otro ajeno para la matriz");
        // A request waiting for its manager's approval (usuario2's): none of the people who ask is its approver.
        var waiting = await (await (await app.As("usuario1")).PostJsonAsync("/api/v1/tickets", new
        {
            template = "Acceso VPN",
            fields = new Dictionary<string, string> { ["Motivo"] = "Para la matriz de acceso.", ["Desde"] = "2026-03-09" },
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Asignado." })).ReadObjectAsync(HttpStatusCode.OK);
        var note = await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "note", text = "Nota interna." })).ReadObjectAsync(HttpStatusCode.Created);
        using var file = new MultipartFormDataContent();
        var bytes = new ByteArrayContent("captura"u8.ToArray());
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        file.Add(bytes, "file", "captura.txt");
        var attachment = await (await owner.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments", file))
            .ReadObjectAsync(HttpStatusCode.Created);
        // An article for staff only (hidden from requesters) and one the portal shows.
        var article = await (await agent.PostJsonAsync("/api/v1/knowledge",
            new { title = "Artículo interno de la matriz", body = "Solo para agentes.", audience = "internal" })).ReadObjectAsync(HttpStatusCode.Created);
        var open = (await (await (await app.As("usuario1")).GetAsync("/api/v1/knowledge")).ReadObjectAsync(HttpStatusCode.OK))["items"]![0]!;
        var problem = await (await agent.PostJsonAsync("/api/v1/problems",
            new { title = "Problema de la matriz", description = "Varias incidencias iguales." })).ReadObjectAsync(HttpStatusCode.Created);
        // The links the removals undo.
        foreach (var (list, code) in new[] { ("related", other.Str("code")), ("articles", article.Str("id")), ("problems", problem.Str("id")) })
        {
            await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/{list}", new { code }))
                .ReadObjectAsync(HttpStatusCode.OK);
        }

        var agente2 = await app.As("agente2");
        // Someone else's change, put to agente1, supervisor1 and admin, solving the scene's ticket and problem; a task on it.
        var change = await (await agente2.PostJsonAsync("/api/v1/changes", new
        {
            title = "Cambio de la matriz",
            description = "Un cambio ajeno.",
            type = "normal",
            risk = "low",
            implementationPlan = "Aplicar.",
            backoutPlan = "Deshacer.",
            approvers = new[] { "agente1", "supervisor1", "admin" },
            approvalRule = "all",
            tickets = new[] { ticket["id"]!.GetValue<long>() },
            problems = new[] { problem.Str("id") },
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await agente2.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Al comité." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        // A release holding an approved change, which the removals take out.
        var standard = await (await agente2.PostJsonAsync("/api/v1/changes", new { title = "Cambio estándar de la matriz", description = "x", type = "standard" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await agente2.PostJsonAsync($"/api/v1/changes/{standard.Str("id")}/submit", new { note = "Estándar." })).ReadObjectAsync(HttpStatusCode.OK);
        var release = await (await agente2.PostJsonAsync("/api/v1/releases", new
        {
            name = "Entrega de la matriz",
            plannedAt = "2026-04-01T22:00:00-05:00",
            changes = new[] { standard.Str("id") },
        })).ReadObjectAsync(HttpStatusCode.Created);
        var task = await (await agente2.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/tasks",
            new { title = "Tarea ajena de la matriz", group = "Soporte Técnico" })).ReadObjectAsync(HttpStatusCode.Created);
        var draft = await (await agente2.PostJsonAsync("/api/v1/drafts", new { type = "request", title = "Borrador ajeno" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var supervisor = await app.As("supervisor1");
        var alert = await (await supervisor.PostJsonAsync("/api/v1/alerts", new
        {
            text = "Aviso de la matriz.",
            level = "information",
            endsAt = app.Clock.GetUtcNow().AddDays(1).ToString("O", CultureInfo.InvariantCulture),
        })).ReadObjectAsync(HttpStatusCode.Created);
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var absence = await (await supervisor.PostJsonAsync("/api/v1/absences",
            new { userName = "agente2", from = today, to = today, reason = "Vacaciones" })).ReadObjectAsync(HttpStatusCode.Created);
        var password = app.WithPassword("usuario2", MesaApp.Password);
        await (await password.PostJsonAsync("/api/v1/tokens", new { name = "matriz" })).ReadObjectAsync(HttpStatusCode.Created);
        var token = (await (await password.GetAsync("/api/v1/tokens")).ReadArrayAsync()).Last()!;
        var location = await (await admin.PostJsonAsync("/api/v1/admin/locations", new { path = "/Sede Matriz" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        // A custom field no ticket must fill (optional, only for the scene's own category).
        await (await admin.PostJsonAsync("/api/v1/admin/custom-fields", new
        {
            name = "campo-escena",
            label = "Campo de la escena",
            kind = "text",
            categories = new[] { "/Redes/VPN" }
        })).ReadObjectAsync(System.Net.HttpStatusCode.Created);
        // A mailbox kept in the browser, on a port nobody listens on.
        var mailbox = await (await admin.PostJsonAsync("/api/v1/admin/mailboxes", new
        {
            address = "escena@mesa.test",
            host = "127.0.0.1",
            port = 1,
            security = "none",
            user = "escena",
            password = "clave-escena",
            service = "Soporte Técnico",
        })).ReadObjectAsync(HttpStatusCode.Created);
        var serviceType = await (await admin.PostJsonAsync("/api/v1/admin/service-types", new { name = "Tipo de la matriz" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var notice = await (await admin.PostJsonAsync("/api/v1/admin/notice-templates",
            new { name = "Matriz", subject = "Asunto", body = "Texto." })).ReadObjectAsync(HttpStatusCode.Created);
        // An administrator's scheduled report: a supervisor reads it but may not change it.
        var schedule = await (await admin.PostJsonAsync("/api/v1/report-schedules", new
        {
            name = "Matriz",
            report = "flow",
            format = "csv",
            frequency = "monthly",
            addresses = new[] { "matriz@mesa.test" },
        })).ReadObjectAsync(HttpStatusCode.Created);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
        var category = await db.Categories.OrderBy(c => c.Id).Select(c => new { c.Id, c.ServiceId }).FirstAsync();
        var template = Text(await db.TicketTemplates.MinAsync(t => t.Id));

        scene.Set("tickets/{id}", ticket.Str("id"));
        scene.Set("attachments/{attachmentId}", attachment.Str("id"));
        scene.Set("actions/{actionId}", note.Str("id"));
        scene.Set("related/{other}", other.Str("id"));
        scene.Set("articles/{article}", article.Str("id"));
        scene.Set("problems/{problem}", problem.Str("id"));
        scene.Set("problems/{id}", problem.Str("id"));
        scene.Set("knowledge/{id}", article.Str("id"));
        scene.Set("changes/{id}", change.Str("id"));
        scene.Set("tickets/{ticket}", ticket.Str("id"));
        scene.Set("tasks/{id}", task.Str("id"));
        scene.Set("releases/{id}", release.Str("id"));
        scene.Set("changes/{change}", standard.Str("id"));
        scene.Set("drafts/{id}", draft.Str("id"));
        scene.Set("approvals/{ticketId}", waiting.Str("id"));
        scene.Set("approval-flows/{id}", Text(await db.ApprovalFlows.MinAsync(f => f.Id)));
        scene.Set("reports/{name}", "sla");
        scene.Set("report-schedules/{id}", schedule.Str("id"));
        var delivery = new Mesa.Core.Reports.ReportDelivery(int.Parse(schedule.Str("id"), CultureInfo.InvariantCulture),
            new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), "informe.csv", "text/csv", "a,b"u8.ToArray(), MesaApp.Start);
        db.ReportDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        scene.Set("deliveries/{deliveryId}", Text(delivery.Id));
        scene.Set("alerts/{id}", alert.Str("id"));
        scene.Set("absences/{id}", absence.Str("id"));
        scene.Set("tokens/{tokenId}", token.Str("id"));
        scene.Set("users/{userName}", "usuario2");
        scene.Set("groups/{id}", Text(await db.Groups.MinAsync(g => g.Id)));
        scene.Set("groups/{name}", "Mesa de Servicio");
        scene.Set("services/{id}", Text(category.ServiceId));
        scene.Set("categories/{id}", Text(category.Id));
        scene.Set("locations/{id}", location.Str("id"));
        scene.Set("templates/{id}", template);
        scene.Set("templates/{idOrName}", template);
        scene.Set("assignment-rules/{id}", Text(await db.AssignmentRules.MinAsync(r => r.Id)));
        scene.Set("service-types/{id}", serviceType.Str("id"));
        scene.Set("notice-templates/{id}", notice.Str("id"));
        scene.Set("calendars/{name}", "Calendario Técnicos Primer Nivel");
        scene.Set("holidays/{date}", "2026-12-25");
        scene.Set("mail-templates/{kind}", "registration");
        scene.Set("sla-policies/{name}", "SLA TI - 24 HORAS");
        scene.Set("import/{kind}", "locations");
        // A check of a ProactivaNET listing: its run is what the import's progress is asked about.
        using var listing = new MultipartFormDataContent { { new StringContent(ProactivaNetExport.Generate(1).Tickets), "tickets", "en-curso.csv" } };
        var run = await (await admin.PostAsync("/api/v1/admin/import/proactivanet?dryRun=true", listing))
            .ReadObjectAsync(HttpStatusCode.Accepted);
        scene.Set("proactivanet/{id}", run.Str("id"));
        scene.Set("jobs/{job}", "sla-check");
        // An integration's webhook (nothing posts to it: the matrix never runs the webhook-send job).
        var webhook = await (await admin.PostJsonAsync("/api/v1/admin/webhooks", new
        {
            url = "http://127.0.0.1:9/matriz",
            events = new[] { "ticket.registered" },
            secret = "secreto-de-la-matriz-de-acceso",
        })).ReadObjectAsync(HttpStatusCode.Created);
        scene.Set("webhooks/{id}", webhook.Str("id"));
        // A prepared answer of the first line's group: its members use it, its supervisors and the admins keep it.
        var answer = await (await admin.PostJsonAsync("/api/v1/responses", new
        {
            name = "Saludo de la matriz",
            text = "Buen día, {nombre}.",
            scope = "group",
            group = "Mesa de Servicio",
        })).ReadObjectAsync(HttpStatusCode.Created);
        scene.Set("responses/{id}", answer.Str("id"));
        // A directory sync run, as a Mesa with a directory keeps them (this one has none to read).
        var sync = new Mesa.Core.People.Directory.DirectorySyncRun(app.Clock.GetUtcNow());
        db.Add(sync);
        await db.SaveChangesAsync();
        scene.Set("syncs/{id}", Text(sync.Id));
        scene.Set("undelivered/{id}", Text(await db.Notifications.MinAsync(n => n.Id)));
        // A signed-in browser of usuario2's: someone else's session for everyone who asks.
        var usuario2 = await db.Users.Where(u => u.UserName == "usuario2").Select(u => u.Id).SingleAsync();
        var session = new Mesa.Core.People.Security.UserSession(Mesa.Core.People.Security.UserSessions.Hash(Guid.NewGuid().ToString()),
            usuario2, Mesa.Core.People.Security.SignInMethod.Password, false, "198.51.100.9", "Firefox", app.Clock.GetUtcNow(),
            app.Clock.GetUtcNow().AddDays(14), []);
        db.Add(session);
        await db.SaveChangesAsync();
        scene.Set("sessions/{id}", Text(session.Id));
        scene.Set("/portal/knowledge/{id:long}", open.Str("id"));
        scene.Set("openapi/{documentName}", "v1");
        scene.Set("api-reference/{documentName}", "");
        scene.Set("help/{topic}", "");
        scene.Set("status/{code}", "400");
        scene.Set("substates/{code}", "pending-vendor");
        scene.Set("custom-fields/{name}", "campo-escena");
        scene.Set("mailboxes/{id}", mailbox.Str("id"));
        scene._words["$mailbox"] = mailbox.Str("id");
        scene._words["$other"] = other.Str("code");
        scene._words["$article"] = article.Str("id");
        scene._words["$problem"] = problem.Str("id");
        scene._words["$change"] = change.Str("id");
        scene._words["$service"] = Text(category.ServiceId);
        scene._words["$schedule"] = schedule.Str("id");
        scene._words["$today"] = today;
        scene._words["$tomorrow"] = app.Clock.GetUtcNow().AddDays(1).ToString("O", CultureInfo.InvariantCulture);
        return scene;
    }

    private void Set(string key, string value) => _values[key] = value;

    /// <summary>A body or query with each <c>$name</c> given the scene's record.</summary>
    public string Expand(string text) =>
        _words.OrderByDescending(w => w.Key.Length).Aggregate(text, (t, w) => t.Replace(w.Key, w.Value, StringComparison.Ordinal));

    /// <summary>
    /// The pattern with every parameter given the scene's record (an optional one left out when empty): the record
    /// set for the whole pattern, else the one for the segment before the parameter.
    /// </summary>
    public string Fill(string pattern)
    {
        if (_values.TryGetValue(pattern, out var whole)) return pattern[..pattern.IndexOf('{')] + whole;
        var segments = pattern.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var open = segment.IndexOf('{');
            if (open < 0) continue;
            var close = segment.IndexOf('}');
            var name = segment[(open + 1)..close].Split(':', '?', '=')[0];
            var before = i > 0 ? segments[i - 1] : "";
            var key = $"{before}/{{{name}}}";
            if (!_values.TryGetValue(key, out var value))
                throw new InvalidOperationException($"The access scene has no record for {key} in {pattern}: add one.");
            segments[i] = segment[..open] + Uri.EscapeDataString(value) + segment[(close + 1)..];
        }

        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }
}
