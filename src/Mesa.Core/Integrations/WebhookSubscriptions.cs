using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Integrations;

/// <summary>
/// The active webhooks, kept in memory so that a registration does not ask the database for them on every save.
/// A change made on this instance drops the copy at once; one made on another instance shows within
/// <see cref="MaxAge"/>.
/// </summary>
public sealed class WebhookSubscriptions(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyList<Webhook> Webhooks, DateTimeOffset ReadAt);

    public async Task<IReadOnlyList<Webhook>> ActiveAsync(DbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } held && now - held.ReadAt < MaxAge && now >= held.ReadAt) return held.Webhooks;
        var webhooks = await db.Set<Webhook>().AsNoTracking().Where(w => w.Active).ToListAsync(ct);
        _snapshot = new Snapshot(webhooks, now);
        return webhooks;
    }

    public void Invalidate() => _snapshot = null;
}
