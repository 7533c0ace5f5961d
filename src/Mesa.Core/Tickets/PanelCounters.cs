using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// The Panel inicial is all counters and every agent opens it all day, so the grouped pass over the open
/// tickets is shared for a few seconds by everyone, then read again. A ticket saved on this instance drops the copy at
/// once (<see cref="SharedCopiesInterceptor"/>), so an agent sees their own change; another instance's changes show
/// within <see cref="Lifetime"/>.
/// </summary>
public sealed class PanelCounters(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;
    private long _generation;

    public sealed record Row(TicketState State, long? GroupId, long? AgentId, bool Breached, int Count);

    public sealed record Snapshot(IReadOnlyList<Row> Rows, IReadOnlyList<long> FirstLineGroups, DateTimeOffset At, long Generation);

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _loading.Dispose();

    public async Task<Snapshot> GetAsync(MesaDbContext db, CancellationToken ct)
    {
        if (Fresh(_snapshot) is { } fresh) return fresh;
        await _loading.WaitAsync(ct);
        try
        {
            // Whoever waited for the lock finds the copy the first one just read.
            if (Fresh(_snapshot) is { } loaded) return loaded;
            var generation = Interlocked.Read(ref _generation);
            var rows = await db.Tickets.AsNoTracking().Where(TicketStates.IsOpenTicket)
                .GroupBy(t => new { t.State, t.GroupId, t.AgentId, Breached = t.ResolutionBreached || t.ResponseBreached })
                .Select(g => new Row(g.Key.State, g.Key.GroupId, g.Key.AgentId, g.Key.Breached, g.Count()))
                .ToListAsync(ct);
            var firstLine = await db.Groups.AsNoTracking().Where(g => g.Tier == 1).Select(g => g.Id).ToListAsync(ct);
            return _snapshot = new Snapshot(rows, firstLine, clock.GetUtcNow(), generation);
        }
        finally
        {
            _loading.Release();
        }
    }

    private Snapshot? Fresh(Snapshot? snapshot) =>
        snapshot is not null && snapshot.Generation == Interlocked.Read(ref _generation)
                             && clock.GetUtcNow() - snapshot.At < Lifetime
            ? snapshot
            : null;
}
