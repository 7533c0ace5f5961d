using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>Guía §15.1 "Correos desde la aplicación": Notificar, from a ticket, without editing it.</summary>
public sealed partial class Ticket
{
    public const int NoticeSubjectMaxLength = 200;

    /// <summary>
    /// An agent writes to people of the ticket — its requester, informed users, agent or the members of its group —
    /// in any state. The message is an action of the ticket (published when a requester or informed user receives
    /// it, so that the portal shows what they were sent), one e-mail per recipient queued in the outbox with the
    /// subject, and the ticket's report when one is given; a reply to it threads back to the ticket like any other.
    /// </summary>
    public TicketAction SendNotice(string? subject, string? text, IReadOnlyCollection<long> recipients,
        IReadOnlySet<long> groupMembers, Attachments.NewAttachment? report, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        RequireText(subject, "subject", NoticeSubjectMaxLength);
        var body = RequireWords(text, "text", Rules.TextRequired, TextMaxLength);
        if (recipients.Count == 0) throw new InputException("recipients", Rules.NoticeNeedsRecipient);
        var stranger = recipients.FirstOrDefault(r => !IsParticipant(r) && r != AgentId && !groupMembers.Contains(r));
        if (stranger != 0) throw new InputException("recipients", Rules.NoticeOnlyTicketPeople);

        var published = recipients.Any(IsParticipant);
        var action = AddAction(TicketActionKind.Notice, body, published, by, at);
        // The report goes with the message and stays with its action, as sent; a finished ticket may be reported on.
        if (report is not null)
        {
            _attachments.Add(new Attachments.Attachment(report.File, report.FileName, report.ContentType, published, action,
                by.Id, at));
            Record(new TicketEvent(TicketEventKind.AttachmentAdded, by.Id, at, null, published)
            {
                Field = "attachment",
                NewValue = report.FileName,
            });
        }

        foreach (var person in recipients.Distinct())
            _notifications.Add(new Notification(NotificationKind.Notice, person, null, action, at) { Subject = subject!.Trim() });
        Record(new TicketEvent(TicketEventKind.NotificationQueued, by.Id, at, null, published: false)
        {
            Field = "notification",
            NewValue = nameof(NotificationKind.Notice),
        });
        Touch(by, at);
        return action;
    }
}
