using Mesa.Core.Tickets;

namespace Mesa.Core.Routing;

/// <summary>
/// Chooses the rule for a ticket (issue 4 point 3): among the active rules that match, the most specific — a deeper
/// category beats a shallower one, a category beats a service, a service beats a type alone, anything beats the
/// catch-all; the oldest rule breaks a tie. Pure: the caller gives the ticket's category path as ids from the root.
/// </summary>
public static class Router
{
    public static AssignmentRule? Choose(IEnumerable<AssignmentRule> rules, TicketType type, long? serviceId,
        IReadOnlyList<long> categoryPath)
    {
        return rules
            .Where(r => r.Active
                        && (r.Type is null || r.Type == type)
                        && (r.ServiceId is null || r.ServiceId == serviceId)
                        && (r.CategoryId is null || categoryPath.Contains(r.CategoryId.Value)))
            .OrderByDescending(Specificity)
            .ThenBy(r => r.Id)
            .FirstOrDefault();

        int Specificity(AssignmentRule r) =>
            (r.CategoryId is { } c ? 1000 + (100 * (categoryPath.ToList().IndexOf(c) + 1)) : 0)
            + (r.ServiceId is null ? 0 : 10)
            + (r.Type is null ? 0 : 1);
    }

    /// <summary>A category's ids from the root down to it, from a map of each category to its parent.</summary>
    public static List<long> PathOf(long? categoryId, IReadOnlyDictionary<long, long?> parents)
    {
        var path = new List<long>();
        for (var id = categoryId; id is { } current; id = parents.GetValueOrDefault(current)) path.Insert(0, current);
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
