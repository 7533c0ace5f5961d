using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Coming from ProactivaNET: the *En curso* listing of the guide (§11) and its actions (§14.3) come into Mesa with
/// their codes, states, dates and history, all or nothing, with every bad row reported.
/// </summary>
public abstract class ProactivaNetImportTests(MesaApp app)
{
    private const string Url = "/api/v1/admin/import/proactivanet";

    /// <summary>The guide's own rows, with the demo set's people, groups and catalogue (a code typed in small letters too).</summary>
    private static readonly string GuideListing = string.Join('\n',
        ProactivaNetExport.TicketsHeader,
        "REIO 2025-064270\tResuelta\t06/09/2025 16:48\t26/09/2025 10:40\tNO TITLE\tSistemas de Información Misionales/SIGEP\t" +
        "Buenas tardes Es para hacer una solicitud de cambio\tGómez Rincón, Laura\tLondoño Londoño, Sergio\tMesa de Servicio\tNo\tResolvió un asunto",
        "REIO 2025-064269\tAsignada a un grupo - En atención\t06/09/2025 16:35\t\tSolicitud establecimiento de como ingreso aplicativo SISEP\t" +
        "Soporte Técnico/Hardware/Impresoras\tCardinal Saludo Me permito indicar que se ingresó\tMartínez Cano, Andrés\tQuintero Perdomo, Marcela\tSoporte Técnico\tNo\t",
        "REIO 2025-064262\tCerrada\t06/09/2025 16:18\t15/09/2025 11:18\tSolicitud Evento\tRedes/VPN\tASAMBLEA EXTRAORDINARIA\t" +
        "Rojas Pérez, Diana\tusuario2@mesa.test\tSoporte Técnico\tSí\tSe habilitó la VPN.") + "\n";

    private static readonly string GuideActions = string.Join('\n',
        ProactivaNetExport.ActionsHeader,
        "REIO 2025-064270\t08/09/2025 09:00\t1ª Respuesta usuario\tGómez Rincón, Laura\tBuenos días, revisamos su solicitud.\tSí",
        "reio 2025-064270\t08/09/2025 10:00\tNota\tGómez Rincón, Laura\tSe consultó al área funcional.\tNo",
        "REIO 2025-064262\t10/09/2025 15:00\tFirma solución\tRojas Pérez, Diana\tSe habilitó la VPN.\tSí") + "\n";

    private async Task<HttpResponseMessage> StartAsync(string tickets, string? actions, bool dryRun, string user = "admin")
    {
        var client = await app.As(user);
        using var form = new MultipartFormDataContent { { File(tickets), "tickets", "en-curso.csv" } };
        if (actions is not null) form.Add(File(actions), "actions", "acciones.csv");
        return await client.PostAsync($"{Url}?dryRun={dryRun.ToString().ToLowerInvariant()}", form);
    }

    private static ByteArrayContent File(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>Starts an import and follows it to its end, as the page does.</summary>
    private async Task<JsonObject> ImportAsync(string tickets, string? actions = null, bool dryRun = false)
    {
        var started = await (await StartAsync(tickets, actions, dryRun)).ReadObjectAsync(HttpStatusCode.Accepted);
        return await FinishedAsync(started.Str("id"));
    }

    private async Task<JsonObject> FinishedAsync(string id)
    {
        var admin = await app.As("admin");
        for (var i = 0; i < 1200; i++)
        {
            var run = await (await admin.GetAsync($"{Url}/{id}")).ReadObjectAsync(HttpStatusCode.OK);
            if (run.Str("state") != "running") return run;
            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish in two minutes.");
    }

    private async Task<int> CountAsync(string prefix)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        return await db.Tickets.CountAsync(t => t.Code.StartsWith(prefix));
    }

    [Fact]
    public async Task The_guide_s_listing_comes_in_with_its_codes_states_dates_and_actions()
    {
        var run = await ImportAsync(GuideListing, GuideActions);

        Assert.Equal(("finished", "true", "3", "3", 0), (run.Str("state"), run.Str("report.applied"), run.Str("report.tickets"),
            run.Str("report.actions"), run["report"]!["errors"]!.AsArray().Count));
        var agent = await app.As("agente1");
        var resolved = await (await agent.GetAsync("/api/v1/tickets/REIO 2025-064270")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("resolved", "usuario1", "Mesa de Servicio", "agente1"),
            (resolved.Str("state"), resolved.Str("requester.userName"), resolved.Str("group"), resolved.Str("agent")));
        Assert.Equal(("2025-09-06T16:48:00-05:00", "2025-09-26T10:40:00-05:00", "Sistemas de Información", "/Sistemas de Información Misionales/SIGEP"),
            (resolved.Str("createdAt"), resolved.Str("sla.originalResolutionDueAt"), resolved.Str("service"), resolved.Str("category")));
        // Resolved: the clock waits for the user since the last action, as after any signature (Guía §14.4).
        Assert.Equal(("2025-09-08T09:00:00-05:00", "2025-09-08T10:00:00-05:00", "true"),
            (resolved.Str("sla.firstResponseAt"), resolved.Str("sla.resolvedAt"), resolved.Str("sla.clockStopped")));

        var history = await (await agent.GetAsync("/api/v1/tickets/REIO 2025-064270/history")).ReadArrayAsync();
        Assert.Equal("created", history[0].Str("kind"));
        Assert.Contains(history, e => e.Str("kind") == "imported" && e.Str("note").Contains("Resuelta"));
        var actions = await (await agent.GetAsync("/api/v1/tickets/REIO 2025-064270/actions")).ReadArrayAsync();
        Assert.Equal(["first-response", "note", "solution"], actions.Select(a => a.Str("kind")));

        var waiting = await (await agent.GetAsync("/api/v1/tickets/REIO 2025-064269")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("assigned", "in-attention", "agente2", "Soporte Técnico"),
            (waiting.Str("state"), waiting.Str("substate.code"), waiting.Str("agent"), waiting.Str("service")));
        var closed = await (await agent.GetAsync("/api/v1/tickets/REIO 2025-064262")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(("closed", "correct", "usuario2", "2025-09-10T15:00:00-05:00"),
            (closed.Str("state"), closed.Str("closure.result"), closed.Str("requester.userName"), closed.Str("sla.resolvedAt")));

        // Nobody is written to about the past.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        Assert.False(await db.Notifications.AnyAsync(n => db.Tickets.Any(t => t.Id == n.TicketId && t.Code.StartsWith("REIO"))));
    }

    [Fact]
    public async Task Codes_with_mesa_s_prefix_move_the_year_s_counter_past_them()
    {
        var export = ProactivaNetExport.Generate(3, prefix: "REQ", year: 2026, firstNumber: 9_000, days: 30);
        var run = await ImportAsync(export.Tickets);
        Assert.Equal("true", run.Str("report.applied"));

        var requester = await app.As("usuario1");
        var created = await (await requester.PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "Necesito acceso a la VPN",
            description = "Para trabajar desde casa.",
        })).ReadObjectAsync(HttpStatusCode.Created);

        Assert.Equal("REQ 2026-009003", created.Str("code"));
    }

    [Fact]
    public async Task A_dry_run_checks_every_row_and_changes_nothing()
    {
        var export = ProactivaNetExport.Generate(50, prefix: "PRUEBA");

        var run = await ImportAsync(export.Tickets, export.Actions, dryRun: true);

        Assert.Equal(("true", "false", "50", "0"), (run.Str("report.dryRun"), run.Str("report.applied"), run.Str("rows"), run.Str("written")));
        Assert.Empty(run["report"]!["errors"]!.AsArray());
        Assert.Equal(0, await CountAsync("PRUEBA"));
    }

    [Fact]
    public async Task Every_row_that_cannot_be_taken_is_reported_and_nothing_is_imported()
    {
        var listing = string.Join('\n',
            ProactivaNetExport.TicketsHeader,
            "MALA 2025-000001\tNueva\t01/02/2025 09:00\t\tBien\tRedes/VPN\tx\t\tNadie Conocido\t\tNo\t",
            "MALA 2025-000002\tNueva\t31/02/2025 09:00\t\tFecha imposible\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000003\tEn el limbo\t01/02/2025 09:00\t\tEstado raro\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000004\tAsignada a un grupo\t01/02/2025 09:00\t\tSin grupo\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000005\tAsignada a un grupo\t01/02/2025 09:00\t\tAgente ajeno\tRedes/VPN\tx\tGómez Rincón, Laura\tusuario1\tSoporte Técnico\tNo\t",
            "MALA 2025-000006\tResuelta - En atención\t01/02/2025 09:00\t\tSubestado de más\tRedes/VPN\tx\t\tusuario1\tSoporte Técnico\tNo\t",
            "MALA 2025-000001\tNueva\t01/02/2025 09:00\t\tRepetida\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "SIN CÓDIGO\tNueva\t01/02/2025 09:00\t\tCódigo raro\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000007\tNueva\t01/02/2030 09:00\t\tDel futuro\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000008\tNueva\t01/02/2025 09:00\t\tCategoría rara\tCosas/Raras\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000009\tNueva\t01/02/2025 09:00\t31/01/2025 09:00\tVence antes\tRedes/VPN\tx\t\tusuario1\t\tNo\t",
            "MALA 2025-000010\tNueva\t01/02/2025 09:00\t\tBuena\tRedes/VPN\tx\t\tusuario1\t\tNo\t") + "\n";
        var actions = string.Join('\n',
            ProactivaNetExport.ActionsHeader,
            "MALA 2025-000010\t01/01/2025 09:00\tNota\t\tAntes del registro\tNo",
            "MALA 2025-000010\t02/02/2025 09:00\tBaile\t\tTipo raro\tNo",
            "MALA 2025-999999\t02/02/2025 09:00\tNota\t\tDe una que no está\tNo") + "\n";

        var run = await ImportAsync(listing, actions);

        Assert.Equal("false", run.Str("report.applied"));
        var errors = run["report"]!["errors"]!.AsArray().Select(e => (e.Str("file"), e.Str("line"), e.Str("column"))).ToList();
        Assert.Equal(
        [
            ("tickets", "2", "Notificado por"), ("tickets", "3", "Fecha de registro"), ("tickets", "4", "Estado"), ("tickets", "5", "Grupo"),
            ("tickets", "6", "Técnico de P. Mesa"), ("tickets", "7", "Estado"), ("tickets", "8", "Código"), ("tickets", "9", "Código"),
            ("tickets", "10", "Fecha de registro"), ("tickets", "11", "Categoría"), ("tickets", "12", "Fecha estimada resolución"),
            ("actions", "2", "Fecha"), ("actions", "3", "Tipo de acción"), ("actions", "4", "Código"),
        ], errors);
        var messages = run["report"]!["errors"]!.AsArray().Select(e => e.Str("message")).ToList();
        Assert.Contains("No existe el usuario «Nadie Conocido».", messages);
        Assert.Contains("El código «MALA 2025-000001» ya está en la línea 2 del archivo.", messages);
        Assert.Equal(0, await CountAsync("MALA"));
    }

    [Fact]
    public async Task A_file_that_is_not_the_listing_is_refused_as_a_whole()
    {
        foreach (var (file, column) in new[]
                 {
                     ("Código;Título\nREIO 2025-1;x\n", "Estado"),
                     ("", ""),
                     ("Código\tEstado\tFecha de registro\tTítulo\tNotificado por\tColor\nx\tx\tx\tx\tx\tx\n", "Color"),
                 })
        {
            var run = await ImportAsync(file.Length == 0 ? " " : file);
            var error = Assert.Single(run["report"]!["errors"]!.AsArray());
            Assert.Equal(("tickets", "1"), (error.Str("file"), error.Str("line")));
            if (column.Length > 0) Assert.Contains(column, error.Str("message"));
        }

        // A quote never closed swallows the rest of the file into one field: that row is not a ticket.
        var unclosed = await ImportAsync("Código,Estado,Fecha de registro,Título,Notificado por\n\"REIO 2025-1,Nueva,01/01/2025 08:00,x,usuario1\n");
        Assert.Equal("false", unclosed.Str("report.applied"));
        Assert.NotEmpty(unclosed["report"]!["errors"]!.AsArray());
    }

    [Fact]
    public async Task An_export_in_windows_1252_with_codes_already_in_mesa_is_read_and_refused_row_by_row()
    {
        var listing = ProactivaNetExport.TicketsHeader + "\n" +
                      "REQ 2026-000001\tNueva\t01/02/2025 09:00\t\tSolicitud de cambio\tRedes/VPN\tDescripción\t\tLondoño Londoño, Sergio\t\tNo\t\n";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(listing);
        var admin = await app.As("admin");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "tickets", "en-curso.csv" } };
        var started = await (await admin.PostAsync(Url, form)).ReadObjectAsync(HttpStatusCode.Accepted);

        var run = await FinishedAsync(started.Str("id"));

        var error = Assert.Single(run["report"]!["errors"]!.AsArray());
        Assert.Equal(("Código", "Ya existe en Mesa una incidencia o petición con el código «REQ 2026-000001»."),
            (error.Str("column"), error.Str("message")));
    }

    [Fact]
    public async Task One_import_runs_at_a_time_and_a_run_is_followed_by_its_id()
    {
        // A check long enough (a second or more) that a small file sent right after it finds it still running.
        var export = ProactivaNetExport.Generate(20_000, prefix: "CARGA");
        var small = ProactivaNetExport.Generate(1, prefix: "CARGA");
        var first = await (await StartAsync(export.Tickets, export.Actions, dryRun: true)).ReadObjectAsync(HttpStatusCode.Accepted);

        var second = await StartAsync(small.Tickets, null, dryRun: true);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("finished", (await FinishedAsync(first.Str("id"))).Str("state"));
        var admin = await app.As("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Url}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(Url, new MultipartFormDataContent())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StartAsync(small.Tickets, null, dryRun: true, user: "agente1")).StatusCode);
    }

    /// <summary>
    /// A generated export of every state, substate, rating and action. The suite imports a couple of thousand tickets;
    /// <c>bench/import-proactivanet.sh</c> sets <c>MESA_IMPORT_TICKETS</c> to a hundred thousand and times it.
    /// </summary>
    [Fact]
    public async Task A_generated_export_comes_in_whole()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("MESA_IMPORT_TICKETS"), out var n) ? n : 2_000;
        var export = ProactivaNetExport.Generate(count, prefix: "GEN");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = await ImportAsync(export.Tickets, export.Actions);

        Assert.True(run.Str("report.applied") == "true", run.ToJsonString());
        Console.WriteLine($"IMPORT {app.Provider} {count} tickets, {export.ActionCount} actions: {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal((count.ToString(), export.ActionCount.ToString()), (run.Str("written"), run.Str("report.actions")));
        Assert.Equal(count, await CountAsync("GEN"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        // The resolved ones had their solution only in the listing: it becomes their signed solution.
        Assert.Equal(export.ActionCount + count / 10,
            await db.TicketActions.CountAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Code.StartsWith("GEN"))));
    }
}

public sealed class ProactivaNetImportOnSqlite(SqliteApp app) : ProactivaNetImportTests(app), IClassFixture<SqliteApp>;

public sealed class ProactivaNetImportOnPostgres(PostgresApp app) : ProactivaNetImportTests(app), IClassFixture<PostgresApp>;
