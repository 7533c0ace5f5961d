using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// The history lines a save is about to add, with their tickets: what the savers that tell others of a change (the
/// webhooks, the bell) read, so that no use case has to remember to tell anyone.
/// </summary>
public static class AddedTicketEvents
{
    /// <summary>
    /// The new lines not in <paramref name="seen"/>, which then holds them too, so that a save retried (or a batch that
    /// asks first and saves after) never reports one twice. Reads the tracker without detecting changes.
    /// </summary>
    public static List<(Ticket Ticket, TicketEvent Event)> Of(DbContext db, ISet<object> seen)
    {
        var found = new List<(Ticket, TicketEvent)>();
        foreach (var entry in db.ChangeTracker.Entries<Ticket>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var e in entry.Entity.Events)
            {
                if (db.Entry(e).State == EntityState.Added && seen.Add(e)) found.Add((entry.Entity, e));
            }
        }

        return found;
    }
}
