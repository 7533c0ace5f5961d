using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mesa.Core.Data;

/// <summary>
/// A saver that adds rows to a save from what the save holds (the webhooks' deliveries, the bell's lines), so that they
/// commit with the change they tell of. It remembers the records it has read until the save succeeds, so that a save
/// retried, or a writer that asks first and saves after (the PostgreSQL batch), never adds them twice.
/// </summary>
/// <remarks>Scoped, like the save it serves.</remarks>
public abstract class AddingOnSave : SaveChangesInterceptor
{
    /// <summary>The records already read for the save in progress.</summary>
    protected HashSet<object> Seen { get; } = new(ReferenceEqualityComparer.Instance);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await AddAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) AddAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Seen.Clear();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Seen.Clear();
        return base.SavedChanges(eventData, result);
    }

    /// <summary>Adds the rows the save owes, reading the tracker without detecting changes. A writer that bypasses SaveChanges calls this first.</summary>
    public async Task AddAsync(DbContext db, CancellationToken ct)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            await AddRowsAsync(db, ct);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    protected abstract Task AddRowsAsync(DbContext db, CancellationToken ct);

    /// <summary>The savers serving this context, for a writer that bypasses SaveChanges.</summary>
    public static IEnumerable<AddingOnSave> Of(DbContext db) => db.GetService<IDbContextOptions>()
        .FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AddingOnSave>() ?? [];
}
