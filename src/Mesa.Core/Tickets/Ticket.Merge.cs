using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>
/// Duplicates and tickets that hold two requests. The same fault reported twice is followed once (Guía §14
/// "Incidencias/peticiones relacionadas"); a ticket that asks for two things is worked as two, each against its ANS.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>The ticket this duplicate was merged into, where its follow-up continues.</summary>
    public long? MergedIntoId { get; private set; }

    public Ticket? MergedInto { get; private set; }

    /// <summary>The ticket this one was split from: its clock runs from that ticket's registration.</summary>
    public long? SplitFromId { get; private set; }

    public Ticket? SplitFrom { get; private set; }

    /// <summary>
    /// This ticket is a duplicate of <paramref name="target"/>: it closes, its requester and informed users become
    /// informed on the target (and are told where the follow-up continues), the two are related, and both histories
    /// say so. Its actions and files stay where they were written; the relation leads from one ticket to the other.
    /// </summary>
    public void MergeInto(Ticket target, string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        Require(target.Id != Id, Rules.MergeIntoItself);
        Require(IsOpen, Rules.MergeFinishedTicket, Code);
        Require(target.IsOpen, Rules.MergeFinishedTicket, target.Code);

        foreach (var person in _informedUsers.Select(i => i.UserId).Prepend(RequesterId)) target.InformOfMerge(person);
        if (_links.All(l => l.RelatedTicketId != target.Id))
        {
            _links.Add(new TicketLink(target.Id, by.Id, at));
            target._links.Add(new TicketLink(Id, by.Id, at));
        }

        WithdrawApproval();
        MoveTo(TicketState.Closed, TicketEventKind.Merged, reason, by, at, notePublished: true);
        _events[^1].Field = MergedIntoField;
        _events[^1].NewValue = target.Code;
        MergedIntoId = target.Id;
        MergedInto = target;
        ClosedAt = at;
        ClosureResult = Tickets.ClosureResult.Merged;
        Notify(NotificationKind.Merged, null, by, at);
        Touch(by, at);

        target.Record(new TicketEvent(TicketEventKind.MergedHere, by.Id, at, reason, published: false)
        {
            Field = MergedFromField,
            NewValue = Code,
        });
        target.Touch(by, at);
    }

    public const string MergedIntoField = "mergedInto";
    public const string MergedFromField = "mergedFrom";
    public const string SplitField = "split";

    /// <summary>The people of a merged duplicate follow the target by e-mail from its actions on, unless they already do.</summary>
    private void InformOfMerge(long userId)
    {
        if (userId == RequesterId || _informedUsers.Any(i => i.UserId == userId)) return;
        _informedUsers.Add(new InformedUser(userId, onCreation: false, onActions: true, onResolution: true, onClosure: true));
    }

    /// <summary>
    /// This ticket, just registered with a part of <paramref name="original"/>'s request, takes the original's
    /// registration instant, so that its ANS counts from when the user asked; both histories say so.
    /// </summary>
    public void ContinueFrom(Ticket original, string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        Require(original.IsOpen, Rules.SplitFinishedTicket);

        CreatedAt = original.CreatedAt;
        SplitFromId = original.Id;
        SplitFrom = original;
        Record(new TicketEvent(TicketEventKind.SplitFrom, by.Id, at, reason, published: true)
        {
            Field = SplitField,
            NewValue = original.Code,
        });
        original.Record(new TicketEvent(TicketEventKind.Split, by.Id, at, reason, published: true)
        {
            Field = SplitField,
            NewValue = Code,
        });
        original.Touch(by, at);
    }
}
