using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>
/// Mail whose sender could not be verified (docs/mail.md, "Forged senders"). The mailboxes face the internet and a
/// From line is only what the sender typed, so a mail that would have been a requester's reply (Guía §14.3) or an
/// agent's note waits, internal, until an agent of the ticket judges it.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>Holds the mail as its claimed sender's, unpublished; the ticket's agent (or group) is told.</summary>
    public TicketAction HoldMail(string? text, Actor claimedSender, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(IsOpen, Rules.ReplyOnFinishedTicket, State);
        Require(Standing.IsParticipant(claimedSender.Id) || Standing.IsWorkedBy(claimedSender), Rules.ReplyOnlyParticipants);

        var action = AddAction(TicketActionKind.HeldMail, body, published: false, claimedSender, at);
        Record(new TicketEvent(TicketEventKind.MailHeld, claimedSender.Id, at, null, published: false));
        // The words stay on the ticket: the mail only says that something waits there.
        Notify(NotificationKind.HeldMail, null, claimedSender, at);
        Touch(claimedSender, at);
        return action;
    }

    /// <summary>
    /// An agent accepts a held mail as its sender's: a participant's becomes their reply, with what a reply does (a
    /// pending question is answered, Guía §14.3) and its files published; anyone else's becomes an internal note.
    /// </summary>
    public TicketAction AcceptHeldMail(long actionId, Substate userReplied, Actor by, DateTimeOffset at)
    {
        var action = HeldAction(actionId, by);
        if (IsParticipant(action.AuthorId))
        {
            action.Become(TicketActionKind.UserReply, published: true);
            foreach (var file in _attachments.Where(a => a.ActionId == action.Id)) file.Publish();
            if (Substate?.Code == Substates.PendingUser) ChangeSubstate(userReplied, null, by, at, published: true);
        }
        else
        {
            action.Become(TicketActionKind.Note, published: false);
        }

        Record(new TicketEvent(TicketEventKind.MailAccepted, by.Id, at, null, action.Published)
        {
            Field = "action",
            NewValue = action.Kind.ToString(),
        });
        Touch(by, at);
        return action;
    }

    /// <summary>An agent judges that a held mail is not its sender's: it stays, internal, and changes nothing.</summary>
    public TicketAction DiscardHeldMail(long actionId, string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        var action = HeldAction(actionId, by);
        action.Become(TicketActionKind.DiscardedMail, published: false);
        Record(new TicketEvent(TicketEventKind.MailDiscarded, by.Id, at, reason, published: false));
        Touch(by, at);
        return action;
    }

    private TicketAction HeldAction(long actionId, Actor by)
    {
        // Whoever may write the ticket's notes judges its held mail.
        Require(Standing.Allows(TicketCommand.Note, by), Rules.NoteNotAllowedInState, State);
        var action = _actions.SingleOrDefault(a => a.Id == actionId && a.Kind == TicketActionKind.HeldMail);
        Require(action is not null, Rules.MailNotHeld, actionId);
        return action!;
    }
}
