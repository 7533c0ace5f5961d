using Mesa.Core.Routing;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;

namespace Mesa.Core.Tests.Routing;

/// <summary>Guía §7 and issue 4 point 3: which rule wins, and which agent each mode picks.</summary>
public sealed class RouterTests
{
    // Category tree: 1 /Hardware, 2 /Hardware/Impresoras; service 1 Soporte Técnico.
    private static readonly IReadOnlyList<long> Impresoras = [1, 2];

    private static AssignmentRule Rule(int id, string name, long group, TicketType? type = null, long? service = null,
        long? category = null) => new AssignmentRule(name, group, type, service, category).WithId(id);

    [Fact]
    public void The_most_specific_rule_wins()
    {
        var rules = new[]
        {
            Rule(1, "Todo", 10),
            Rule(2, "Incidencias", 11, type: TicketType.Incident),
            Rule(3, "Soporte Técnico", 12, service: 1),
            Rule(4, "Hardware", 13, category: 1),
            Rule(5, "Impresoras", 14, category: 2),
        };

        Assert.Equal("Impresoras", Router.Choose(rules, TicketType.Incident, 1, Impresoras)!.Name);
        Assert.Equal("Hardware", Router.Choose(rules, TicketType.Incident, 1, [1])!.Name);
        Assert.Equal("Soporte Técnico", Router.Choose(rules, TicketType.Request, 1, [])!.Name);
        Assert.Equal("Incidencias", Router.Choose(rules, TicketType.Incident, 2, [])!.Name);
        Assert.Equal("Todo", Router.Choose(rules, TicketType.Request, 2, [])!.Name);
    }

    [Fact]
    public void Without_a_matching_rule_the_ticket_stays_new() =>
        Assert.Null(Router.Choose([Rule(1, "Solo incidencias", 10, type: TicketType.Incident)], TicketType.Request, null, []));

    [Fact] // Issue 4: round-robin spreads 1,000 tickets over 5 agents within ±1
    public void Round_robin_spreads_tickets_evenly()
    {
        var group = new SupportGroup("Soporte", 2).WithId(1L);
        foreach (var agent in new long[] { 11, 12, 13, 14, 15 }) group.AddMember(agent);
        var counts = new Dictionary<long, int>();

        for (var i = 0; i < 1000; i++)
        {
            var agent = Router.PickAgent(group, new Dictionary<long, int>(), new HashSet<long>())!.Value;
            group.RecordAssignmentTo(agent);
            counts[agent] = counts.GetValueOrDefault(agent) + 1;
        }

        Assert.Equal(5, counts.Count);
        Assert.True(counts.Values.Max() - counts.Values.Min() <= 1);
    }

    [Fact]
    public void Least_loaded_picks_the_agent_with_fewest_open_tickets()
    {
        var group = new SupportGroup("Soporte", 2).WithId(1L);
        group.ChangeMode(AssignmentMode.LeastLoaded);
        foreach (var agent in new long[] { 11, 12, 13 }) group.AddMember(agent);

        Assert.Equal(12, Router.PickAgent(group, new Dictionary<long, int> { [11] = 5, [12] = 1, [13] = 3 }, new HashSet<long>()));
    }

    [Fact]
    public void Group_only_assigns_no_agent_and_absent_agents_get_nothing()
    {
        var group = new SupportGroup("Soporte", 2).WithId(1L);
        group.AddMember(11);
        group.AddMember(12);

        Assert.Equal(12, Router.PickAgent(group, new Dictionary<long, int>(), new HashSet<long> { 11 }));
        group.ChangeMode(AssignmentMode.GroupOnly);
        Assert.Null(Router.PickAgent(group, new Dictionary<long, int>(), new HashSet<long>()));
    }
}
