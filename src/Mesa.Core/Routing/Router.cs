using Mesa.Core.Tickets;

namespace Mesa.Core.Routing;

/// <summary>
/// Chooses the rule for a ticket. Among the active rules that match, the most specific wins,
/// compared criterion by criterion in this order: a deeper category, then a service, then a service type, then a
/// deeper location, then a ticket type; the oldest rule breaks a tie. So "Impresoras" beats "Hardware", which beats
/// "Soporte Técnico", which beats the catch-all. Pure: the caller gives the ticket's facts (<see cref="RoutingTables"/>).
/// </summary>
public static class Router
{
    public static AssignmentRule? Choose(IEnumerable<AssignmentRule> rules, TicketFacts ticket) =>
        rules.Where(r => r.Active && Matches(r, ticket))
            .OrderByDescending(r => Depth(r.CategoryId, ticket.CategoryPath))
            .ThenByDescending(r => r.ServiceId is not null)
            .ThenByDescending(r => r.ServiceTypeId is not null)
            .ThenByDescending(r => Depth(r.LocationId, ticket.LocationPath))
            .ThenByDescending(r => r.Type is not null)
            .ThenBy(r => r.Id)
            .FirstOrDefault();

    private static bool Matches(AssignmentRule r, TicketFacts ticket) =>
        (r.Type is null || r.Type == ticket.Type)
        && (r.ServiceTypeId is null || r.ServiceTypeId == ticket.ServiceTypeId)
        && (r.ServiceId is null || r.ServiceId == ticket.ServiceId)
        && (r.CategoryId is null || ticket.CategoryPath.Contains(r.CategoryId.Value))
        && (r.LocationId is null || ticket.LocationPath.Contains(r.LocationId.Value));

    /// <summary>0 for "any", else how far down the ticket's path the rule's node is (1 = a root).</summary>
    private static int Depth(long? node, IReadOnlyList<long> path) =>
        node is { } id ? path.ToList().IndexOf(id) + 1 : 0;

    /// <summary>A node's ids from the root down to it, from a map of each node of a tree to its parent.</summary>
    public static List<long> PathOf(long? nodeId, IReadOnlyDictionary<long, long?> parents)
    {
        var path = new List<long>();
        for (var id = nodeId; id is { } current; id = parents.GetValueOrDefault(current)) path.Insert(0, current);
        return path;
    }

    /// <summary>The agent a group's mode picks among its available members, or null for a group-only assignment.</summary>
    public static long? PickAgent(SupportGroup group, IReadOnlyDictionary<long, int> openTickets, IReadOnlySet<long> absent)
    {
        var members = group.Memberships.Where(m => m.Role == GroupRole.Member && !absent.Contains(m.UserId))
            .Select(m => m.UserId).Order().ToList();
        if (members.Count == 0 || group.Mode == AssignmentMode.GroupOnly) return null;
        return group.Mode switch
        {
            AssignmentMode.RoundRobin => members.FirstOrDefault(m => m > (group.LastAssignedAgentId ?? 0), members[0]),
            AssignmentMode.LeastLoaded => members.OrderBy(m => openTickets.GetValueOrDefault(m)).ThenBy(m => m).First(),
            AssignmentMode.GroupOnly => null,
        };
    }
}

/// <summary>What the rules look at in a ticket: its type, its service and service type, and its two tree paths.</summary>
public sealed record TicketFacts(
    TicketType Type,
    int? ServiceTypeId = null,
    long? ServiceId = null,
    IReadOnlyList<long>? Category = null,
    IReadOnlyList<long>? Location = null)
{
    public IReadOnlyList<long> CategoryPath => Category ?? [];

    public IReadOnlyList<long> LocationPath => Location ?? [];
}
