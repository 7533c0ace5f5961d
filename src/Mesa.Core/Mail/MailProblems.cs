using Mesa.Core.Data;
using Mesa.Core.Mail.Inbound;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Mail;

/// <summary>
/// What the administrators see of mail Mesa could not handle: the messages of the service mailboxes it could not take
/// (<see cref="RefusedMail"/>), newest first, waiting for another try or already in the mailbox's error folder.
/// </summary>
public sealed class MailProblems(MesaDbContext db)
{
    /// <summary>How many are listed; older ones stay in the database and in the error folders.</summary>
    public const int Limit = 200;

    public async Task<PageOf<RefusedMailEntry>> RefusedAsync(CancellationToken ct)
    {
        var total = await db.RefusedMails.CountAsync(ct);
        var items = await db.RefusedMails.AsNoTracking().OrderByDescending(r => r.Id).Take(Limit)
            .Select(r => new RefusedMailEntry(r.Id, r.Mailbox, r.MessageKey, r.From, r.Subject, r.Size, r.Reason, r.Detail,
                r.Tries, r.FirstAt, r.LastAt, r.MovedAt))
            .ToListAsync(ct);
        return new PageOf<RefusedMailEntry>(items, total);
    }
}

/// <summary>A message Mesa could not take, as the admin's page and API show it.</summary>
public sealed record RefusedMailEntry(long Id, string Mailbox, string MessageKey, string From, string Subject, long Size,
    MailRefusalReason Reason, string Detail, int Tries, DateTimeOffset FirstAt, DateTimeOffset LastAt,
    DateTimeOffset? MovedAt);
