namespace Mesa.Core.Data;

/// <summary>
/// Saves a job's page of many changed tickets, with their new history lines and e-mails, in one transaction. The domain
/// changes the tickets as always; only the way to the database differs: EF Core's SaveChanges (SQLite), or binary COPY
/// and one set-based UPDATE on PostgreSQL, where a statement per row costs more than the work itself (10,000
/// assignments in under 5 s). Like SaveChanges, it throws DbUpdateConcurrencyException and saves nothing when one of
/// the tickets changed meanwhile.
/// </summary>
public interface IBatchSaver
{
    Task SaveAsync(MesaDbContext db, CancellationToken ct);
}

/// <summary>The batch saved as any other change.</summary>
public sealed class SaveChangesBatchSaver : IBatchSaver
{
    public Task SaveAsync(MesaDbContext db, CancellationToken ct) => db.SaveChangesAsync(ct);
}
