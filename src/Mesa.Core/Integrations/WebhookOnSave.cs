using Mesa.Core.Changes;
using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Integrations;

/// <summary>
/// Queues a delivery for every webhook that subscribed to an event this save records, in the same save: a change is
/// told to the integrations exactly when it commits, and never when it does not. The events are read from the history
/// lines being added, so that no use case has to remember to queue them. Tickets brought in by an import are not
/// announced: they are the past, not events.
/// </summary>
public sealed class WebhookOnSave(WebhookSubscriptions subscriptions) : AddingOnSave
{
    protected override async Task AddRowsAsync(DbContext db, CancellationToken ct)
    {
        var events = new List<(string Name, Ticket? Ticket, ChangeRequest? Change, DateTimeOffset At)>();
        var added = AddedTicketEvents.Of(db, Seen);
        var imported = added.Where(a => a.Event.Kind == TicketEventKind.Imported).Select(a => a.Ticket).ToHashSet();
        foreach (var (ticket, e) in added.Where(a => !imported.Contains(a.Ticket)))
        {
            if (WebhookEvents.Of(e) is { } name) events.Add((name, ticket, null, e.At));
        }

        foreach (var entry in db.ChangeTracker.Entries<ChangeRequest>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var e in entry.Entity.Events.Where(e => db.Entry(e).State == EntityState.Added && Seen.Add(e)))
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
}
