using System.Net;
using System.Net.Http.Json;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>The ticket's ANS, its explanation, holidays, the preview, the sla-check job, admin.</summary>
public abstract class SlaTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact] // Guía §14.2 "Calendario / SLA" and "Fecha respuesta / resolución" on a new ticket
    public async Task A_new_ticket_shows_its_calendar_policy_and_due_dates()
    {
        var ticket = await _desk.RegisterAsync();

        Assert.Equal(("SLA TI - 24 HORAS", "Calendario Técnicos Primer Nivel"), (ticket.Str("sla.policy"), ticket.Str("sla.calendar")));
        // Medium impact × high urgency is medium priority: 2 h to respond, 24 working hours to solve.
        Assert.Equal(("120", "1440"), (ticket.Str("sla.responseTargetMinutes"), ticket.Str("sla.resolutionTargetMinutes")));
        var created = DateTimeOffset.Parse(ticket.Str("createdAt"), System.Globalization.CultureInfo.InvariantCulture);
        var response = DateTimeOffset.Parse(ticket.Str("sla.responseDueAt"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(response > created);
        Assert.EndsWith("-05:00", ticket.Str("sla.resolutionDueAt"));
        Assert.Equal(ticket.Str("sla.resolutionDueAt"), ticket.Str("sla.originalResolutionDueAt"));
        Assert.Equal("false", ticket.Str("sla.resolutionBreached"));
    }

    [Fact] // The timeline of running and stopped stretches, with minutes used and left
    public async Task The_explanation_shows_running_and_stopped_stretches()
    {
        var ticket = await _desk.AssignedAsync();
        var id = ticket.Str("id");
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{id}/actions", new { kind = "question", text = "¿Modelo del equipo?" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        var user = await app.As("usuario1");
        await (await user.PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "HP 400." })).ReadObjectAsync(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var explanation = await (await agent.GetAsync($"/api/v1/tickets/{id}/sla")).ReadObjectAsync(HttpStatusCode.OK);

        var segments = explanation["segments"]!.AsArray();
        Assert.Contains(segments, s => s.Str("running") == "false" && s.Str("reason") == "pending-user");
        Assert.Equal("true", segments[^1].Str("running"));
        Assert.Equal("1440", explanation.Str("resolution.targetMinutes"));
        var used = int.Parse(explanation.Str("resolution.usedMinutes"), System.Globalization.CultureInfo.InvariantCulture);
        var left = int.Parse(explanation.Str("resolution.leftMinutes"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1440, used + left);
        Assert.NotEqual(explanation.Str("resolution.dueAt"), explanation.Str("resolution.originalDueAt"));
    }

    [Fact] // Holidays of a calendar, sorted, with the 2026 addition
    public async Task The_calendar_lists_its_holidays_of_a_year()
    {
        var client = await app.As("agente1");

        var holidays = await (await client.GetAsync(
            $"/api/v1/calendars/{Uri.EscapeDataString("Calendario Técnicos Primer Nivel")}/holidays?year=2026")).ReadArrayAsync();

        var dates = holidays.Select(h => h.Str("date")).ToList();
        Assert.Equal(19, dates.Count);
        Assert.Contains("2026-07-13", dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/calendars/No%20existe/holidays?year=2026")).StatusCode);
    }

    [Fact] // The preview is exactly the engine's computation
    public async Task The_preview_gives_the_due_date_with_pauses()
    {
        var client = await app.As("agente1");

        var preview = await (await client.PostJsonAsync("/api/v1/sla/preview", new
        {
            calendar = "Calendario Técnicos Primer Nivel",
            start = "2026-03-02T08:00:00-05:00",
            minutes = 120,
            pauses = new[] { new { from = "2026-03-02T09:00:00-05:00", to = "2026-03-02T10:30:00-05:00" } },
        })).ReadObjectAsync(HttpStatusCode.OK);
        var holyWeek = await (await client.PostJsonAsync("/api/v1/sla/preview", new
        {
            calendar = "Calendario Técnicos Primer Nivel",
            start = "2026-04-01T21:00:00Z",
            minutes = 120,
            pauses = Array.Empty<object>(),
        })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("2026-03-02T11:30:00-05:00", preview.Str("dueAt"));
        Assert.Equal("2026-04-06T08:00:00-05:00", holyWeek.Str("dueAt"));
    }

    [Fact]
    public async Task A_bad_preview_is_a_400_field_by_field()
    {
        var client = await app.As("agente1");

        var problem = await (await client.PostJsonAsync("/api/v1/sla/preview",
            new { calendar = "", start = "ayer", minutes = -5 })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["calendar", "minutes", "start"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact] // The sla-check job marks a breach once and tells the agent and supervisors
    public async Task The_sla_check_job_records_a_breach_once()
    {
        var ticket = await _desk.AssignedAsync();
        var admin = await app.As("admin");

        app.Clock.Advance(TimeSpan.FromDays(10));
        var first = await (await admin.PostJsonAsync("/api/v1/admin/jobs/sla-check/run", new { })).ReadObjectAsync(HttpStatusCode.OK);
        var second = await (await admin.PostJsonAsync("/api/v1/admin/jobs/sla-check/run", new { })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.True(int.Parse(first.Str("processed"), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("0", second.Str("processed"));
        var after = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("true", "true"), (after.Str("sla.responseBreached"), after.Str("sla.resolutionBreached")));
        var breaches = (await _desk.HistoryAsync(ticket.Str("id"))).Count(e => e.Str("kind") == "sla-breached");
        Assert.Equal(2, breaches);
    }

    [Fact]
    public async Task Only_admins_run_jobs_and_unknown_jobs_are_404()
    {
        var agent = await app.As("agente1");
        var admin = await app.As("admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostJsonAsync("/api/v1/admin/jobs/sla-check/run", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync("/api/v1/admin/jobs/no-existe/run", new { })).StatusCode);
    }

    [Fact] // An admin creates a 24x7 calendar and a policy, assigns it to a category, and tickets follow
    public async Task An_admin_configures_a_policy_for_a_category_and_new_tickets_use_it()
    {
        var admin = await app.As("admin");
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        await (await admin.PostJsonAsync("/api/v1/admin/calendars", new
        {
            name = "Guardia 24x7",
            timeZone = "America/Bogota",
            week = days.Select(d => new { day = d, start = "00:00", end = "24:00" }),
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/admin/sla-policies", new
        {
            name = "SLA Redes 4 horas",
            calendar = "Guardia 24x7",
            targets = new[] { "low", "medium", "high", "critical" }.Select(p => new { priority = p, responseMinutes = 15, resolutionMinutes = 240 }),
        })).ReadObjectAsync(HttpStatusCode.Created);
        var assign = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/admin/sla-assignments")
        {
            Content = JsonContent.Create(new { service = "Soporte Técnico", category = "/Redes", policy = "SLA Redes 4 horas" }),
        });
        Assert.Equal(HttpStatusCode.NoContent, assign.StatusCode);

        var user = await app.As("usuario1");
        var ticket = await (await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "Sin internet",
            description = "No hay red.",
            service = "Soporte Técnico",
            category = "/Redes/Internet",
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal(("SLA Redes 4 horas", "Guardia 24x7"), (ticket.Str("sla.policy"), ticket.Str("sla.calendar")));
        var created = DateTimeOffset.Parse(ticket.Str("createdAt"), System.Globalization.CultureInfo.InvariantCulture);
        var due = DateTimeOffset.Parse(ticket.Str("sla.resolutionDueAt"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(4), due - created);
    }

    [Fact]
    public async Task An_admin_adds_a_holiday_to_a_calendar_and_a_new_law_as_a_rule()
    {
        var admin = await app.As("admin");
        var calendar = Uri.EscapeDataString("Calendario Técnicos Primer Nivel");
        await (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/calendars/{calendar}/holidays/2027-12-24")
        {
            Content = JsonContent.Create(new { name = "Nochebuena (decreto interno)" }),
        })).ReadObjectAsync(HttpStatusCode.OK);
        await (await admin.PostJsonAsync("/api/v1/admin/holiday-rules", new
        {
            ruleSet = "CO",
            name = "Festivo de prueba de una ley nueva",
            month = 2,
            day = 2,
            moveToMonday = true,
            fromYear = 2027,
        })).ReadObjectAsync(HttpStatusCode.Created);

        var holidays = await (await admin.GetAsync($"/api/v1/calendars/{calendar}/holidays?year=2027")).ReadArrayAsync();

        Assert.Contains(holidays, h => h.Str("date") == "2027-12-24");
        Assert.Contains(holidays, h => h.Str("date") == "2027-02-08" && h.Str("name").Contains("ley nueva"));
    }

    [Fact]
    public async Task Bad_calendars_and_policies_are_refused_with_their_field()
    {
        var admin = await app.As("admin");

        var calendar = await (await admin.PostJsonAsync("/api/v1/admin/calendars", new
        {
            name = "Roto",
            timeZone = "Marte/Olympus",
            week = new[] { new { day = "monday", start = "12:00", end = "08:00" } },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);
        var policy = await (await admin.PostJsonAsync("/api/v1/admin/sla-policies", new
        {
            name = "Incompleto",
            calendar = "Calendario Técnicos Primer Nivel",
            targets = new[] { new { priority = "low", responseMinutes = 10, resolutionMinutes = 20 } },
        })).ReadObjectAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(calendar["errors"]);
        Assert.NotNull(policy["errors"]!["targets"]);
    }

    [Fact] // Guía §13: the admin reads back what the agency configured, revises it and previews a policy's due dates
    public async Task An_admin_reads_revises_and_previews_calendars_and_policies()
    {
        var admin = await app.As("admin");
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" };
        await (await admin.PostJsonAsync("/api/v1/admin/calendars", new
        {
            name = "Turno tarde",
            timeZone = "America/Bogota",
            week = days.Select(d => new { day = d, start = "13:00", end = "18:00" }),
        })).ReadObjectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/admin/sla-policies", new
        {
            name = "ANS tarde",
            calendar = "Turno tarde",
            targets = new[] { "low", "medium", "high", "critical" }.Select(p => new { priority = p, responseMinutes = 60, resolutionMinutes = 300 }),
        })).ReadObjectAsync(HttpStatusCode.Created);

        var revised = await (await admin.PutJsonAsync("/api/v1/admin/calendars/Turno%20tarde", new
        {
            name = "Turno tarde",
            timeZone = "America/Bogota",
            week = days.Select(d => new { day = d, start = "14:00", end = "18:00" }),
        })).ReadObjectAsync(HttpStatusCode.OK);
        await (await admin.PutJsonAsync("/api/v1/admin/calendars/Turno%20tarde/holidays/2026-03-03", new { name = "Día cívico" }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var withoutHoliday = await (await admin.DeleteAsync("/api/v1/admin/calendars/Turno%20tarde/holidays/2026-03-03"))
            .ReadObjectAsync(HttpStatusCode.OK);
        await (await admin.PutJsonAsync("/api/v1/admin/sla-policies/ANS%20tarde", new
        {
            name = "ANS tarde",
            calendar = "Turno tarde",
            targets = new[] { "low", "medium", "high", "critical" }.Select(p => new { priority = p, responseMinutes = 30, resolutionMinutes = 240 }),
        })).ReadObjectAsync(HttpStatusCode.OK);
        // Monday 2 March 2026 at 13:00 in Bogotá: the afternoon shift now starts at 14:00.
        var preview = await (await admin.PostJsonAsync("/api/v1/admin/sla-policies/ANS%20tarde/preview",
            new { priority = "medium", start = "2026-03-02T13:00" })).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("14:00", revised["week"]![0].Str("start"));
        Assert.DoesNotContain(withoutHoliday["holidayChanges"]!.AsArray(), c => c.Str("date") == "2026-03-03" && !(bool)c!["removed"]!);
        Assert.StartsWith("2026-03-02T14:30", preview.Str("responseDueAt"));
        Assert.StartsWith("2026-03-02T18:00", preview.Str("resolutionDueAt"));
        Assert.Contains(await (await admin.GetAsync("/api/v1/admin/calendars")).ReadArrayAsync(), c => c.Str("name") == "Turno tarde");
        Assert.Equal("America/Bogota", (await (await admin.GetAsync("/api/v1/admin/calendars/Turno%20tarde"))
            .ReadObjectAsync(HttpStatusCode.OK)).Str("timeZone"));
        Assert.Contains(await (await admin.GetAsync("/api/v1/admin/sla-policies")).ReadArrayAsync(),
            p => p.Str("name") == "ANS tarde" && (int)p!["targets"]![1]!["responseMinutes"]! == 30);
        Assert.NotEmpty(await (await admin.GetAsync("/api/v1/admin/holiday-rules")).ReadArrayAsync());
        Assert.Equal(16, (await (await admin.GetAsync("/api/v1/admin/priority-matrix")).ReadArrayAsync()).Count);
    }

    [Fact] // The matrix is configurable and new classifications use it
    public async Task A_changed_priority_matrix_applies_to_new_tickets()
    {
        var admin = await app.As("admin");
        await (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/admin/priority-matrix")
        {
            Content = JsonContent.Create(new[] { new { impact = "low", urgency = "critical", priority = "critical" } }),
        })).ReadArrayAsync();

        var user = await app.As("usuario2");
        var ticket = await (await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "Urgente",
            description = "x",
            impact = "low",
            urgency = "critical",
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal("critical", ticket.Str("priority"));
    }
}

public sealed class SlaOnSqlite(SqliteApp app) : SlaTests(app), IClassFixture<SqliteApp>;

public sealed class SlaOnPostgres(PostgresApp app) : SlaTests(app), IClassFixture<PostgresApp>;
