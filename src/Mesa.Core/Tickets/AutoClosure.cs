using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Tickets;

/// <summary>The auto-close job (Guía §10): resolved tickets left unconfirmed for the configured days are closed.</summary>
public sealed class AutoClosure(MesaDbContext db, Actors actors, TimeProvider clock, IOptions<MesaSettings> settings)
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var system = await actors.SystemAsync(ct);
        var now = clock.GetUtcNow();
        var before = now.AddDays(-settings.Value.AutoCloseDays);
        var closed = 0;
        long after = 0;
        while (true)
        {
            var page = await db.Tickets
                .Where(t => t.Id > after && t.State == TicketState.Resolved && t.ResolvedAt < before)
                .Include(t => t.ClockStops)
                .OrderBy(t => t.Id).Take(Batch).ToListAsync(ct);
            if (page.Count == 0) return closed;
            after = page[^1].Id;
            foreach (var ticket in page) ticket.CloseAutomatically(system, now);
            try
            {
                await db.SaveChangesAsync(ct);
                closed += page.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The user answered meanwhile; the next run sees the ticket as it is now.
            }

            db.ChangeTracker.Clear();
        }
    }
}
