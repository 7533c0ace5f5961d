using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Administration;

/// <summary>
/// The administration log for administrators to read and export: every change an administrator made to the
/// configuration, newest first, filtered by who, what kind of record, a record's name and days.
/// </summary>
public sealed class AdminLog(MesaDbContext db)
{
    public const int PageSize = 100;

    public sealed record Filter(string? By = null, string? Record = null, string? Name = null, DateTimeOffset? From = null,
        DateTimeOffset? To = null);

    public sealed record Line(long Id, DateTimeOffset At, string By, string Record, string? RecordKey, string RecordName,
        AdminChangeKind Kind, IReadOnlyList<FieldChange> Fields);

    /// <summary>A page of lines, newest first, and how many match.</summary>
    public async Task<(IReadOnlyList<Line> Lines, int Total)> PageAsync(Filter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = Matching(filter);
        var total = await query.CountAsync(ct);
        var lines = await Read(query.OrderByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return (lines, total);
    }

    /// <summary>Every matching line, oldest first, read in batches: for an export of any size.</summary>
    public async IAsyncEnumerable<Line> AllAsync(Filter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int batch = 1_000;
        var after = 0L;
        while (true)
        {
            var lines = await Read(Matching(filter).Where(c => c.Id > after).OrderBy(c => c.Id).Take(batch), ct);
            foreach (var line in lines) yield return line;
            if (lines.Count < batch) yield break;
            after = lines[^1].Id;
        }
    }

    private IQueryable<AdminChange> Matching(Filter filter)
    {
        var query = db.Set<AdminChange>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.By))
        {
            var by = filter.By.Trim().ToUpperInvariant();
            query = query.Where(c => db.Users.Any(u => u.Id == c.ActorId && u.NormalizedUserName == by));
        }

        if (!string.IsNullOrWhiteSpace(filter.Record)) query = query.Where(c => c.Record == filter.Record);
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var name = filter.Name.Trim().ToLowerInvariant();
            query = query.Where(c => c.RecordName.ToLower().Contains(name));
        }

        if (filter.From is { } from) query = query.Where(c => c.At >= from);
        if (filter.To is { } to) query = query.Where(c => c.At < to);
        return query;
    }

    private async Task<List<Line>> Read(IQueryable<AdminChange> changes, CancellationToken ct)
    {
        var rows = await (from c in changes
                          join u in db.Users on c.ActorId equals u.Id
                          select new { Change = c, By = u.UserName! }).ToListAsync(ct);
        return rows.Select(r => new Line(r.Change.Id, r.Change.At, r.By, r.Change.Record, r.Change.RecordKey,
            r.Change.RecordName, r.Change.Kind, r.Change.Fields)).ToList();
    }
}
