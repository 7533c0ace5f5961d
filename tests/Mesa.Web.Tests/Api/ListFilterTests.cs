using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>The console's filters on the ticket list (group, agent, priority, breached…).</summary>
public abstract class ListFilterTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task The_list_filters_by_group_agent_and_category_subtree()
    {
        var escalated = await _desk.AssignedAsync("Soporte Técnico", "agente2");
        var waiting = await _desk.RegisterAsync("usuario2", "Sin asignar todavía");
        var agent = await app.As("agente1");

        var byGroup = await (await agent.GetAsync("/api/v1/tickets?view=all-open&group=Soporte%20T%C3%A9cnico&agent=agente2&pageSize=200"))
            .ReadObjectAsync(HttpStatusCode.OK);
        var unassigned = await (await agent.GetAsync("/api/v1/tickets?view=all-open&hasAgent=false&category=/Hardware&pageSize=200"))
            .ReadObjectAsync(HttpStatusCode.OK);

        var groupIds = byGroup["items"]!.AsArray().Select(t => t!.Str("id")).ToList();
        Assert.Contains(escalated.Str("id"), groupIds);
        Assert.DoesNotContain(waiting.Str("id"), groupIds);
        var unassignedIds = unassigned["items"]!.AsArray().Select(t => t!.Str("id")).ToList();
        Assert.Contains(waiting.Str("id"), unassignedIds); // "/Hardware" finds "/Hardware/Impresoras"
        Assert.DoesNotContain(escalated.Str("id"), unassignedIds);
    }

    [Fact]
    public async Task A_filter_value_that_means_nothing_is_a_400_beside_its_field()
    {
        var agent = await app.As("agente1");

        var problem = await (await agent.GetAsync("/api/v1/tickets?breached=quizas&priority=urgentisima&from=ayer"))
            .ReadObjectAsync(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("breached") && errors.ContainsKey("priority") && errors.ContainsKey("from"));
    }
}

public sealed class ListFilterOnSqlite(SqliteApp app) : ListFilterTests(app), IClassFixture<SqliteApp>;

public sealed class ListFilterOnPostgres(PostgresApp app) : ListFilterTests(app), IClassFixture<PostgresApp>;
