using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>Guía §11: the counters of the Panel inicial and the lists they lead to.</summary>
public abstract class DashboardTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task Assigning_a_ticket_to_me_adds_one_to_my_assigned_counter()
    {
        var agent = await app.As("agente1");
        var before = await (await agent.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);

        await _desk.AssignedAsync("Mesa de Servicio", "agente1");

        var after = await (await agent.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(int.Parse(before.Str("assignedToMe.assigned"), System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(after.Str("assignedToMe.assigned"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(int.Parse(before.Str("overview.assigned"), System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(after.Str("overview.assigned"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual("", after.Str("supervised.breached"));
        Assert.NotEqual("", after.Str("myGroups.new"));
    }

    [Fact] // Every counter leads to exactly its tickets: the list's total equals the counter
    public async Task A_counter_equals_the_total_of_its_list()
    {
        var supervisor = await app.As("supervisor1");
        var counters = await (await supervisor.GetAsync("/api/v1/dashboard/counters")).ReadObjectAsync(HttpStatusCode.OK);

        var list = await (await supervisor.GetAsync("/api/v1/tickets?view=supervised&state=assigned")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal(counters.Str("supervised.assigned"), list.Str("total"));
    }

    [Fact]
    public async Task A_requester_has_no_panel()
    {
        var user = await app.As("usuario1");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/dashboard/counters")).StatusCode);
    }

    [Fact] // The "En curso" list sorted by due date, soonest first
    public async Task The_list_sorts_by_due_date()
    {
        await _desk.RegisterAsync();
        await _desk.RegisterAsync();
        var agent = await app.As("agente1");

        var page = await (await agent.GetAsync("/api/v1/tickets?view=all-open&sort=due-date&pageSize=200")).ReadObjectAsync(HttpStatusCode.OK);

        var due = page["items"]!.AsArray().Select(t => t.Str("sla.resolutionDueAt")).Where(d => d != "")
            .Select(d => DateTimeOffset.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(due.Count >= 2);
        Assert.Equal(due.Order(), due);
    }
}

public sealed class DashboardOnSqlite(SqliteApp app) : DashboardTests(app), IClassFixture<SqliteApp>;

public sealed class DashboardOnPostgres(PostgresApp app) : DashboardTests(app), IClassFixture<PostgresApp>;
