using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail;

/// <summary>
/// The <c>mail-send</c> job: sends what the outbox holds, oldest first. Each sent
/// message is marked and recorded in its ticket's history in one commit; a failure of the server waits with back-off
/// and is tried again, so that an SMTP outage loses nothing. A message that can never be sent as it stands (nobody to
/// send it to, it cannot be written, the server refuses it for good) is set aside for the administrators and the rest
/// flows. A crash between sending and committing sends the same message again
/// with the same Message-ID, which mail readers and Mesa's own intake recognise as one.
/// </summary>
public sealed class MailOutbox(MesaDbContext db, IMailTransport transport, OrganisationTime time, Actors actors,
    IOptions<MesaSettings> settings, IConfirmationLinks confirmations, IApprovalLinks approvals,
    Attachments.IAttachmentStore files, MailTemplates templates, ILogger<MailOutbox> log)
{
    public const int BatchSize = 200;

    private readonly MailText _text = new(CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        if (!transport.IsConfigured) return 0;
        var now = time.UtcNow;
        var due = await db.Notifications
            .Where(n => n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now)
            .OrderBy(n => n.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;

        var system = await actors.SystemAsync(ct);
        var words = await templates.AutomaticAsync(ct);
        var sent = 0;
        foreach (var notification in due)
        {
            OutgoingMail? mail;
            try
            {
                mail = await ComposeAsync(notification, words, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogError(error, "Mail {MessageId} could not be composed", notification.MessageId);
                await UndeliverableAsync(notification, UndeliverableReason.NotComposed, ErrorText.Describe(error), ct);
                continue;
            }

            if (mail is null)
            {
                await UndeliverableAsync(notification, UndeliverableReason.NoRecipient, "No recipient with an e-mail address.", ct);
                continue;
            }

            try
            {
                await transport.SendAsync(mail, ct);
            }
            catch (MailRefusedByServerException refused)
            {
                // This message will never be taken; the next ones may be.
                log.LogWarning(refused, "Mail {MessageId} refused by the server for good", notification.MessageId);
                await UndeliverableAsync(notification, UndeliverableReason.RefusedByServer, refused.Message, ct);
                continue;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The server is down or refused: this one waits its back-off; the rest wait for the next run.
                log.LogWarning(error, "Mail {MessageId} not sent (attempt {Attempt})", notification.MessageId,
                    notification.Attempts + 1);
                notification.MarkRetry(error.Message, time.UtcNow);
                await db.SaveChangesAsync(ct);
                break;
            }

            var at = time.UtcNow;
            notification.MarkSent(at);
            var recipients = string.Join(", ", mail.To.Select(r => r.Address));
            if (notification.TicketId is { } ticketId)
                db.TicketEvents.Add(TicketEvent.MailSent(ticketId, system.Id, at, notification.Kind.ToString(), recipients));
            else if (notification.ChangeId is { } changeId)
                db.Add(Changes.ChangeEvent.MailSent(changeId, system.Id, at,
                    await db.Changes.Where(c => c.Id == changeId).Select(c => c.State).SingleAsync(ct), recipients));
            await db.SaveChangesAsync(ct);
            sent++;
        }

        return sent;
    }

    private async Task UndeliverableAsync(Notification notification, UndeliverableReason reason, string detail,
        CancellationToken ct)
    {
        notification.MarkUndeliverable(reason, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The e-mail of a notification: the kind's words (the organisation's own or the built-in ones, marks filled) or a
    /// Notificar message's subject and text; then the action's text, the link, the Correcta/Incorrecta links and the
    /// footer, which no template can remove.
    /// </summary>
    private async Task<OutgoingMail?> ComposeAsync(Notification notification,
        IReadOnlyDictionary<NotificationKind, MailTemplates.MailWords> words, CancellationToken ct)
    {
        if (notification.ChangeId is { } changeId) return await ComposeChangeAsync(notification, changeId, ct);
        if (notification.ReportDeliveryId is { } deliveryId) return await ComposeReportAsync(notification, deliveryId, ct);
        if (notification.Kind is NotificationKind.ApprovalRequest or NotificationKind.ApprovalReminder)
            return await ComposeApprovalAsync(notification, ct);
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == notification.TicketId)
            .Select(t => new
            {
                t.Id,
                t.Code,
                t.RequesterId,
                t.ResolvedAt,
                t.FirstLineService,
                t.Rating,
                MergedInto = t.MergedInto == null ? null : t.MergedInto.Code,
            }).SingleAsync(ct);
        var recipients = await RecipientsAsync(notification, ct);
        if (recipients.Count == 0) return null;

        var action = notification.ActionId is { } actionId
            ? await db.TicketActions.AsNoTracking().Where(a => a.Id == actionId).Select(a => a.Text).SingleOrDefaultAsync(ct)
            : null;
        var notice = notification.Kind == NotificationKind.Notice;
        var values = notice ? null : await templates.ValuesAsync(ticket.Id, ct);
        var paragraphs = new List<string> { _text["Greeting", recipients.Count == 1 ? recipients[0].Name : ticket.Code] };
        // Guía §15.1: a Notificar message is the agent's own text; every other kind opens with its template.
        if (!notice) paragraphs.Add(MailPlaceholders.Render(words[notification.Kind].Body, values!));
        if (!string.IsNullOrWhiteSpace(action)) paragraphs.Add(notice ? action : _text["ActionHeading"] + "\n" + action);
        // Guía §13: the reason of a rejection (an agent's, or an approver's) is the requester's to read.
        if (notification.Kind == NotificationKind.Rejection && !string.IsNullOrWhiteSpace(ticket.FirstLineService))
            paragraphs.Add(_text["RejectionReason"] + "\n" + ticket.FirstLineService);
        // A merged duplicate's people learn where its follow-up continues (they are informed on that ticket now).
        if (notification.Kind == NotificationKind.Merged && ticket.MergedInto is { } continues)
            paragraphs.Add(_text["MergedInto", continues]);
        // Staff go to the console; requesters and informed users to the portal, where they answer and confirm.
        if (settings.Value.PublicUrl is { Length: > 0 } url)
        {
            var toStaff = notice
                ? notification.RecipientUserId is not { } recipient
                    || !await db.Tickets.Where(t => t.Id == ticket.Id).FollowedBy(recipient).AnyAsync(ct)
                : ForStaff(notification);
            var page = toStaff ? "agent" : "portal";
            // Guía §10 Cerrada "Puede incluir encuesta de satisfacción": the requester answers it on the portal.
            if (notification.Kind == NotificationKind.Closure && notification.RecipientUserId == ticket.RequesterId
                && ticket.Rating is null && settings.Value.SurveyEnabled)
            {
                var question = settings.Value.SurveyQuestion;
                paragraphs.Add(_text["Survey", string.IsNullOrWhiteSpace(question) ? _text["Survey.Question"] : question]);
            }

            paragraphs.Add(_text["Link", $"{url.TrimEnd('/')}/{page}/tickets/{ticket.Id}"]);
            // Guía §14.4: the requester answers Correcta / Incorrecta from the mail itself.
            if (notification.Kind == NotificationKind.Resolution && notification.RecipientUserId == ticket.RequesterId
                && ticket.ResolvedAt is { } resolvedAt)
            {
                var token = Uri.EscapeDataString(confirmations.Token(new ConfirmationGrant(ticket.Id, ticket.RequesterId, resolvedAt)));
                paragraphs.Add(_text["Confirm.Correct", $"{url.TrimEnd('/')}/portal/confirm?answer=correct&t={token}"]);
                paragraphs.Add(_text["Confirm.Incorrect", $"{url.TrimEnd('/')}/portal/confirm?answer=incorrect&t={token}"]);
            }
        }
        paragraphs.Add(_text["Footer", ticket.Code]);

        var subject = notice
            ? $"[{ticket.Code}] {notification.Subject}"
            : $"[{ticket.Code}] {MailPlaceholders.Render(words[notification.Kind].Subject, values!)}";
        return new OutgoingMail(notification.MessageId, recipients, subject, MailBody.Text(paragraphs),
            MailBody.Html(paragraphs, settings.Value.PublicUrl), ticket.Code)
        {
            Files = notice && notification.ActionId is { } withFiles ? await FilesOfAsync(withFiles, ct) : [],
        };
    }

    /// <summary>
    /// A change's e-mail: to an approver, what the change is and the links that decide it (Guía §10 "En Comité de
    /// control de Cambios"); to the change's people, the committee's decision.
    /// </summary>
    private async Task<OutgoingMail?> ComposeChangeAsync(Notification notification, long changeId, CancellationToken ct)
    {
        var change = await db.Changes.AsNoTracking().Where(c => c.Id == changeId)
            .Select(c => new { c.Id, c.Code, c.Title, c.Description, c.Type, c.Risk, c.PlannedStart, c.PlannedEnd, c.State })
            .SingleAsync(ct);
        var recipients = await RecipientsAsync(notification, ct);
        if (recipients.Count == 0) return null;
        // Guía §15.1 Notificar from a change: the agent's own subject and words, under the change's code.
        if (notification.Kind == NotificationKind.Notice)
        {
            List<string> notice = [_text["Greeting", recipients[0].Name], notification.Body ?? "", _text["Change.NoticeFooter", change.Code]];
            return new OutgoingMail(notification.MessageId, recipients, $"[{change.Code}] {notification.Subject}",
                MailBody.Text(notice), MailBody.Html(notice, settings.Value.PublicUrl), change.Code);
        }

        var asking = notification.Kind == NotificationKind.ChangeApproval;
        var window = change.PlannedStart is { } start && change.PlannedEnd is { } end
            ? _text["Change.Window", time.Format(start), time.Format(end)]
            : _text["Change.NoWindow"];
        var paragraphs = new List<string>
        {
            _text["Greeting", recipients.Count == 1 ? recipients[0].Name : change.Code],
            asking
                ? _text["Change.ApprovalBody", change.Code, change.Title]
                : _text["Change.DecidedBody", change.Code, change.Title, States.GetString($"ChangeState.{change.State}", _text.Culture)!],
            change.Description,
            _text["Change.Facts", Name(change.Type), Name(change.Risk)] + " " + window,
        };
        if (settings.Value.PublicUrl is { Length: > 0 } url)
        {
            var root = url.TrimEnd('/');
            if (asking && notification.RecipientUserId is { } approver)
            {
                var token = Uri.EscapeDataString(approvals.Token(new ApprovalGrant(ApprovalSubject.Change, change.Id, approver)));
                paragraphs.Add(_text["Change.Approve", $"{root}/approvals/change?decision=approve&t={token}"]);
                paragraphs.Add(_text["Change.Reject", $"{root}/approvals/change?decision=reject&t={token}"]);
            }

            paragraphs.Add(_text["Change.Link", $"{root}/agent/changes/{change.Id}"]);
        }

        paragraphs.Add(_text["Change.Footer"]);
        var subject = asking
            ? _text["Change.ApprovalSubject", change.Code, change.Title]
            : _text["Change.DecidedSubject", change.Code, States.GetString($"ChangeState.{change.State}", _text.Culture)!];
        return new OutgoingMail(notification.MessageId, recipients, subject, MailBody.Text(paragraphs),
            MailBody.Html(paragraphs, settings.Value.PublicUrl), change.Code);

        string Name(Enum value) => States.GetString($"{value.GetType().Name}.{value}", _text.Culture) ?? value.ToString();
    }

    /// <summary>
    /// A request's approval (Guía §14.2 "Flujo de trabajo"): to the step's approver, what the requester asks for, the
    /// step, and the links that decide it without signing in; a reminder says it is one.
    /// </summary>
    private async Task<OutgoingMail?> ComposeApprovalAsync(Notification notification, CancellationToken ct)
    {
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == notification.TicketId)
            .Select(t => new
            {
                t.Id,
                t.Code,
                t.Title,
                t.Description,
                Requester = t.Requester!.DisplayName,
                Service = t.Service == null ? null : t.Service.Name,
                Step = db.TicketApprovals.Where(a => a.TicketId == t.Id && a.ApproverId == notification.RecipientUserId)
                    .OrderByDescending(a => a.Position).Select(a => new { a.StepName, a.DueAt }).FirstOrDefault(),
            })
            .SingleAsync(ct);
        var recipients = await RecipientsAsync(notification, ct);
        if (recipients.Count == 0) return null;

        var reminder = notification.Kind == NotificationKind.ApprovalReminder;
        var paragraphs = new List<string>
        {
            _text["Greeting", recipients[0].Name],
            _text[reminder ? "Approval.ReminderBody" : "Approval.Body", ticket.Requester, ticket.Code, ticket.Title,
                ticket.Step?.StepName ?? ""],
            ticket.Description,
        };
        // The answers to the template's fields are what the approver weighs (the reason, the dates).
        var fields = await db.Set<TicketField>().Where(f => f.TicketId == ticket.Id).OrderBy(f => f.Position)
            .Select(f => f.Label + ": " + f.Value).ToListAsync(ct);
        if (fields.Count > 0) paragraphs.Add(string.Join('\n', fields));
        if (ticket.Service is not null) paragraphs.Add(_text["Approval.Service", ticket.Service]);
        if (ticket.Step?.DueAt is { } due) paragraphs.Add(_text["Approval.Due", time.Format(due)]);
        if (settings.Value.PublicUrl is { Length: > 0 } url && notification.RecipientUserId is { } approver)
        {
            var root = url.TrimEnd('/');
            var token = Uri.EscapeDataString(approvals.Token(new ApprovalGrant(ApprovalSubject.Ticket, ticket.Id, approver)));
            paragraphs.Add(_text["Approval.Approve", $"{root}/approvals/ticket?decision=approve&t={token}"]);
            paragraphs.Add(_text["Approval.Reject", $"{root}/approvals/ticket?decision=reject&t={token}"]);
            paragraphs.Add(_text["Approval.Portal", $"{root}/portal/approvals"]);
        }

        paragraphs.Add(_text["Approval.Footer"]);
        var subject = _text[reminder ? "Approval.ReminderSubject" : "Approval.Subject", ticket.Code, ticket.Title];
        return new OutgoingMail(notification.MessageId, recipients, subject, MailBody.Text(paragraphs),
            MailBody.Html(paragraphs, settings.Value.PublicUrl), ticket.Code);
    }

    /// <summary>A scheduled report (Guía §4): its words and its file, to one address or to a group's supervisors.</summary>
    private async Task<OutgoingMail?> ComposeReportAsync(Notification notification, long deliveryId, CancellationToken ct)
    {
        var recipients = notification.RecipientAddress is { } address
            ? [new MailRecipient(address, address)]
            : await RecipientsAsync(notification, ct);
        if (recipients.Count == 0) return null;
        var file = await db.ReportDeliveries.AsNoTracking().Where(d => d.Id == deliveryId)
            .Select(d => new { d.FileName, d.ContentType, d.Content }).SingleAsync(ct);
        var paragraphs = new List<string> { notification.Body ?? "", _text["ReportFooter"] };
        return new OutgoingMail(notification.MessageId, recipients, notification.Subject ?? file.FileName, MailBody.Text(paragraphs),
            MailBody.Html(paragraphs, settings.Value.PublicUrl))
        {
            Files = [new MailFile(file.FileName, file.ContentType, file.Content)],
        };
    }

    private static readonly System.Resources.ResourceManager States = new("Mesa.Core.Common.Messages", typeof(MailOutbox).Assembly);

    /// <summary>The files kept with the action the message carries (a Notificar message's report), as sent.</summary>
    private async Task<IReadOnlyList<MailFile>> FilesOfAsync(long actionId, CancellationToken ct)
    {
        var attached = await db.Attachments.AsNoTracking().Where(a => a.ActionId == actionId).OrderBy(a => a.Id)
            .Select(a => new { a.FileName, a.ContentType, a.Sha256 }).ToListAsync(ct);
        var result = new List<MailFile>();
        foreach (var file in attached)
        {
            await using var content = files.OpenRead(file.Sha256)
                ?? throw new InvalidOperationException($"Attachment {file.Sha256} is missing from the store.");
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes, ct);
            result.Add(new MailFile(file.FileName, file.ContentType, bytes.ToArray()));
        }

        return result;
    }

    private static bool ForStaff(Notification n) => n.RecipientGroupId is not null
        || n.Kind is NotificationKind.Assignment or NotificationKind.UserReply or NotificationKind.SlaWarning
            or NotificationKind.SlaBreach or NotificationKind.HeldMail;

    private async Task<IReadOnlyList<MailRecipient>> RecipientsAsync(Notification n, CancellationToken ct)
    {
        IQueryable<User> people;
        if (n.RecipientUserId is { } userId)
        {
            people = db.Users.Where(u => u.Id == userId);
        }
        else
        {
            var role = n.ToSupervisors ? GroupRole.Supervisor : GroupRole.Member;
            people = db.Users.Where(u => db.GroupMemberships.Any(m =>
                m.GroupId == n.RecipientGroupId && m.UserId == u.Id && m.Role == role));
        }

        return await people.Where(u => !u.IsSystem && u.Email != null && u.Email != "")
            .OrderBy(u => u.Id).Select(u => new MailRecipient(u.DisplayName, u.Email!)).ToListAsync(ct);
    }
}
