using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Following;

/// <summary>
/// Rings the bells a save owes, in the same save: the agent a ticket is assigned to, the ticket's agent when its user
/// replies or its ANS is about to pass or passed, and whoever follows the ticket for any of those and for its solution
/// and closure. Nobody is told of their own act. Read from the history lines being added, as the webhooks are.
/// </summary>
public sealed class BellOnSave : AddingOnSave
{
    protected override async Task AddRowsAsync(DbContext db, CancellationToken ct)
    {
        var added = AddedTicketEvents.Of(db, Seen);
        var imported = added.Where(a => a.Event.Kind == TicketEventKind.Imported).Select(a => a.Ticket).ToHashSet();
        var rings = added.Where(a => !imported.Contains(a.Ticket))
            .Select(a => (a.Ticket, a.Event, Kind: KindOf(a.Event))).Where(r => r.Kind is not null).ToList();
        if (rings.Count == 0) return;

        // A ticket registered in this save has no followers yet.
        var ids = rings.Select(r => r.Ticket.Id).Where(id => id > 0).Distinct().ToList();
        var followers = ids.Count == 0
            ? []
            : await db.Set<TicketFollow>().AsNoTracking().Where(f => ids.Contains(f.TicketId))
                .Select(f => new { f.TicketId, f.UserId }).ToListAsync(ct);
        foreach (var (ticket, e, kind) in rings)
        {
            var told = new HashSet<long> { e.ActorId };
            // The agent hears of their own tickets' assignment, replies and clock; followers of all of it.
            if (ticket.AgentId is { } agent && kind is not (BellKind.Resolved or BellKind.Closed) && told.Add(agent))
                db.Add(new BellNotification(agent, ticket, kind == BellKind.Assigned ? BellKind.AssignedToMe : kind!.Value, e.ActorId, e.At));
            foreach (var follower in followers.Where(f => f.TicketId == ticket.Id).Select(f => f.UserId))
            {
                if (told.Add(follower)) db.Add(new BellNotification(follower, ticket, kind!.Value, e.ActorId, e.At));
            }
        }
    }

    private static BellKind? KindOf(TicketEvent e) => e.Kind switch
    {
        TicketEventKind.Assigned => BellKind.Assigned,
        TicketEventKind.ActionAdded when e.NewValue == nameof(TicketActionKind.UserReply) => BellKind.UserReplied,
        TicketEventKind.SlaWarning => BellKind.SlaWarning,
        TicketEventKind.SlaBreached => BellKind.SlaBreached,
        TicketEventKind.SolutionSigned => BellKind.Resolved,
        _ when e.ToState == TicketState.Closed && e.FromState != TicketState.Closed => BellKind.Closed,
        _ => null,
    };
}
