using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>Drafts of tickets (Guía §14 "Borrar"): each person sees and edits only their own.</summary>
public sealed class TicketDrafts(MesaDbContext db, OrganisationTime time)
{
    public async Task<TicketDraft> CreateAsync(Actor by, TicketDraftFields fields, CancellationToken ct)
    {
        fields.Check();
        var draft = new TicketDraft(by.Id, fields, time.UtcNow);
        db.TicketDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public async Task<IReadOnlyList<TicketDraft>> ListAsync(Actor by, CancellationToken ct) =>
        await db.TicketDrafts.AsNoTracking().Where(d => d.OwnerId == by.Id).OrderByDescending(d => d.UpdatedAt)
            .ToListAsync(ct);

    public async Task<TicketDraft> GetAsync(Actor by, long id, CancellationToken ct) =>
        await db.TicketDrafts.SingleOrDefaultAsync(d => d.Id == id && d.OwnerId == by.Id, ct)
        ?? throw new NotFoundException(Rules.DraftNotFound, id);

    public async Task<TicketDraft> UpdateAsync(Actor by, long id, TicketDraftFields fields, CancellationToken ct)
    {
        fields.Check();
        var draft = await GetAsync(by, id, ct);
        draft.Update(fields, time.UtcNow);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>Discards a draft that was never registered; nothing of it remains.</summary>
    public async Task DiscardAsync(Actor by, long id, CancellationToken ct)
    {
        var draft = await GetAsync(by, id, ct);
        db.TicketDrafts.Remove(draft);
        await db.SaveChangesAsync(ct);
    }
}
