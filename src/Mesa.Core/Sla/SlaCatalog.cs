using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Core.Sla;

/// <summary>
/// The calendars (as ready-to-use schedules), the priority matrix and which ANS each service and category uses, read
/// once and kept: they change rarely and are read on every registration and ticket change. A change made here is seen
/// at once; one made by another instance within a minute.
/// </summary>
public sealed class SlaCatalog(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;

    public sealed record Snapshot(
        IReadOnlyDictionary<int, CalendarSchedule> Schedules,
        PriorityMatrix Matrix,
        PolicyChoice Policies,
        DateTimeOffset LoadedAt);

    public async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        var current = _snapshot;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < Lifetime) return current;
        await _loading.WaitAsync(ct);
        try
        {
            current = _snapshot;
            if (current is not null && clock.GetUtcNow() - current.LoadedAt < Lifetime) return current;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
            var rules = await db.HolidayRules.AsNoTracking().ToListAsync(ct);
            var calendars = await db.Calendars.AsNoTracking().ToListAsync(ct);
            var cells = await db.PriorityMatrix.AsNoTracking().ToListAsync(ct);
            var policies = await PolicyChoice.ReadAsync(db, ct);
            _snapshot = current = new Snapshot(
                calendars.ToDictionary(c => c.Id, c => c.Schedule(rules)),
                MatrixOf(cells),
                policies,
                clock.GetUtcNow());
            return current;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// The schedule of a calendar. A calendar the snapshot does not know yet (created on another instance within the
    /// last minute) makes it read again once.
    /// </summary>
    public async Task<CalendarSchedule> ScheduleAsync(int calendarId, CancellationToken ct)
    {
        if ((await GetAsync(ct)).Schedules.TryGetValue(calendarId, out var schedule)) return schedule;
        Invalidate();
        return (await GetAsync(ct)).Schedules[calendarId];
    }

    /// <summary>
    /// Which ANS a classification uses. A category the snapshot does not know yet (created on another instance
    /// within the last minute) makes it read again once.
    /// </summary>
    public async Task<int?> PolicyIdForAsync(long? serviceId, long? categoryId, CancellationToken ct)
    {
        var choice = (await GetAsync(ct)).Policies;
        if (!choice.Knows(serviceId, categoryId))
        {
            Invalidate();
            choice = (await GetAsync(ct)).Policies;
        }

        return choice.For(serviceId, categoryId);
    }

    /// <summary>Forgets the snapshot after an admin change, so that the next read sees it.</summary>
    public void Invalidate() => _snapshot = null;

    public void Dispose() => _loading.Dispose();

    private static PriorityMatrix MatrixOf(List<PriorityMatrixCell> cells)
    {
        var size = Enum.GetValues<Level>().Length;
        if (cells.Count != size * size) return PriorityMatrix.Default;
        var table = new Level[size, size];
        foreach (var cell in cells) table[(int)cell.Impact, (int)cell.Urgency] = cell.Priority;
        return new PriorityMatrix(table);
    }
}
