using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>The Investigación tab (Guía §14.3, §15) and the substates of §10.</summary>
public sealed partial class Ticket
{
    /// <summary>Guía §14.3 "1ª Respuesta usuario": available once per ticket; it measures the first response time.</summary>
    public TicketAction RecordFirstResponse(string? text, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(Standing.IsAssigned, Rules.ActionNeedsAssignedTicket, State);
        Require(!Standing.FirstResponseGiven, Rules.FirstResponseOnlyOnce);

        FirstResponseAt = at;
        RespondedAt ??= at;
        var action = AddAction(TicketActionKind.FirstResponse, body, published: true, by, at);
        Notify(NotificationKind.PublishedAction, action, by, at);
        Touch(by, at);
        return action;
    }

    /// <summary>
    /// Guía §14.3 and §15 "Pregunta al usuario": the question is published in the portal and e-mailed to the user,
    /// and the ticket waits in "Pendiente respuesta del usuario", which stops the clock.
    /// </summary>
    public TicketAction AskUser(string? text, Substate pendingUser, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(Standing.IsAssigned, Rules.ActionNeedsAssignedTicket, State);

        var action = AddAction(TicketActionKind.Question, body, published: true, by, at);
        ChangeSubstate(pendingUser, null, by, at, published: true);
        Notify(NotificationKind.Question, action, by, at);
        Touch(by, at);
        return action;
    }

    /// <summary>
    /// Guía §15.2 "Soporte remoto": before connecting to the user's computer the agent "deberá informar al mismo de la
    /// respectiva toma de su equipo ... mediante la aplicación Microsoft Teams". The notice (with the meeting's link)
    /// is kept as a published action of the ticket and e-mailed to the user, so the ticket shows they were told.
    /// </summary>
    public TicketAction AnnounceRemoteSupport(string? text, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(Standing.IsAssigned, Rules.ActionNeedsAssignedTicket, State);

        var action = AddAction(TicketActionKind.RemoteSupport, body, published: true, by, at);
        Notify(NotificationKind.PublishedAction, action, by, at);
        Touch(by, at);
        return action;
    }

    /// <summary>
    /// Guía §14.3 "Respuesta de técnico": the agent writes down the answer the user gave (by phone, in person).
    /// A pending question is then answered: the ticket moves to "Con respuesta del usuario" and the clock runs.
    /// </summary>
    public TicketAction RecordTechnicianAnswer(string? text, bool published, Substate userReplied, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(Standing.IsAssigned, Rules.ActionNeedsAssignedTicket, State);

        var action = AddAction(TicketActionKind.TechnicianAnswer, body, published, by, at);
        if (Substate?.Code == Substates.PendingUser) ChangeSubstate(userReplied, null, by, at, published: true);
        if (published) Notify(NotificationKind.PublishedAction, action, by, at);
        Touch(by, at);
        return action;
    }

    /// <summary>
    /// Guía §14.3 "Acciones realizadas" and "Acción publicada": an annotation of the work done, which the requester
    /// sees only when published.
    /// </summary>
    public TicketAction AddNote(string? text, bool published, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(IsOpen, Rules.NoteNotAllowedInState, State);

        var action = AddAction(TicketActionKind.Note, body, published, by, at);
        if (published) Notify(NotificationKind.PublishedAction, action, by, at);
        Touch(by, at);
        return action;
    }

    /// <summary>
    /// Guía §14.3 "Firma solución": Asignada → Resuelta. The signer is remembered, because an "Incorrecta" returns
    /// the ticket to them (§14.4); the substate ends with the investigation.
    /// </summary>
    public TicketAction SignSolution(string? text, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(Standing.IsAssigned, Rules.TransitionNotAllowed, State, TicketState.Resolved);

        var action = AddAction(TicketActionKind.Solution, body, published: true, by, at);
        MoveTo(TicketState.Resolved, TicketEventKind.SolutionSigned, body, by, at, notePublished: true);
        SolutionSignedById = by.Id;
        AgentId ??= by.Id;
        ResolvedAt = at;
        RespondedAt ??= at;
        Notify(NotificationKind.Resolution, action, by, at);
        Touch(by, at);
        return action;
    }

    /// <summary>
    /// Guía §10: agents set and clear the manual substates; the automatic ones (pending-user, user-replied) are the
    /// system's, set by a question and by the user's answer.
    /// </summary>
    public void SetSubstate(Substate? substate, string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        Require(Standing.IsAssigned, Rules.SubstateNeedsAssignedTicket, State);
        Require(substate is null || !substate.Automatic, Rules.SubstateIsAutomatic, substate?.Name ?? "");
        Require(substate is null || substate.State == State, Rules.SubstateOfOtherState, substate?.Name ?? "", State);
        Require(substate?.Id != SubstateId, Rules.SubstateUnchanged);

        ChangeSubstate(substate, reason, by, at, published: false);
        Touch(by, at);
    }

    /// <summary>
    /// Guía §14.3: the requester (or an informed user) answers from the portal, the API or by e-mail. An answer to a
    /// pending question moves the ticket to "Con respuesta del usuario"; the agent is told either way.
    /// </summary>
    public TicketAction Reply(string? text, Substate userReplied, Actor by, DateTimeOffset at)
    {
        var body = RequireActionText(text);
        Require(IsParticipant(by.Id), Rules.ReplyOnlyParticipants);
        Require(IsOpen, Rules.ReplyOnFinishedTicket, State);

        var action = AddAction(TicketActionKind.UserReply, body, published: true, by, at);
        if (Substate?.Code == Substates.PendingUser) ChangeSubstate(userReplied, null, by, at, published: true);
        Notify(NotificationKind.UserReply, action, by, at);
        Touch(by, at);
        return action;
    }

    private void ChangeSubstate(Substate? to, string? note, Actor by, DateTimeOffset at, bool published)
    {
        Record(new TicketEvent(TicketEventKind.SubstateChanged, by.Id, at, note, published)
        {
            FromState = State,
            ToState = State,
            FromSubstate = Substate?.Code,
            ToSubstate = to?.Code,
        });
        Substate = to;
        SubstateId = to?.Id;
        UpdateClockStops(to is { PausesSla: true } ? to.Code : null, at, to?.StopsClock ?? true, to?.ExtendsDueDate ?? true);
    }
}
