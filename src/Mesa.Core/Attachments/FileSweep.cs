using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Attachments;

/// <summary>
/// The <c>file-sweep</c> job: deletes from the store the files no attachment names (the files of a post that failed
/// after they were stored, a message the intake could not take) once they are older than <see cref="Grace"/>, long
/// after any request that stored them has ended. So a refused upload never stays.
/// </summary>
public sealed class FileSweep(IAttachmentStore store, MesaDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    private const int Batch = 500;

    /// <summary>How many files were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - Grace;
        var old = store.List().Where(f => f.WrittenAt < before).Select(f => f.Sha256).ToList();
        var swept = 0;
        foreach (var batch in old.Chunk(Batch))
        {
            var named = await db.Attachments.Where(a => batch.Contains(a.Sha256)).Select(a => a.Sha256).Distinct()
                .ToListAsync(ct);
            foreach (var sha256 in batch.Except(named))
            {
                store.Delete(sha256);
                swept++;
            }
        }

        return swept;
    }
}
