using Mesa.Core.Routing;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;

namespace Mesa.Core.Tests.Routing;

/// <summary>Guía §7: which rule wins, and which agent each mode picks.</summary>
public sealed class RouterTests
{
    // Category tree: 1 /Hardware, 2 /Hardware/Impresoras; service 1 Soporte Técnico of service type 7.
    // Location tree: 20 /Bogotá, 21 /Bogotá/Sede Centro.
    private static readonly IReadOnlyList<long> Impresoras = [1, 2];
    private static readonly IReadOnlyList<long> SedeCentro = [20, 21];

    private static AssignmentRule Rule(int id, string name, long group, TicketType? type = null, long? service = null,
        long? category = null, int? serviceType = null, long? location = null) =>
        new AssignmentRule(name, group, new RuleCriteria(type, serviceType, service, category, location)).WithId(id);

    private static TicketFacts Ticket(TicketType type = TicketType.Incident, long? service = null,
        IReadOnlyList<long>? category = null, IReadOnlyList<long>? location = null) =>
        new(type, service == 1 ? 7 : null, service, category, location);

    [Fact] // Guía §7: "según los criterios de tipo de servicio y categoría"
    public void The_most_specific_rule_wins()
    {
        var rules = new[]
        {
            Rule(1, "Todo", 10),
            Rule(2, "Incidencias", 11, type: TicketType.Incident),
            Rule(3, "Soporte Técnico", 12, service: 1),
            Rule(4, "Hardware", 13, category: 1),
            Rule(5, "Impresoras", 14, category: 2),
            Rule(6, "Tipo soporte", 15, serviceType: 7),
            Rule(7, "Sede Centro", 16, location: 21),
            Rule(8, "Bogotá", 17, location: 20),
        };

        Assert.Equal("Impresoras", Router.Choose(rules, Ticket(service: 1, category: Impresoras, location: SedeCentro))!.Name);
        Assert.Equal("Hardware", Router.Choose(rules, Ticket(service: 1, category: [1]))!.Name);
        Assert.Equal("Soporte Técnico", Router.Choose(rules, Ticket(TicketType.Request, service: 1, location: SedeCentro))!.Name);
        Assert.Equal("Sede Centro", Router.Choose(rules, Ticket(service: 2, location: SedeCentro))!.Name);
        Assert.Equal("Bogotá", Router.Choose(rules, Ticket(service: 2, location: [20]))!.Name);
        Assert.Equal("Incidencias", Router.Choose(rules, Ticket(service: 2))!.Name);
        Assert.Equal("Todo", Router.Choose(rules, Ticket(TicketType.Request, service: 2))!.Name);
    }

    [Fact]
    public void A_service_type_beats_a_location_and_loses_to_a_service()
    {
        var rules = new[] { Rule(1, "Sede Centro", 10, location: 21), Rule(2, "Tipo soporte", 11, serviceType: 7) };

        Assert.Equal("Tipo soporte", Router.Choose(rules, Ticket(service: 1, location: SedeCentro))!.Name);
        Assert.Equal("Sede Centro", Router.Choose(rules, Ticket(service: 2, location: SedeCentro))!.Name);
    }

    [Fact]
    public void Criteria_combine_and_every_one_must_match()
    {
        var rules = new[] { Rule(1, "Peticiones de impresoras en la sede", 10, TicketType.Request, category: 2, location: 21) };

        Assert.NotNull(Router.Choose(rules, Ticket(TicketType.Request, 1, Impresoras, SedeCentro)));
        Assert.Null(Router.Choose(rules, Ticket(TicketType.Incident, 1, Impresoras, SedeCentro)));
        Assert.Null(Router.Choose(rules, Ticket(TicketType.Request, 1, Impresoras, [20])));
    }

    [Fact]
    public void Between_equally_specific_rules_the_oldest_wins_and_inactive_rules_never_match()
    {
        var older = Rule(1, "Primera", 10, category: 1);
        var newer = Rule(2, "Segunda", 11, category: 1);
        Assert.Equal("Primera", Router.Choose([newer, older], Ticket(service: 1, category: Impresoras))!.Name);

        older.SetActive(false);
        Assert.Equal("Segunda", Router.Choose([newer, older], Ticket(service: 1, category: Impresoras))!.Name);
    }

    [Fact]
    public void Without_a_matching_rule_the_ticket_stays_new() =>
        Assert.Null(Router.Choose([Rule(1, "Solo incidencias", 10, type: TicketType.Incident)], Ticket(TicketType.Request)));

    [Fact] // Round-robin spreads 1,000 tickets over 5 agents within ±1
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
