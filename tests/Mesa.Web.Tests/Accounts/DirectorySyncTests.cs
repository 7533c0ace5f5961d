using System.Net;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.People.Directory;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// The directory is the source of internal accounts: the <c>directory-sync</c> job makes, updates, deactivates and
/// reactivates them from the people and groups under the base, and never touches tickets or history.
/// </summary>
public abstract class DirectorySyncTests(MesaApp app, TestDirectory directory)
{
    private const string NetworkPassword = "Clave-de-Red-2026";
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_sync_makes_an_account_for_each_new_person_with_the_role_and_groups_their_directory_groups_give()
    {
        var (agent, supervisor, admin, requester) = (NewUid(), NewUid(), NewUid(), NewUid());
        directory.AddPerson(agent, "Agente Sincronizado", NetworkPassword, "Sistemas", null, "agentes", "mesa-de-servicio");
        directory.AddPerson(supervisor, "Supervisora Sincronizada", NetworkPassword, "Sistemas", null, "supervisores", "agentes");
        directory.AddPerson(admin, "Administrador Sincronizado", NetworkPassword, null, null, "administradores");
        directory.AddPerson(requester, "Usuaria Sincronizada", NetworkPassword, "Contratos");

        var changed = await SyncAsync();

        Assert.True(changed >= 4);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        Assert.Equal(Roles.Agent, await RoleAsync(db, agent));
        Assert.Equal(Roles.Supervisor, await RoleAsync(db, supervisor));
        Assert.Equal(Roles.Admin, await RoleAsync(db, admin));
        Assert.Equal(Roles.Requester, await RoleAsync(db, requester));
        Assert.True(await InMesaDeServicioAsync(db, agent));
        Assert.False(await InMesaDeServicioAsync(db, supervisor));
        var run = await LastRunAsync();
        Assert.Null(run["sync"]!["error"]);
        foreach (var uid in new[] { agent, supervisor, admin, requester })
            Assert.Contains(run["changes"]!.AsArray(), c => c.Str("userName") == uid && c.Str("kind") == "created");
    }

    [Fact]
    public async Task A_sync_brings_an_account_in_line_with_what_changed_in_the_directory_and_then_changes_nothing()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Nombre Antiguo", NetworkPassword, "Sistemas", "601 000 0000", "agentes", "mesa-de-servicio");
        await SyncAsync();

        directory.Replace(uid, "cn", "Nombre Nuevo");
        directory.Replace(uid, "mail", $"{uid}@funcionpublica.gov.co");
        directory.Replace(uid, "departmentNumber", "Contratos");
        directory.RemoveFromGroup(uid, "agentes");
        directory.RemoveFromGroup(uid, "mesa-de-servicio");
        directory.AddToGroup(uid, "administradores");
        await SyncAsync();

        var change = (await LastRunAsync())["changes"]!.AsArray().Single(c => c.Str("userName") == uid);
        Assert.Equal("updated", change.Str("kind"));
        Assert.Equal(["email", "groups", "location", "name", "role"],
            change!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).Order().ToArray());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == uid);
            Assert.Equal(("Nombre Nuevo", $"{uid}@funcionpublica.gov.co"), (user.DisplayName, user.Email));
            Assert.Equal("Contratos", (await db.Locations.SingleAsync(l => l.Id == user.LocationId)).Name);
            Assert.Equal(Roles.Admin, await RoleAsync(db, uid));
            Assert.False(await InMesaDeServicioAsync(db, uid));
        }

        await SyncAsync();
        Assert.DoesNotContain((await LastRunAsync())["changes"]!.AsArray(), c => c.Str("userName") == uid);
    }

    [Fact]
    public async Task A_sync_deactivates_people_disabled_or_removed_keeps_their_tickets_and_reactivates_them_when_enabled()
    {
        var (disabled, removed) = (NewUid(), NewUid());
        directory.AddPerson(disabled, "Persona Inhabilitada", NetworkPassword);
        directory.AddPerson(removed, "Persona Retirada", NetworkPassword);
        await SyncAsync();
        var ticket = await (await app.WithPassword(removed, NetworkPassword).PostJsonAsync("/api/v1/tickets",
            new { title = "Mi equipo no enciende", description = "Desde esta mañana.", type = "incident" }))
            .ReadObjectAsync(HttpStatusCode.Created);

        directory.Disable(disabled);
        directory.Remove(removed);
        await SyncAsync();

        var changes = (await LastRunAsync())["changes"]!.AsArray();
        Assert.Contains(changes, c => c.Str("userName") == disabled && c.Str("kind") == "deactivated");
        Assert.Contains(changes, c => c.Str("userName") == removed && c.Str("kind") == "deactivated");
        var kept = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(removed, kept.Str("requester.userName"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithPassword(disabled, NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);

        directory.Enable(disabled);
        await SyncAsync();

        Assert.Contains((await LastRunAsync())["changes"]!.AsArray(), c => c.Str("userName") == disabled && c.Str("kind") == "reactivated");
        Assert.Equal(HttpStatusCode.OK, (await app.WithPassword(disabled, NetworkPassword).GetAsync("/api/v1/tokens")).StatusCode);
    }

    /// <summary>
    /// Guía §14.2 "Flujo de trabajo": the approver of a request's "manager" step is the person the directory names in
    /// the requester's <c>manager</c> attribute, read even when the manager comes later in the listing.
    /// </summary>
    [Fact]
    public async Task A_sync_gives_each_person_the_manager_their_directory_entry_names_and_follows_when_it_changes()
    {
        var (employee, boss, newBoss) = (NewUid(), NewUid(), NewUid());
        directory.AddPerson(employee, "Empleada Con Jefe", NetworkPassword);
        directory.AddPerson(boss, "Jefe Primero", NetworkPassword);
        directory.AddPerson(newBoss, "Jefa Segunda", NetworkPassword);
        directory.Replace(employee, "manager", directory.PersonDn(boss));
        await SyncAsync();

        Assert.Equal(boss, await ManagerAsync(employee));
        Assert.Contains((await LastRunAsync())["changes"]!.AsArray(),
            c => c.Str("userName") == employee && c!["fields"]!.AsArray().Any(f => f!.GetValue<string>() == "manager"));

        directory.Replace(employee, "manager", directory.PersonDn(newBoss));
        await SyncAsync();
        Assert.Equal(newBoss, await ManagerAsync(employee));

        await SyncAsync();
        Assert.DoesNotContain((await LastRunAsync())["changes"]!.AsArray(), c => c.Str("userName") == employee);
    }

    private async Task<string?> ManagerAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        return await (from u in db.Users
                      join m in db.Users on u.ManagerId equals m.Id
                      where u.UserName == userName
                      select m.UserName).SingleOrDefaultAsync();
    }

    /// <summary>
    /// More than one page of answers (500). scripts/directory-scale.sh runs it with tens of thousands of people
    /// (<c>MESA_DIRECTORY_PEOPLE</c>) and writes how long the sync took to <c>MESA_DIRECTORY_REPORT</c>.
    /// </summary>
    [Fact]
    public async Task A_sync_reads_a_directory_larger_than_one_page_of_answers()
    {
        var people = int.TryParse(Environment.GetEnvironmentVariable("MESA_DIRECTORY_PEOPLE"), out var n) ? n : 520;
        var uids = Enumerable.Range(0, people).Select(i => $"masa{i:D6}{Guid.NewGuid():N}"[..18]).ToList();
        foreach (var uid in uids) directory.AddPerson(uid, $"Persona {uid}", NetworkPassword);

        var first = System.Diagnostics.Stopwatch.StartNew();
        await SyncAsync();
        first.Stop();
        if (Environment.GetEnvironmentVariable("MESA_DIRECTORY_REPORT") is { Length: > 0 } report)
        {
            // The hourly run after it: everybody read again, nothing to change.
            var again = System.Diagnostics.Stopwatch.StartNew();
            await SyncAsync();
            again.Stop();
            await File.AppendAllTextAsync(report, FormattableString.Invariant(
                $"{app.Provider}\t{people}\t{first.Elapsed.TotalSeconds:F1}\t{again.Elapsed.TotalSeconds:F1}\n"));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        Assert.Equal(uids.Count, await db.Users.CountAsync(u => uids.Contains(u.UserName!) && u.Origin == AccountOrigin.Directory));
        var run = await LastRunAsync();
        Assert.True(run["sync"]!["read"]!.GetValue<int>() >= uids.Count);
    }

    [Fact]
    public async Task A_directory_that_lists_nobody_deactivates_nobody_and_the_run_says_why()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Persona Presente", NetworkPassword);
        await SyncAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var sync = new DirectorySync(services.GetRequiredService<MesaDbContext>(), new EmptyDirectory(),
            services.GetRequiredService<DirectoryAccounts>(), app.Clock, NullLogger<DirectorySync>.Instance);

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => sync.RunAsync(CancellationToken.None));

        var db = services.GetRequiredService<MesaDbContext>();
        Assert.Null((await db.Users.AsNoTracking().SingleAsync(u => u.UserName == uid)).DeactivatedAt);
        Assert.Contains("nobody", (await LastRunAsync())["sync"]!.Str("error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_shows_each_run_what_it_changed_and_where_each_account_comes_from()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Persona Del Directorio", NetworkPassword, "Sistemas");
        await SyncAsync();
        var runId = (await LastRunAsync())["sync"]!.Str("id");
        var browser = app.Browser();
        await browser.SignInAsync("admin");

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/directory?run={runId}"));
        Assert.Contains("Sincronizaciones", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{uid}</td>", page, StringComparison.Ordinal);
        Assert.Contains("Creada", page, StringComparison.Ordinal);

        var accounts = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/directory?q={uid}"));
        Assert.Contains("Directorio (Acceso integrado Windows)", accounts, StringComparison.Ordinal);
        var local = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/directory?q=usuario1"));
        Assert.Contains("Local (Acceso usuario)", local, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_now_on_the_admin_page_starts_a_run_whose_progress_the_page_follows_to_the_end()
    {
        var uid = NewUid();
        directory.AddPerson(uid, "Persona Nueva", NetworkPassword);
        var browser = app.Browser();
        await browser.SignInAsync("admin");

        var started = await browser.PostFormAsync("/admin/directory?handler=Sync", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        JsonObject progress;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(200);
            progress = await (await browser.GetAsync("/admin/directory?handler=Progress")).ReadObjectAsync(HttpStatusCode.OK);
        }
        while (progress["running"]!.GetValue<bool>() && waited.Elapsed < TimeSpan.FromSeconds(60));
        Assert.False(progress["running"]!.GetValue<bool>());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        Assert.True(await db.Users.AnyAsync(u => u.UserName == uid && u.Origin == AccountOrigin.Directory));
    }

    [Fact]
    public async Task A_sync_run_that_does_not_exist_is_not_found()
    {
        var admin = await app.As("admin");
        var response = await admin.GetAsync("/api/v1/admin/directory/syncs/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Runs the sync as the admin API does; a failed run fails the test with the reason its record gives.</summary>
    private async Task<int> SyncAsync()
    {
        var admin = await app.As("admin");
        var response = await admin.PostJsonAsync("/api/v1/admin/jobs/directory-sync/run", new { });
        if (response.StatusCode != HttpStatusCode.OK)
            Assert.Fail($"The sync answered {(int)response.StatusCode}: {(await LastRunAsync())["sync"]!.Str("error")}");
        return int.Parse((await response.ReadObjectAsync(HttpStatusCode.OK)).Str("processed"), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string NewUid() => $"s{Guid.NewGuid():N}"[..12];

    private async Task<JsonObject> LastRunAsync()
    {
        var admin = await app.As("admin");
        var runs = await (await admin.GetAsync("/api/v1/admin/directory/syncs")).ReadArrayAsync();
        return await (await admin.GetAsync($"/api/v1/admin/directory/syncs/{runs[0]!.Str("id")}")).ReadObjectAsync(HttpStatusCode.OK);
    }

    private static async Task<string> RoleAsync(MesaDbContext db, string userName) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where u.UserName == userName
               select r.Name!).SingleAsync();

    private static async Task<bool> InMesaDeServicioAsync(MesaDbContext db, string userName) =>
        await (from m in db.GroupMemberships
               join g in db.Groups on m.GroupId equals g.Id
               join u in db.Users on m.UserId equals u.Id
               where g.Name == "Mesa de Servicio" && u.UserName == userName && m.Role == Core.Routing.GroupRole.Member
               select m).AnyAsync();

    /// <summary>A directory that answers, with nobody under its base (a base set wrong).</summary>
    private sealed class EmptyDirectory : IDirectory
    {
        public bool IsConfigured => true;

        public Task<DirectoryBind> BindAsync(string typedName, string password, CancellationToken ct) =>
            Task.FromResult(new DirectoryBind(DirectoryBindOutcome.Refused));

        public Task<DirectoryPerson?> FindAsync(string userName, CancellationToken ct) => Task.FromResult<DirectoryPerson?>(null);

        public Task<DirectoryPerson?> FindByKeyAsync(string key, CancellationToken ct) => Task.FromResult<DirectoryPerson?>(null);

        public async IAsyncEnumerable<DirectoryPerson> PeopleAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await Task.CompletedTask;
            yield break;
        }

        public string? UserNameOf(string typedName) => typedName;
    }
}

public sealed class DirectorySyncOnSqlite(DirectorySqliteApp app) : DirectorySyncTests(app, app.Directory), IClassFixture<DirectorySqliteApp>;

public sealed class DirectorySyncOnPostgres(DirectoryPostgresApp app) : DirectorySyncTests(app, app.Directory), IClassFixture<DirectoryPostgresApp>;
