using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;
using MimeKit;
using MiniExcelLibs;

namespace Mesa.Web.Tests.Reports;

/// <summary>
/// Guía §4: a supervisor schedules a report; on its Monday the report-schedules job computes the week before, keeps
/// the file and queues it; the outbox sends it, with the file attached, to the addresses and to the group's
/// supervisors through a real SMTP server. Who may schedule, and what bad settings get.
/// </summary>
public abstract class ReportScheduleTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_weekly_report_arrives_on_monday_with_the_week_before_as_a_spreadsheet()
    {
        await _desk.RegisterAsync(title: "El proyector de la sala no enciende");
        var supervisor = await app.As("supervisor1");
        var created = await (await supervisor.PostJsonAsync("/api/v1/report-schedules", new
        {
            name = "ANS semanal de la Mesa",
            report = "sla",
            by = "group",
            format = "xlsx",
            frequency = "weekly",
            filters = new { type = "incident" },
            addresses = new[] { "direccion@entidad.gov.co" },
            group = "Mesa de Servicio",
        })).ReadObjectAsync(HttpStatusCode.Created);
        // Monday 2 March 2026, 08:00 in Bogotá: the next sending is the following Monday at 07:00.
        Assert.Equal("2026-03-09T07:00:00-05:00", created.Str("nextRunAt"));

        Assert.Equal(0, await _desk.RunJobAsync("report-schedules"));
        app.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await _desk.RunJobAsync("report-schedules"));
        await _desk.RunJobAsync("mail-send");

        var toDirector = await app.Smtp!.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "direccion@entidad.gov.co"));
        Assert.Equal("ANS semanal de la Mesa: 02/03/2026 – 08/03/2026", toDirector.Subject);
        Assert.Contains("Cumplimiento de ANS", toDirector.TextBody, StringComparison.Ordinal);
        var file = Assert.Single(toDirector.Attachments.OfType<MimePart>());
        Assert.Equal("informe-sla-2026-03-02-2026-03-08.xlsx", file.FileName);
        using var content = new MemoryStream();
        await file.Content!.DecodeToAsync(content);
        content.Position = 0;
        var rows = content.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var expected = await (await supervisor.GetAsync("/api/v1/reports/sla?from=2026-03-02&to=2026-03-08&by=group&type=incident"))
            .ReadObjectAsync(HttpStatusCode.OK);
        var total = rows.Single(r => (string?)r["A"] == "Total");
        Assert.Equal(expected["total"]!["tickets"]!.GetValue<long>(), Convert.ToInt64(total["B"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => (string?)r["A"] == "Tipo" && (string?)r["B"] == "Incidencia");

        // The group's supervisors get it too, and the sending is kept to download again.
        await app.Smtp!.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "supervisor1@mesa.test") && m.Subject == toDirector.Subject);
        var schedule = await (await supervisor.GetAsync($"/api/v1/report-schedules/{created.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-03-16T07:00:00-05:00", schedule.Str("nextRunAt"));
        var deliveries = await (await supervisor.GetAsync($"/api/v1/report-schedules/{created.Str("id")}/deliveries")).ReadArrayAsync();
        var again = await supervisor.GetAsync($"/api/v1/report-schedules/{created.Str("id")}/deliveries/{deliveries[0].Str("id")}");
        Assert.Equal(content.ToArray(), await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Schedules_are_for_supervisors_and_bad_settings_are_told_field_by_field()
    {
        var agent = await app.As("agente1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/report-schedules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostJsonAsync("/api/v1/report-schedules",
            new { name = "x", report = "sla", format = "pdf", frequency = "monthly", addresses = new[] { "a@b.co" } })).StatusCode);

        var supervisor = await app.As("supervisor1");
        var bad = await (await supervisor.PostJsonAsync("/api/v1/report-schedules",
            new { name = "", report = "ventas", format = "docx", frequency = "daily" })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["format", "frequency", "name", "report"], bad["errors"]!.AsObject().Select(e => e.Key).Order());
        var nobody = await (await supervisor.PostJsonAsync("/api/v1/report-schedules",
            new { name = "Mensual", report = "flow", format = "pdf", frequency = "monthly" })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(nobody["errors"]!["addresses"]);
        var wrongMail = await (await supervisor.PostJsonAsync("/api/v1/report-schedules",
            new { name = "Mensual", report = "flow", format = "pdf", frequency = "monthly", addresses = new[] { "no es correo" } }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no es una dirección de correo", wrongMail["errors"]!["addresses"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var noGroup = await (await supervisor.PostJsonAsync("/api/v1/report-schedules",
            new { name = "Mensual", report = "flow", format = "pdf", frequency = "monthly", group = "Nadie" })).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noGroup["errors"]!["group"]);
        var json = await (await supervisor.PostJsonAsync("/api/v1/report-schedules",
            new { name = "Mensual", report = "flow", format = "json", frequency = "monthly", addresses = new[] { "a@b.co" } }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(json["errors"]!["format"]);

        var mine = await (await supervisor.PostJsonAsync("/api/v1/report-schedules",
            new { name = "Mensual", report = "flow", format = "pdf", frequency = "monthly", addresses = new[] { "a@b.co" } }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var badChange = await (await supervisor.PutJsonAsync($"/api/v1/report-schedules/{mine.Str("id")}",
            new { name = "Mensual", report = "flow", format = "pdf", frequency = "monthly", addresses = new[] { "a@b.co" }, group = "Nadie" }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badChange["errors"]!["group"]);

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/v1/report-schedules/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.DeleteAsync("/api/v1/report-schedules/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PutJsonAsync("/api/v1/report-schedules/99999",
            new { name = "Mensual", report = "flow", format = "pdf", frequency = "monthly", addresses = new[] { "a@b.co" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/v1/report-schedules/99999/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/v1/report-schedules/99999/deliveries/1")).StatusCode);
    }

    [Fact]
    public async Task A_monthly_schedule_is_changed_and_removed_by_its_owner_or_an_administrator()
    {
        var supervisor = await app.As("supervisor1");
        var created = await (await supervisor.PostJsonAsync("/api/v1/report-schedules", new
        {
            name = "Satisfacción del mes",
            report = "satisfaction",
            format = "pdf",
            frequency = "monthly",
            addresses = new[] { "calidad@entidad.gov.co" },
        })).ReadObjectAsync(HttpStatusCode.Created);
        Assert.Equal("2026-04-01T07:00:00-05:00", created.Str("nextRunAt"));

        var changed = await (await (await app.As("admin")).PutJsonAsync($"/api/v1/report-schedules/{created.Str("id")}", new
        {
            name = "Satisfacción del mes",
            report = "satisfaction",
            format = "csv",
            frequency = "weekly",
            addresses = new[] { "calidad@entidad.gov.co", "direccion@entidad.gov.co" },
            active = false,
        })).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("csv", "weekly", "false", 2), (changed.Str("format"), changed.Str("frequency"), changed.Str("active"),
            changed["addresses"]!.AsArray().Count));

        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.DeleteAsync($"/api/v1/report-schedules/{created.Str("id")}")).StatusCode);
        Assert.DoesNotContain(await (await supervisor.GetAsync("/api/v1/report-schedules")).ReadArrayAsync(), s => s.Str("id") == created.Str("id"));
    }
}

public sealed class ReportSchedulesOnSqlite(MailSqliteApp app) : ReportScheduleTests(app), IClassFixture<MailSqliteApp>;

public sealed class ReportSchedulesOnPostgres(MailPostgresApp app) : ReportScheduleTests(app), IClassFixture<MailPostgresApp>;

/// <summary>
/// A scheduled report nobody can receive (a group without supervisors) is set aside like every undeliverable e-mail,
/// and the administrator's page names the schedule. On a Mesa of its own: it moves the clock a month.
/// </summary>
public abstract class ReportScheduleSetAsideTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_report_for_a_group_without_supervisors_is_set_aside_for_the_administrator_with_its_name()
    {
        var admin = await app.As("admin");
        await (await admin.PostJsonAsync("/api/v1/admin/groups", new { name = "Grupo sin supervisores", tier = 2 }))
            .ReadObjectAsync(HttpStatusCode.Created);
        var created = await (await admin.PostJsonAsync("/api/v1/report-schedules", new
        {
            name = "Carga del grupo nuevo",
            report = "workload",
            format = "csv",
            frequency = "monthly",
            group = "Grupo sin supervisores",
        })).ReadObjectAsync(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromDays(31));

        await _desk.RunJobAsync("report-schedules");
        await _desk.RunJobAsync("mail-send");

        var undelivered = await (await admin.GetAsync("/api/v1/admin/mail/undelivered")).ReadObjectAsync(HttpStatusCode.OK);
        var entry = Assert.Single(undelivered["items"]!.AsArray(), i => i!["reportSchedule"] is not null);
        Assert.Equal((created.Str("id"), "Carga del grupo nuevo", "no-recipient"),
            (entry.Str("reportSchedule.id"), entry.Str("reportSchedule.code"), entry.Str("reason")));
        var page = app.Browser();
        await page.SignInAsync("admin");
        Assert.Contains($"/agent/reports/schedules/edit?id={created.Str("id")}", await page.GetStringAsync("/admin/mail"), StringComparison.Ordinal);
    }
}

public sealed class ReportScheduleSetAsideOnSqlite(MailSqliteApp app) : ReportScheduleSetAsideTests(app), IClassFixture<MailSqliteApp>;

public sealed class ReportScheduleSetAsideOnPostgres(MailPostgresApp app) : ReportScheduleSetAsideTests(app), IClassFixture<MailPostgresApp>;
