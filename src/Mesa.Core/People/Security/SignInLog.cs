using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People.Security;

/// <summary>
/// The sign-in log: every sign-in, failure, lockout, sign-out, ended session and second-factor change, for
/// administrators to read and export. A line about a change is added to the change's own save (one transaction).
/// </summary>
public sealed class SignInLog(MesaDbContext db, TimeProvider clock)
{
    public const int PageSize = 100;

    public sealed record Filter(string? UserName = null, SignInEventKind? Kind = null, DateTimeOffset? From = null,
        DateTimeOffset? To = null);

    public sealed record Line(long Id, DateTimeOffset At, SignInEventKind Kind, string UserName, SignInMethod? Method,
        SignInChannel? Channel, string? Address, string? By, string? Detail);

    /// <summary>What happened, to whom, how and from where.</summary>
    public sealed record Entry(SignInEventKind Kind, User? User, string TypedName, SignInMethod? Method = null,
        SignInChannel? Channel = null, string? Address = null, User? By = null, string? Detail = null);

    /// <summary>Adds a line to the next save of the context (the change it records).</summary>
    public void Add(Entry entry) =>
        db.Add(new SignInEvent(clock.GetUtcNow(), entry.Kind, entry.User?.Id, entry.User?.UserName ?? entry.TypedName,
            entry.Method, entry.Channel, entry.Address, entry.By?.Id, entry.Detail));

    /// <summary>Records a line on its own (a sign-in, a failure: nothing else changes).</summary>
    public async Task RecordAsync(Entry entry, CancellationToken ct)
    {
        Add(entry);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A page of lines, newest first, and how many match.</summary>
    public async Task<(IReadOnlyList<Line> Lines, int Total)> PageAsync(Filter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = Matching(filter);
        var total = await query.CountAsync(ct);
        var lines = await Lines(query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return (lines, total);
    }

    /// <summary>Every matching line, oldest first, read in batches: for an export of any size.</summary>
    public async IAsyncEnumerable<Line> AllAsync(Filter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int batch = 1_000;
        var after = 0L;
        while (true)
        {
            var lines = await Lines(Matching(filter).Where(e => e.Id > after).OrderBy(e => e.Id).Take(batch)).ToListAsync(ct);
            foreach (var line in lines) yield return line;
            if (lines.Count < batch) yield break;
            after = lines[^1].Id;
        }
    }

    private IQueryable<SignInEvent> Matching(Filter filter)
    {
        var query = db.Set<SignInEvent>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var name = filter.UserName.Trim();
            query = query.Where(e => e.UserName == name);
        }

        if (filter.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (filter.From is { } from) query = query.Where(e => e.At >= from);
        if (filter.To is { } to) query = query.Where(e => e.At < to);
        return query;
    }

    private IQueryable<Line> Lines(IQueryable<SignInEvent> events) =>
        from e in events
        join actor in db.Users on e.ByUserId equals actor.Id into actors
        from actor in actors.DefaultIfEmpty()
        select new Line(e.Id, e.At, e.Kind, e.UserName, e.Method, e.Channel, e.Address, actor == null ? null : actor.UserName, e.Detail);
}
