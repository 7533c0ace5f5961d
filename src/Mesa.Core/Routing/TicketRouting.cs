using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Routing;

/// <summary>
/// Guía §12: "si se modifica la categoría ... el destinatario puede cambiar debido a los escalamientos automáticos".
/// Routes one ticket by the assignment rules, as the sweep does, for a reclassification.
/// </summary>
public sealed class TicketRouting(MesaDbContext db, Absences absences)
{
    public sealed record Route(AssignmentRule Rule, SupportGroup Group, User? Agent);

    public async Task<Route?> RouteAsync(Ticket ticket, CancellationToken ct)
    {
        var rule = (await RoutingTables.LoadAsync(db, ct)).RuleFor(ticket);
        if (rule is null) return null;
        var group = await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == rule.GroupId && g.Active, ct);
        if (group is null) return null;
        var members = group.Memberships.Select(m => m.UserId).ToList();
        var load = group.Mode == AssignmentMode.LeastLoaded
            ? await db.Tickets.Where(TicketStates.IsOpenTicket).Where(t => t.AgentId != null && members.Contains(t.AgentId.Value))
                .GroupBy(t => t.AgentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct)
            : [];
        var agentId = Router.PickAgent(group, load, await absences.AwayOnAsync(absences.Today, ct));
        var agent = agentId is { } id2 ? await db.Users.SingleAsync(u => u.Id == id2, ct) : null;
        return new Route(rule, group, agent);
    }
}
