using Mesa.Core.Changes;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mesa.Core.Integrations;

/// <summary>
/// Queues a delivery for every webhook that subscribed to an event this save records, in the same save: a change is
/// told to the integrations exactly when it commits, and never when it does not. The events are read from the history
/// lines being added, so that no use case has to remember to queue them. Tickets brought in by an import are not
/// announced: they are the past, not events.
/// </summary>
/// <remarks>Scoped, like the save it serves; it remembers the history lines it has queued, so that a save retried
/// (or the PostgreSQL batch, which asks first and saves after) never queues one twice.</remarks>
public sealed class WebhookOnSave(WebhookSubscriptions subscriptions) : SaveChangesInterceptor
{
    private readonly HashSet<object> _queued = new(ReferenceEqualityComparer.Instance);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await QueueAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) QueueAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        _queued.Clear();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _queued.Clear();
        return base.SavedChanges(eventData, result);
    }

    /// <summary>Adds the deliveries the events being saved owe. A writer that bypasses SaveChanges calls this first.</summary>
    public async Task QueueAsync(DbContext db, CancellationToken ct)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var events = new List<(string Name, Ticket? Ticket, ChangeRequest? Change, DateTimeOffset At)>();
            var added = AddedTicketEvents.Of(db, _queued);
            var imported = added.Where(a => a.Event.Kind == TicketEventKind.Imported).Select(a => a.Ticket).ToHashSet();
            foreach (var (ticket, e) in added.Where(a => !imported.Contains(a.Ticket)))
            {
                if (WebhookEvents.Of(e) is { } name) events.Add((name, ticket, null, e.At));
            }

            foreach (var entry in tracker.Entries<ChangeRequest>().Where(e => e.State is EntityState.Added or EntityState.Modified))
            {
                foreach (var e in entry.Entity.Events.Where(e => db.Entry(e).State == EntityState.Added && _queued.Add(e)))
                {
                    if (WebhookEvents.Of(e) is { } name) events.Add((name, null, entry.Entity, e.At));
                }
            }

            if (events.Count == 0) return;
            var webhooks = await subscriptions.ActiveAsync(db, ct);
            foreach (var (name, ticket, change, at) in events)
            {
                foreach (var webhook in webhooks.Where(w => w.Wants(name)))
                    db.Add(new WebhookDelivery(webhook, name, ticket, change, at));
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The instance serving this context, for a writer that bypasses SaveChanges; null where none is registered.</summary>
    public static WebhookOnSave? Of(DbContext db) => db.GetService<IDbContextOptions>()
        .FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<WebhookOnSave>().FirstOrDefault();
}
