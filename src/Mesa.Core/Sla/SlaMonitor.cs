using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Sla;

/// <summary>
/// The sla-check job (every minute): records each breach once ("caduca", Guía §14.2) and gives the
/// warning at the configured share of the resolution time, each with its e-mail to the agent and the supervisors.
/// It reads only the tickets whose stored instants have passed, through the indexes on them.
/// </summary>
public sealed class SlaMonitor(MesaDbContext db, Actors actors, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var system = await actors.SystemAsync(ct);
        var now = clock.GetUtcNow();
        var processed = 0;
        long after = 0;
        while (true)
        {
            // Open tickets only (the partial index), then the three conditions; Resolved waits for the user, so only
            // its response can still be late.
            var page = await db.Tickets.Where(TicketStates.IsOpenTicket)
                .Where(t => t.Id > after && (
                    (!t.ResolutionBreached && t.State != TicketState.Resolved && t.ResolutionDueAt < now) ||
                    (!t.ResponseBreached && t.RespondedAt == null && t.ResponseDueAt < now) ||
                    (t.ResolutionWarnedAt == null && t.State != TicketState.Resolved && t.ResolutionWarnAt < now)))
                .OrderBy(t => t.Id).Take(Batch).ToListAsync(ct);
            if (page.Count == 0) return processed;
            var changed = page.Count(t => Check(t, system, now));
            try
            {
                await db.SaveChangesAsync(ct);
                processed += changed;
            }
            catch (DbUpdateConcurrencyException)
            {
                // An agent saved one of these tickets meanwhile: take them one at a time, fresh.
                db.ChangeTracker.Clear();
                processed += await OneByOneAsync(page.Select(t => t.Id).ToList(), system, now, ct);
            }

            db.ChangeTracker.Clear();
            after = page[^1].Id;
        }
    }

    private static bool Check(Ticket ticket, Actor system, DateTimeOffset now)
    {
        var breached = ticket.RecordBreaches(system, now);
        var warned = ticket.WarnNearBreach(system, now);
        return breached || warned;
    }

    private async Task<int> OneByOneAsync(IReadOnlyList<long> ids, Actor system, DateTimeOffset now, CancellationToken ct)
    {
        var processed = 0;
        foreach (var id in ids)
        {
            var ticket = await db.Tickets.SingleAsync(t => t.Id == id, ct);
            if (Check(ticket, system, now))
            {
                try
                {
                    await db.SaveChangesAsync(ct);
                    processed++;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Changed again: the next run sees it.
                }
            }

            db.ChangeTracker.Clear();
        }

        return processed;
    }
}
