using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Data;

/// <summary>
/// Writes many new tickets at once, with their history, actions and clock stops, inside the caller's transaction:
/// EF Core's SaveChanges (SQLite), or binary COPY on PostgreSQL, where a hundred thousand tickets brought from the
/// desk before Mesa take seconds instead of minutes. The tickets come untracked and leave untracked.
/// </summary>
public interface ITicketBulkInsert
{
    Task InsertAsync(MesaDbContext db, IReadOnlyList<Ticket> tickets, CancellationToken ct);
}

/// <summary>The tickets saved as any other new ticket.</summary>
public sealed class SaveChangesTicketBulkInsert : ITicketBulkInsert
{
    public async Task InsertAsync(MesaDbContext db, IReadOnlyList<Ticket> tickets, CancellationToken ct)
    {
        db.Tickets.AddRange(tickets);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
