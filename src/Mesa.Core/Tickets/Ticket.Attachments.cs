using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

public sealed partial class Ticket
{
    private readonly List<Attachment> _attachments = [];

    public IReadOnlyCollection<Attachment> Attachments => _attachments;

    /// <summary>
    /// Guía §14 "Información adicional – Adjuntos": a file joins the ticket, in its history. A requester's file is
    /// published (they sent it); staff choose. Files stay when the ticket is finished, but none is added then.
    /// </summary>
    public Attachment Attach(StoredFile file, string fileName, string contentType, bool published, TicketAction? action,
        Actor by, DateTimeOffset at)
    {
        Require(IsOpen, Rules.AttachOnFinishedTicket, State);
        Require(by.IsStaff || IsParticipant(by.Id), Rules.ReplyOnlyParticipants);
        // A held mail's files wait with it (Ticket.HeldMail).
        var visible = action?.Kind != TicketActionKind.HeldMail && (published || !by.IsStaff);
        var attachment = new Attachment(file, fileName, contentType, visible, action, by.Id, at);
        _attachments.Add(attachment);
        Record(new TicketEvent(TicketEventKind.AttachmentAdded, by.Id, at, null, visible)
        {
            Field = "attachment",
            NewValue = fileName,
        });
        Touch(by, at);
        return attachment;
    }
}
