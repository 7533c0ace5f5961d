using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Changes;

/// <summary>
/// Entregas (Guía §10's pre-production and production substates): grouping approved changes to reach production
/// together, and moving the release through its steps; a change belongs to one open release at a time.
/// </summary>
public sealed class ReleaseService(MesaDbContext db, OrganisationTime time)
{
    public const int PageSize = 50;

    public async Task<Release> CreateAsync(Actor by, string? name, DateTimeOffset? plannedAt, IReadOnlyList<string> changes,
        CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var at = time.UtcNow;
        var release = new Release(name, plannedAt, by, at);
        foreach (var key in changes.Distinct()) release.Add(await FreeChangeAsync(key, null, ct), by, at);
        db.Releases.Add(release);
        await SaveAsync(ct);
        return release;
    }

    public async Task<PageOf<ReleaseSummary>> ListAsync(Actor by, ReleaseState? state, bool includeClosed, int page, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var releases = db.Releases.AsNoTracking();
        if (state is { } s) releases = releases.Where(r => r.State == s);
        else if (!includeClosed) releases = releases.Where(r => r.State != ReleaseState.Closed);
        var total = await releases.CountAsync(ct);
        var items = await releases.OrderBy(r => r.PlannedAt).ThenBy(r => r.Id)
            .Skip((Paging.Check(page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PageOf<ReleaseSummary>(items.Select(r => new ReleaseSummary(r.Id, r.Name, r.PlannedAt, r.State, r.Changes.Count)).ToList(), total);
    }

    public async Task<ReleaseDetails> GetAsync(Actor by, long id, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var release = await db.Releases.AsNoTracking().Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException(Rules.ReleaseNotFound, id);
        var ids = release.Changes.ToList();
        var changes = await db.Changes.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ChangeSummary(c.Id, c.Code, c.Title, c.Type, c.Risk, c.State, null, null, c.PlannedStart, c.PlannedEnd,
                c.CreatedAt, c.UpdatedAt)).ToListAsync(ct);
        var actors = release.Events.Select(e => e.ActorId).Distinct().ToList();
        var names = await db.Users.Where(u => actors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new ReleaseDetails(release.Id, release.Name, release.PlannedAt, release.State,
            ids.Select(i => changes.Single(c => c.Id == i)).ToList(), release.Version,
            release.Events.OrderBy(e => e.Id).Select(e => new ReleaseHistoryEntry(e.At, names.GetValueOrDefault(e.ActorId, ""), e.Kind,
                e.FromState, e.ToState, e.Note)).ToList());
    }

    /// <summary>The open release a change belongs to, if any, for the change's page.</summary>
    public async Task<ReleaseSummary?> OfChangeAsync(long changeId, CancellationToken ct) =>
        (await db.Releases.AsNoTracking().Where(r => r.State != ReleaseState.Closed && r.Changes.Contains(changeId)).ToListAsync(ct))
        .Select(r => new ReleaseSummary(r.Id, r.Name, r.PlannedAt, r.State, r.Changes.Count)).FirstOrDefault();

    public Task<Release> AddChangeAsync(Actor by, long id, string change, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, async (r, at) => r.Add(await FreeChangeAsync(change, id, ct), by, at), ct);

    public Task<Release> RemoveChangeAsync(Actor by, long id, string change, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, async (r, at) =>
        {
            var target = await ChangeService.Match(db.Changes, change).SingleOrDefaultAsync(ct)
                ?? throw new InputException("change", Rules.ChangeNotFound, change);
            r.Remove(target, by, at);
        }, ct);

    public Task<Release> AdvanceAsync(Actor by, long id, ReleaseState to, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, (r, at) => Done(() => r.Advance(to, note, by, at)), ct);

    public Task<Release> RescheduleAsync(Actor by, long id, DateTimeOffset? plannedAt, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, id, version, (r, at) => Done(() => r.Reschedule(plannedAt, note, by, at)), ct);

    private static Task Done(Action act)
    {
        act();
        return Task.CompletedTask;
    }

    /// <summary>A change by id or code that is in no other open release.</summary>
    private async Task<ChangeRequest> FreeChangeAsync(string key, long? releaseId, CancellationToken ct)
    {
        var change = await ChangeService.Match(db.Changes, key).SingleOrDefaultAsync(ct)
            ?? throw new InputException("change", Rules.ChangeNotFound, key);
        var other = (await db.Releases.AsNoTracking()
                .Where(r => r.Id != releaseId && r.State != ReleaseState.Closed && r.Changes.Contains(change.Id))
                .Select(r => r.Name).ToListAsync(ct)).FirstOrDefault();
        Guard.Require(other is null, Rules.ChangeInOtherRelease, change.Code, other ?? "");
        return change;
    }

    private async Task<Release> ActAsync(Actor by, long id, long? version, Func<Release, DateTimeOffset, Task> act, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var release = await db.Releases.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(Rules.ReleaseNotFound, id);
        release.CheckVersion(version);
        await act(release, time.UtcNow);
        await SaveAsync(ct);
        return release;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException();
        }
    }
}

public sealed record ReleaseSummary(long Id, string Name, DateTimeOffset PlannedAt, ReleaseState State, int Changes);

public sealed record ReleaseHistoryEntry(DateTimeOffset At, string By, ReleaseEventKind Kind, ReleaseState? FromState,
    ReleaseState ToState, string? Note);

public sealed record ReleaseDetails(long Id, string Name, DateTimeOffset PlannedAt, ReleaseState State,
    IReadOnlyList<ChangeSummary> Changes, long Version, IReadOnlyList<ReleaseHistoryEntry> History)
{
    public bool IsOpen => State != ReleaseState.Closed;
}
