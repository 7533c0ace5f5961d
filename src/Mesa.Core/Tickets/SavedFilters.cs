using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>Each agent's saved filters of each list: saving under an existing name replaces it.</summary>
public sealed class SavedFilters(MesaDbContext db)
{
    public async Task<IReadOnlyList<SavedFilter>> ListAsync(long userId, SavedFilterList list, CancellationToken ct) =>
        await db.SavedFilters.AsNoTracking().Where(f => f.UserId == userId && f.List == list).OrderBy(f => f.Name).ToListAsync(ct);

    public async Task<SavedFilter> SaveAsync(long userId, SavedFilterList list, string? name, string query, CancellationToken ct)
    {
        var key = (name ?? "").Trim();
        if (key.Length == 0) throw new InputException("name", Rules.Required);
        if (key.Length > SavedFilter.NameMaxLength)
            throw new InputException("name", Rules.TooLong, SavedFilter.NameMaxLength);
        if (query.Length > SavedFilter.QueryMaxLength)
            throw new InputException("name", Rules.TooLong, SavedFilter.QueryMaxLength);

        var filter = await db.SavedFilters.SingleOrDefaultAsync(f => f.UserId == userId && f.List == list && f.Name == key, ct);
        if (filter is null) db.SavedFilters.Add(filter = new SavedFilter(userId, list, key, query));
        else filter.Replace(query);
        await db.SaveChangesAsync(ct);
        return filter;
    }

    public async Task DeleteAsync(long userId, long id, CancellationToken ct)
    {
        var deleted = await db.SavedFilters.Where(f => f.Id == id && f.UserId == userId).ExecuteDeleteAsync(ct);
        if (deleted == 0) throw new NotFoundException(Rules.NotFound);
    }
}
