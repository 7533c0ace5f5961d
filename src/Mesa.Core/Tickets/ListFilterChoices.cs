namespace Mesa.Core.Tickets;

/// <summary>
/// The options of the En curso list's filters (groups, agents, catalogue, substates): the same for every agent and
/// read on every page of the list, so one copy is shared for <see cref="Lifetime"/>. Only the filters use it; the
/// forms that change a ticket read their choices fresh. A change to groups, people or the catalogue saved on this
/// instance drops the copy at once (<see cref="SharedCopiesInterceptor"/>); one saved on another instance shows within
/// that time.
/// </summary>
public sealed class ListFilterChoices(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;
    private long _generation;

    public sealed record Snapshot(IReadOnlyList<GroupChoice> Groups, IReadOnlyList<PersonChoice> Agents,
        IReadOnlyList<ServiceChoice> Catalog, IReadOnlyList<SubstateSummary> Substates, DateTimeOffset At, long Generation);

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<Snapshot> GetAsync(TicketChoices choices, CancellationToken ct)
    {
        if (Fresh(_snapshot) is { } fresh) return fresh;
        await _loading.WaitAsync(ct);
        try
        {
            // Whoever waited for the lock finds the copy the first one just read.
            if (Fresh(_snapshot) is { } loaded) return loaded;
            var generation = Interlocked.Read(ref _generation);
            return _snapshot = new Snapshot(await choices.GroupsAsync(ct), await choices.StaffAsync(ct),
                await choices.CatalogAsync(ct), await choices.SubstatesAsync(ct), clock.GetUtcNow(), generation);
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private Snapshot? Fresh(Snapshot? snapshot) =>
        snapshot is not null && snapshot.Generation == Interlocked.Read(ref _generation)
                             && clock.GetUtcNow() - snapshot.At < Lifetime
            ? snapshot
            : null;
}
