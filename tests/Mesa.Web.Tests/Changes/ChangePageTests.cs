using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Changes;

/// <summary>
/// The console's pages for changes and tasks (Guía §11 "Cambios y entregas", "Mis tareas") as a browser without
/// JavaScript uses them: register from a ticket, a step refused beside its form, the committee's decision, the panel's
/// counters linking to their lists, the calendar flagging overlapping windows, and the tasks of a change's plan.
/// </summary>
public abstract partial class ChangePageTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task An_agent_registers_a_change_from_a_ticket_and_the_committee_decides_it_on_its_page()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "El correo no llega a los buzones de la sede norte");
        using var agent = app.Browser();
        await agent.SignInAsync("agente2");

        var refused = await agent.PostFormAsync("/agent/changes/new", Form("", start: "2026-03-07T22:00", end: "2026-03-07T21:00"));
        var created = await agent.PostFormAsync($"/agent/changes/new?ticket={Uri.EscapeDataString(ticket.Str("code"))}",
            Form("Cambiar el conector de correo de la sede norte", ticket: ticket.Str("code")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Input_Title-error\">", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.ToString();
        var page = await agent.GetStringAsync(path + "?tab=related");
        Assert.Contains(ticket.Str("code"), page, StringComparison.Ordinal);
        Assert.Matches(@"RFC \d{4}-\d{6}", page);

        var noNote = await agent.PostFormAsync(path + "?handler=Submit", new Dictionary<string, string> { ["Version"] = Version(page), ["Step.Note"] = "" });
        Assert.Contains("anotación", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var submitted = await agent.PostFormAsync(path + "?handler=Submit", new Dictionary<string, string> { ["Version"] = Version(page), ["Step.Note"] = "Al comité." });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        using var approver = app.Browser();
        await approver.SignInAsync("agente3");
        var toDecide = await approver.GetStringAsync(path);
        Assert.Contains("Su decisión como aprobador", toDecide, StringComparison.Ordinal);
        var decided = await approver.PostFormAsync(path + "?handler=Decide", new Dictionary<string, string>
        {
            ["Version"] = Version(toDecide),
            ["Step.Decision"] = "Approve",
            ["Step.Note"] = "Adelante el sábado.",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var committee = await approver.GetStringAsync(path + "?tab=committee");
        Assert.Contains("Adelante el sábado.", committee, StringComparison.Ordinal);
        Assert.Contains("Aprobado", committee, StringComparison.Ordinal);

        var ticketPage = await agent.GetStringAsync($"/agent/tickets/{ticket.Str("id")}?tab=additional");
        Assert.Contains("Cambiar el conector de correo de la sede norte", ticketPage, StringComparison.Ordinal);
    }

    [Fact] // Guía §11: each counter of the tab is a link to exactly its changes; the calendar flags overlaps on one service
    public async Task The_panel_links_its_counters_and_the_calendar_flags_overlapping_windows_on_one_service()
    {
        var api = await app.As("agente1");
        var codes = new List<string>();
        foreach (var (title, start, end) in new[] { ("Parche del servidor de impresión", "2026-03-10T22:00:00-05:00", "2026-03-11T01:00:00-05:00"),
                     ("Cambio de tóner masivo", "2026-03-11T00:00:00-05:00", "2026-03-11T02:00:00-05:00") })
        {
            var change = await (await api.PostJsonAsync("/api/v1/changes", new
            {
                title,
                description = "Impresoras.",
                type = "standard",
                risk = "low",
                service = "Soporte Técnico",
                plannedStart = start,
                plannedEnd = end,
                group = "Mesa de Servicio",
                agent = "agente1",
            })).ReadObjectAsync(HttpStatusCode.Created);
            await (await api.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Modelo estándar." })).ReadObjectAsync(HttpStatusCode.OK);
            codes.Add(change.Str("code"));
        }

        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        var panel = await browser.GetStringAsync("/agent");
        var counters = await (await api.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);
        var approved = counters["changes"]!["assignedToMe"]!["approved"]!.GetValue<int>();
        Assert.Contains("href=\"/agent/changes?view=AssignedToMe&amp;state=Approved\"", panel, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"{approved} en Aprobado, Asignados a mí: ver la lista de cambios\"", panel, StringComparison.Ordinal);
        var list = await browser.GetStringAsync("/agent/changes?view=AssignedToMe&state=Approved");
        Assert.Equal(approved, ListRows().Count(list));

        var month = await browser.GetStringAsync("/agent/changes/calendar?view=month&date=2026-03-11");
        var week = await browser.GetStringAsync("/agent/changes/calendar?view=week&date=2026-03-11");
        Assert.Contains($"Se superpone con {codes[1]}", month, StringComparison.Ordinal);
        Assert.Contains($"Se superpone con {codes[0]}", week, StringComparison.Ordinal);
        Assert.Contains("Parche del servidor de impresión", week, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/agent/changes/calendar?view=nada&date=9999-99-99")).StatusCode);
    }

    [Fact] // Guía §11 "Mis tareas": an activity added on the change's plan is mine, worked on its page, counted on the panel
    public async Task An_activity_added_to_a_change_is_listed_as_mine_and_done_on_its_page()
    {
        var api = await app.As("agente2");
        var change = await (await api.PostJsonAsync("/api/v1/changes", new
        {
            title = "Renovar la licencia del antivirus",
            description = "Vence este mes.",
            type = "standard",
            risk = "low",
        })).ReadObjectAsync(HttpStatusCode.Created);
        using var browser = app.Browser();
        await browser.SignInAsync("agente2");

        var back = $"/agent/changes/{change.Str("id")}?tab=plan";
        var added = await browser.PostFormAsync($"/agent/tasks/new?record=Change&id={change.Str("id")}&returnUrl={Uri.EscapeDataString(back)}",
            new Dictionary<string, string>
            {
                ["Record"] = "Change",
                ["id"] = change.Str("id"),
                ["ReturnUrl"] = back,
                ["Input.Title"] = "Comprar la renovación",
                ["Input.Kind"] = "Activity",
                ["Input.Agent"] = "agente2",
                ["Input.DueAt"] = "2026-03-20T12:00",
            });
        var outside = await browser.PostFormAsync($"/agent/tasks/new?record=Change&id={change.Str("id")}",
            new Dictionary<string, string>
            {
                ["Record"] = "Change",
                ["id"] = change.Str("id"),
                ["ReturnUrl"] = "https://example.com/",
                ["Input.Title"] = "Otra",
                ["Input.Agent"] = "agente2",
            });
        Assert.Equal((HttpStatusCode.Redirect, back), (added.StatusCode, added.Headers.Location!.ToString()));
        Assert.Equal("/agent/tasks", outside.Headers.Location!.ToString());
        var plan = await browser.GetStringAsync(back);
        Assert.Contains("Comprar la renovación", plan, StringComparison.Ordinal);

        var mine = await browser.GetStringAsync("/agent/tasks?view=AssignedToMe&kind=Activity");
        Assert.Contains("Comprar la renovación", mine, StringComparison.Ordinal);
        var taskId = TaskId().Match(mine).Groups[1].Value;
        var taskPage = await browser.GetStringAsync($"/agent/tasks/{taskId}");
        var done = await browser.PostFormAsync($"/agent/tasks/{taskId}?handler=Complete", new Dictionary<string, string> { ["Version"] = Version(taskPage) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Terminada", await browser.GetStringAsync($"/agent/tasks/{taskId}"), StringComparison.Ordinal);
    }

    [Fact] // Entregas: planned on its page, an approved change added, moved to pre-production with its note
    public async Task A_release_is_planned_on_its_page_takes_an_approved_change_and_moves_on()
    {
        var api = await app.As("agente1");
        var change = await (await api.PostJsonAsync("/api/v1/changes", new { title = "Alta del buzón de archivo", description = "x", type = "standard" }))
            .ReadObjectAsync(HttpStatusCode.Created);
        await (await api.PostJsonAsync($"/api/v1/changes/{change.Str("id")}/submit", new { note = "Estándar." })).ReadObjectAsync(HttpStatusCode.OK);
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");

        var noDate = await browser.PostFormAsync("/agent/releases", new Dictionary<string, string> { ["Input.Name"] = "Entrega de abril", ["Input.PlannedAt"] = "abril" });
        Assert.Contains("Escriba una fecha y hora válidas.", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await browser.PostFormAsync("/agent/releases", new Dictionary<string, string>
        {
            ["Input.Name"] = "Entrega de abril",
            ["Input.PlannedAt"] = "2026-04-11T22:00",
        });
        var path = created.Headers.Location!.ToString();
        var page = await browser.GetStringAsync(path);
        var added = await browser.PostFormAsync(path + "?handler=Add", new Dictionary<string, string> { ["Version"] = Version(page), ["Step.Change"] = change.Str("code") });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        page = await browser.GetStringAsync(path);
        var built = await browser.PostFormAsync(path + "?handler=Advance", new Dictionary<string, string>
        {
            ["Version"] = Version(page),
            ["Step.To"] = "Built",
            ["Step.Note"] = "Paquete listo.",
        });
        Assert.Equal(HttpStatusCode.Redirect, built.StatusCode);
        page = await browser.GetStringAsync(path);
        Assert.Contains("Construida", page, StringComparison.Ordinal);
        Assert.Contains("Pasar a «En aplicación en pre-producción»", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Entrega de abril", await browser.GetStringAsync($"/agent/changes/{change.Str("id")}"), StringComparison.Ordinal);
    }

    [Fact] // The lists keep each agent's saved filters, each list its own; the changes sort by their nearest window
    public async Task A_filter_saved_on_the_changes_list_is_the_agents_own_and_the_list_sorts_by_window()
    {
        var api = await app.As("agente3");
        foreach (var (title, start) in new[] { ("Ventana tardía del proxy", "2026-05-20T22:00:00-05:00"), ("Ventana temprana del proxy", "2026-05-02T22:00:00-05:00") })
        {
            await (await api.PostJsonAsync("/api/v1/changes", new
            {
                title,
                description = "Proxy.",
                type = "standard",
                plannedStart = start,
                plannedEnd = start.Replace("22:00", "23:30", StringComparison.Ordinal),
            })).ReadObjectAsync(HttpStatusCode.Created);
        }

        using var browser = app.Browser();
        await browser.SignInAsync("agente3");
        var saved = await browser.PostFormAsync("/agent/changes?handler=SaveFilter", new Dictionary<string, string>
        {
            ["FilterName"] = "Proxy por ventana",
            ["query"] = "?q=proxy&sort=Window&page=3",
        });
        Assert.Equal("/agent/changes?q=proxy&sort=Window", saved.Headers.Location!.ToString());
        var list = await browser.GetStringAsync("/agent/changes?q=proxy&sort=Window");
        Assert.Contains("href=\"/agent/changes?q=proxy&amp;sort=Window\">Proxy por ventana</a>", list, StringComparison.Ordinal);
        Assert.True(list.IndexOf("Ventana temprana del proxy", StringComparison.Ordinal) < list.IndexOf("Ventana tardía del proxy", StringComparison.Ordinal));
        Assert.DoesNotContain("Proxy por ventana", await browser.GetStringAsync("/agent/tasks"), StringComparison.Ordinal);
        Assert.DoesNotContain("Proxy por ventana", await browser.GetStringAsync("/agent/tickets"), StringComparison.Ordinal);
        using var other = app.Browser();
        await other.SignInAsync("agente2");
        Assert.DoesNotContain("Proxy por ventana", await other.GetStringAsync("/agent/changes"), StringComparison.Ordinal);

        var id = Regex.Match(list, "name=\"filterId\" value=\"(\\d+)\"").Groups[1].Value;
        var deleted = await browser.PostFormAsync("/agent/changes?handler=DeleteFilter", new Dictionary<string, string> { ["filterId"] = id });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Proxy por ventana", await browser.GetStringAsync("/agent/changes"), StringComparison.Ordinal);
        var api2 = await (await api.GetAsync("/api/v1/changes?q=proxy&sort=window")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(["Ventana temprana del proxy", "Ventana tardía del proxy"], api2["items"]!.AsArray().Select(c => c!.Str("title")));
    }

    private static Dictionary<string, string> Form(string title, string start = "2026-03-07T22:00", string end = "2026-03-08T02:00",
        string? ticket = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Description"] = "El conector actual pierde mensajes.",
            ["Input.Type"] = "Normal",
            ["Input.Risk"] = "Medium",
            ["Input.Impact"] = "High",
            ["Input.PlannedStart"] = start,
            ["Input.PlannedEnd"] = end,
            ["Input.ImplementationPlan"] = "Instalar el conector nuevo y cambiar el DNS.",
            ["Input.BackoutPlan"] = "Devolver el DNS al conector anterior.",
            ["Input.Group"] = "Soporte Técnico",
            ["Input.Agent"] = "agente2",
            ["Input.Approvers"] = "agente3",
            ["Input.ApprovalRule"] = "Any",
        };
        if (ticket is not null) form["Ticket"] = ticket;
        return form;
    }

    private static string Version(string page) => Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

    [GeneratedRegex("<th scope=\"row\"><a href=\"/agent/changes/\\d+\">")]
    private static partial Regex ListRows();

    [GeneratedRegex("<th scope=\"row\"><a href=\"/agent/tasks/(\\d+)\">Comprar la renovación</a>")]
    private static partial Regex TaskId();
}

public sealed class ChangePagesOnSqlite(SqliteApp app) : ChangePageTests(app), IClassFixture<SqliteApp>;

public sealed class ChangePagesOnPostgres(PostgresApp app) : ChangePageTests(app), IClassFixture<PostgresApp>;
