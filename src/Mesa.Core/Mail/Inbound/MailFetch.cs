using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// The <c>mail-fetch</c> job (Guía §6 "Correo electrónico"): reads every configured mailbox and hands
/// each message to <see cref="MailIntake"/>. A mailbox that cannot be reached does not stop the others; a message
/// that fails stays in its folder and is tried again next run.
/// </summary>
public sealed class MailFetch(IMailboxReader reader, MailIntake intake, MesaDbContext db, IOptions<MesaSettings> settings,
    ILogger<MailFetch> log)
{
    /// <summary>How many messages became something (a ticket, a comment, a recorded auto-reply).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var taken = 0;
        var maxBytes = AttachmentLimits.MaxBytes(settings.Value);
        foreach (var mailbox in settings.Value.Mailboxes.Where(m => m.IsConfigured))
        {
            try
            {
                await reader.ReadAsync(mailbox, maxBytes, async mail =>
                {
                    try
                    {
                        if (await intake.TakeAsync(mailbox, mail, ct) is not null) taken++;
                        return true;
                    }
                    catch (Exception error) when (error is not OperationCanceledException)
                    {
                        log.LogWarning(error, "Message {MessageId} from {Mailbox} left for the next run", mail.MessageId,
                            mailbox.Address);
                        return false;
                    }
                    finally
                    {
                        db.ChangeTracker.Clear();
                    }
                }, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Mailbox {Mailbox} could not be read", mailbox.Address);
            }
        }

        return taken;
    }
}
