using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail.Inbound;

/// <summary>Mesa's inbound mailboxes, from the settings files and from the browser, as the mail jobs read them.</summary>
public sealed class Mailboxes(MesaDbContext db, StoredSecrets secrets, IOptions<MesaSettings> settings)
{
    /// <summary>
    /// Every mailbox <c>mail-fetch</c> reads: those of the settings files, then the browser's that are on, each with
    /// its password in the clear (one the keys can no longer read is empty, and its sign-in fails in the log).
    /// </summary>
    public async Task<IReadOnlyList<MailboxSettings>> InForceAsync(CancellationToken ct)
    {
        var kept = await db.Mailboxes.AsNoTracking().Include(m => m.Service).Where(m => m.Active).OrderBy(m => m.Id).ToListAsync(ct);
        return [.. settings.Value.Mailboxes.Where(m => m.IsConfigured),
            .. kept.Select(m => m.AsSettings(secrets.Unprotect(m.ProtectedPassword) ?? ""))];
    }

    /// <summary>Every address that is one of Mesa's own mailboxes, turned off or not: mail from it is never a person's.</summary>
    public async Task<HashSet<string>> AddressesAsync(CancellationToken ct)
    {
        var kept = await db.Mailboxes.AsNoTracking().Select(m => m.Address).ToListAsync(ct);
        return settings.Value.Mailboxes.Select(m => m.Address).Concat(kept).Where(a => a.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
