using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// The <c>mail-fetch</c> job (Guía §6 "Correo electrónico"): reads every mailbox in force (<see cref="Mailboxes"/>) and hands each message to
/// <see cref="MailIntake"/>. Nothing stops it for good: a mailbox that cannot be reached does not stop the others, and
/// a message that cannot be taken is recorded as a <see cref="RefusedMail"/>, tried again on the next runs and then
/// moved to the mailbox's error folder, while the run goes on with the next message.
/// </summary>
public sealed class MailFetch(IMailboxReader reader, MailIntake intake, Mailboxes mailboxes, MesaDbContext db,
    OrganisationTime time, IOptions<MesaSettings> settings, ILogger<MailFetch> log)
{
    /// <summary>How many messages became something (a ticket, a comment, a recorded auto-reply).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var taken = 0;
        var limits = new MailReadLimits(MaxMessageBytes(settings.Value), AttachmentLimits.MaxBytes(settings.Value));
        foreach (var mailbox in await mailboxes.InForceAsync(ct))
        {
            try
            {
                await reader.ReadAsync(mailbox, limits, async waiting =>
                {
                    var (verdict, outcome) = await TakeAsync(mailbox, waiting, ct);
                    if (outcome is not null) taken++;
                    return verdict;
                }, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Mailbox {Mailbox} could not be read", mailbox.Address);
            }
        }

        return taken;
    }

    public static long MaxMessageBytes(MesaSettings settings) => (long)(settings.MailMaxMegabytes * 1024 * 1024);

    private async Task<(MailVerdict, ReceivedMailOutcome?)> TakeAsync(MailboxSettings mailbox, WaitingMail waiting,
        CancellationToken ct)
    {
        try
        {
            if (waiting.Mail is not { } mail)
                return (await RefuseAsync(mailbox, waiting, waiting.Unread ?? MailRefusalReason.Unreadable,
                    waiting.UnreadDetail ?? "", ct), null);
            var outcome = await intake.TakeAsync(mailbox, mail, ct);
            // Taken at last: a failure recorded on an earlier run (or a message an admin put back) is settled.
            var key = RefusedMail.KeyOf(waiting);
            await db.RefusedMails.Where(r => r.Mailbox == mailbox.Address && r.MessageKey == key).ExecuteDeleteAsync(ct);
            return (MailVerdict.Taken, outcome);
        }
        catch (MailRefusedException refused)
        {
            return (await RefuseAsync(mailbox, waiting, refused.Reason, refused.Message, ct), null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogWarning(error, "Message {MessageKey} from {Mailbox} could not be taken", waiting.Key, mailbox.Address);
            return (await RefuseAsync(mailbox, waiting, MailRefusalReason.Failed, ErrorText.Describe(error), ct), null);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<MailVerdict> RefuseAsync(MailboxSettings mailbox, WaitingMail waiting, MailRefusalReason reason,
        string detail, CancellationToken ct)
    {
        // Whatever the failed try left in the context is not saved with the record of its failure.
        db.ChangeTracker.Clear();
        var now = time.UtcNow;
        var key = RefusedMail.KeyOf(waiting);
        var record = await db.RefusedMails.SingleOrDefaultAsync(r => r.Mailbox == mailbox.Address && r.MessageKey == key, ct)
            ?? db.RefusedMails.Add(new RefusedMail(mailbox.Address, waiting, now)).Entity;
        var moved = record.Failed(reason, detail, now);
        await db.SaveChangesAsync(ct);
        if (moved)
        {
            log.LogWarning("Message {MessageKey} from {Mailbox} moved to {Folder}: {Reason} {Detail}", waiting.Key,
                mailbox.Address, mailbox.ErrorFolder, reason, detail);
        }

        return moved ? MailVerdict.Refused : MailVerdict.Later;
    }
}
