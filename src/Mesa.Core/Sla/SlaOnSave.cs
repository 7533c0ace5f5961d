using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Core.Sla;

/// <summary>
/// Guía §14.2: a ticket's due dates follow from its registration, its targets and its clock stops. Whatever saves a
/// ticket (a command, the auto-close job, the sweep, the mail intake), the ANS is brought up to date from what the
/// ticket now holds, in the same save: terms chosen again when the classification changed, due dates and measures
/// recomputed, a breach a late act caused recorded. Nobody has to remember to call it.
/// </summary>
/// <remarks>Scoped: it works with the save's own <see cref="SlaService"/>, read when the first ticket is saved.</remarks>
public sealed class SlaOnSave(IServiceProvider services) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await RecomputeAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) RecomputeAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    /// <summary>
    /// The tickets about to be written, each brought up to date and its changes (new history lines included) detected.
    /// A writer that bypasses SaveChanges (the PostgreSQL batch of the sweep) calls this first.
    /// </summary>
    public async Task RecomputeAsync(DbContext db, CancellationToken ct)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var saved = tracker.Entries<Ticket>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
            if (saved.Count == 0) return;
            // The due dates are recomputed from every stop: a job that read its tickets without them loads them here,
            // in one query for the whole page.
            var unloaded = saved.Where(e => e.State == EntityState.Modified && !e.Collection(t => t.ClockStops).IsLoaded)
                .Select(e => e.Entity.Id).ToList();
            if (unloaded.Count > 0) await db.Set<ClockStop>().Where(s => unloaded.Contains(s.TicketId)).LoadAsync(ct);
            var sla = services.GetRequiredService<SlaService>();
            foreach (var entry in saved)
            {
                var ticket = entry.Entity;
                await sla.ApplyAsync(ticket, Actor.Signing(ticket.UpdatedById), ticket.UpdatedAt, ct);
                entry.DetectChanges();
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The instance serving this context, for a writer that bypasses SaveChanges; null where none is registered.</summary>
    public static SlaOnSave? Of(DbContext db) => db.GetService<IDbContextOptions>()
        .FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SlaOnSave>().FirstOrDefault();
}
