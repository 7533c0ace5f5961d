using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mesa.Core.Tickets;

/// <summary>
/// Drops the shared copies when a save on this instance may change them: the panel counters when it touched a
/// ticket, the list's filter options when it touched groups, people or the catalogue.
/// </summary>
public sealed class SharedCopiesInterceptor(PanelCounters counters, ListFilterChoices filters) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Invalidate(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        // Again after the commit: a read between the two would otherwise keep the old figures.
        Invalidate(eventData.Context);
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>
    /// Looks at what is tracked without detecting changes, which would compare every property of every tracked entity
    /// once more per save (the sweep saves 500 tickets and their history at a time).
    /// </summary>
    private void Invalidate(DbContext? context)
    {
        if (context is null) return;
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries<Ticket>().Any()) counters.Invalidate();
            if (tracker.Entries().Any(e => e.Entity is Routing.SupportGroup or Routing.GroupMembership or Catalog.Service
                    or Catalog.Category or Substate or People.User or IdentityUserRole<long>))
                filters.Invalidate();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
