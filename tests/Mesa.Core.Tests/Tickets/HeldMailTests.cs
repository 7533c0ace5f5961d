using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>
/// A mail in a requester's or an agent's name whose sender could not be verified (docs/mail.md, "Forged senders")
/// waits on the ticket and changes nothing until an agent judges it; accepted, it is what it would have been.
/// </summary>
public sealed class HeldMailTests
{
    private static readonly Substate PendingUser = Substate(Substates.PendingUser);
    private static readonly Substate UserReplied = Substate(Substates.UserReplied);

    [Fact] // Guía §10: "Pendiente respuesta del usuario" holds until the user truly answers
    public void A_held_mail_in_the_requesters_name_changes_nothing_and_tells_the_agent_without_its_words()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 08:30"));

        var held = ticket.HoldMail("Ya está resuelto, ciérrenlo.", Usuario1, At("2026-03-02 09:00"));

        Assert.Equal((TicketActionKind.HeldMail, false, Usuario1.Id), (held.Kind, held.Published, held.AuthorId));
        Assert.Equal(Substates.PendingUser, ticket.Substate!.Code);
        var told = Assert.Single(ticket.Notifications, n => n.Kind == NotificationKind.HeldMail);
        Assert.Equal((Agente1.Id, null), (told.RecipientUserId!.Value, told.Action));
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.MailHeld && !e.Published);
    }

    [Fact] // Guía §14.3: accepted, the requester's mail is their reply and answers the pending question
    public void An_accepted_mail_of_the_requester_is_their_reply_and_answers_the_question()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 08:30"));
        var held = ticket.HoldMail("Dice «atasco de papel».", Usuario1, At("2026-03-02 09:00"));

        ticket.AcceptHeldMail(held.Id, UserReplied, Agente1, At("2026-03-02 09:10"));

        Assert.Equal((TicketActionKind.UserReply, true, Usuario1.Id), (held.Kind, held.Published, held.AuthorId));
        Assert.Equal(Substates.UserReplied, ticket.Substate!.Code);
        var accepted = Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.MailAccepted);
        Assert.Equal(Agente1.Id, accepted.ActorId);
    }

    [Fact] // Guía §14.3 "Acción publicada": an agent's mail is internal, accepted or not
    public void An_accepted_mail_in_an_agents_name_is_an_internal_note()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        var held = ticket.HoldMail("Revisé el equipo.", Agente1, At("2026-03-02 09:00"));

        ticket.AcceptHeldMail(held.Id, UserReplied, Agente1, At("2026-03-02 09:10"));

        Assert.Equal((TicketActionKind.Note, false), (held.Kind, held.Published));
    }

    [Fact] // Guía §10: every change of a record carries its note
    public void A_discarded_mail_stays_internal_without_effect_and_says_why()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 08:30"));
        var held = ticket.HoldMail("Ciérrenlo.", Usuario1, At("2026-03-02 09:00"));

        Rule.Broken(Rules.NoteRequired, () => ticket.DiscardHeldMail(held.Id, " ", Agente1, At("2026-03-02 09:10")));
        ticket.DiscardHeldMail(held.Id, "El usuario no lo escribió.", Agente1, At("2026-03-02 09:10"));

        Assert.Equal((TicketActionKind.DiscardedMail, false), (held.Kind, held.Published));
        Assert.Equal(Substates.PendingUser, ticket.Substate!.Code);
        Rule.Broken(Rules.MailNotHeld, () => ticket.AcceptHeldMail(held.Id, UserReplied, Agente1, At("2026-03-02 09:20")));
    }

    [Fact]
    public void Only_staff_judge_a_held_mail_and_only_its_people_have_one()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        var held = ticket.HoldMail("Hola.", Usuario1, At("2026-03-02 09:00"));

        Rule.Broken(Rules.NoteNotAllowedInState, () => ticket.AcceptHeldMail(held.Id, UserReplied, Usuario1, At("2026-03-02 09:10")));
        Rule.Broken(Rules.ReplyOnlyParticipants, () => ticket.HoldMail("Hola.", Usuario2, At("2026-03-02 09:00")));
    }
}
