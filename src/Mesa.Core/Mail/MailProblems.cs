using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Mail.Inbound;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Mail;

/// <summary>
/// What the administrators see of mail Mesa could not handle, newest first: the messages of the service mailboxes it
/// could not take (<see cref="RefusedMail"/>), waiting for another try or already in the mailbox's error folder, and
/// the e-mails it set aside because they could never be sent as they stand.
/// </summary>
public sealed class MailProblems(MesaDbContext db, OrganisationTime time)
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

    /// <summary>The e-mails set aside because they could never be sent as they stand, newest first.</summary>
    public async Task<PageOf<UndeliveredMailEntry>> UndeliveredAsync(CancellationToken ct)
    {
        var failed = db.Notifications.Where(n => n.Status == NotificationStatus.Failed);
        var total = await failed.CountAsync(ct);
        var items = await failed.AsNoTracking().OrderByDescending(n => n.Id).Take(Limit)
            .Select(n => new UndeliveredMailEntry(n.Id, n.TicketId, n.ChangeId,
                n.TicketId != null
                    ? db.Tickets.Where(t => t.Id == n.TicketId).Select(t => t.Code).First()
                    : n.ChangeId != null
                        ? db.Changes.Where(c => c.Id == n.ChangeId).Select(c => c.Code).First()
                        : db.ReportSchedules.Where(s => s.Id == n.Delivery!.ScheduleId).Select(s => s.Name).First(), n.Kind,
                db.Users.Where(u => u.Id == n.RecipientUserId).Select(u => u.UserName).FirstOrDefault(),
                n.RecipientAddress ?? db.Users.Where(u => u.Id == n.RecipientUserId).Select(u => u.Email).FirstOrDefault(),
                db.Groups.Where(g => g.Id == n.RecipientGroupId).Select(g => g.Name).FirstOrDefault(), n.ToSupervisors,
                n.Undeliverable ?? UndeliverableReason.NoRecipient, n.LastError ?? "", n.Attempts, n.CreatedAt)
            {
                ReportScheduleId = n.Delivery == null ? null : n.Delivery.ScheduleId,
            })
            .ToListAsync(ct);
        return new PageOf<UndeliveredMailEntry>(items, total);
    }

    /// <summary>Sends a set-aside e-mail again, on the next run of mail-send.</summary>
    public async Task SendAgainAsync(long id, CancellationToken ct)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new NotFoundException(Rules.NotificationNotFound, id);
        notification.Requeue(time.UtcNow);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// An e-mail Mesa owes someone and set aside, as the admin's page and API show it; about a ticket or a change (its
/// code), or a scheduled report (its name).
/// </summary>
public sealed record UndeliveredMailEntry(long Id, long? TicketId, long? ChangeId, string Code, NotificationKind Kind,
    string? RecipientUser, string? RecipientEmail, string? RecipientGroup, bool ToSupervisors, UndeliverableReason Reason,
    string Detail, int Attempts, DateTimeOffset CreatedAt)
{
    public int? ReportScheduleId { get; init; }
}

/// <summary>A message Mesa could not take, as the admin's page and API show it.</summary>
public sealed record RefusedMailEntry(long Id, string Mailbox, string MessageKey, string From, string Subject, long Size,
    MailRefusalReason Reason, string Detail, int Tries, DateTimeOffset FirstAt, DateTimeOffset LastAt,
    DateTimeOffset? MovedAt);
