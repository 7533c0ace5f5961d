using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

public sealed class InvestigationTests
{
    private static readonly Substate PendingUser = Substate(Substates.PendingUser);
    private static readonly Substate UserReplied = Substate(Substates.UserReplied);

    [Fact] // Guía §14.3 "1ª Respuesta usuario": disponible una única vez; mide el tiempo de primera respuesta
    public void The_first_response_is_recorded_once_and_keeps_its_time()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.RecordFirstResponse("Hola, ya estamos revisando.", Agente1, At("2026-03-02 08:20"));

        Assert.Equal(At("2026-03-02 08:20"), ticket.FirstResponseAt);
        Rule.Broken(Rules.FirstResponseOnlyOnce,
            () => ticket.RecordFirstResponse("Otra primera respuesta.", Agente1, At("2026-03-02 08:30")));
        Assert.Equal(At("2026-03-02 08:20"), ticket.FirstResponseAt);
        Assert.Single(ticket.Actions, a => a.Kind == TicketActionKind.FirstResponse);
    }

    [Fact] // Guía §14.3: the first response is published to the user
    public void The_first_response_is_published_and_mailed_to_the_requester()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        var action = ticket.RecordFirstResponse("Hola, ya estamos revisando.", Agente1, At("2026-03-02 08:20"));

        Assert.True(action.Published);
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.PublishedAction && n.RecipientUserId == Usuario1.Id);
    }

    [Fact] // Guía §15.2 "Soporte remoto": the user is told, through Microsoft Teams, before their computer is taken
    public void A_remote_support_notice_is_published_mailed_and_needs_an_assigned_ticket()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        var action = ticket.AnnounceRemoteSupport("Me conectaré a su equipo a las 10:00: https://teams.microsoft.com/l/meetup-join/abc",
            Agente1, At("2026-03-02 09:40"));

        Assert.Equal((TicketActionKind.RemoteSupport, true), (action.Kind, action.Published));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.PublishedAction && n.RecipientUserId == Usuario1.Id);
        Assert.Equal(TicketCommand.Question, TicketCommands.Of(TicketActionKind.RemoteSupport));
        var fresh = A.Ticket().Build();
        Rule.Broken(Rules.ActionNeedsAssignedTicket, () => fresh.AnnounceRemoteSupport("Me conectaré.", Agente1, At("2026-03-02 09:40")));
        Rule.Broken(Rules.TextRequired, () => ticket.AnnounceRemoteSupport(" ", Agente1, At("2026-03-02 09:41")));
    }

    [Fact] // Guía §14.3: actions are for assigned tickets
    public void A_new_ticket_takes_no_first_response()
    {
        var ticket = A.Ticket().Build();

        Rule.Broken(Rules.ActionNeedsAssignedTicket,
            () => ticket.RecordFirstResponse("Hola.", Agente1, At("2026-03-02 08:20")));
    }

    [Fact] // Guía §14.3 y §15 "Pregunta al usuario": se publica, se envía por correo y detiene el reloj
    public void A_question_is_published_mailed_and_waits_for_the_user()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        var question = ticket.AskUser("¿Qué mensaje muestra la impresora?", PendingUser, Agente1, At("2026-03-02 08:30"));

        Assert.True(question.Published);
        Assert.Equal(Substates.PendingUser, ticket.Substate!.Code);
        Assert.True(ticket.Substate.StopsClock);
        var mail = Assert.Single(ticket.Notifications, n => n.Kind == NotificationKind.Question);
        Assert.Equal((Usuario1.Id, question), (mail.RecipientUserId!.Value, mail.Action));
        var change = ticket.Events.Last(e => e.Kind == TicketEventKind.SubstateChanged);
        Assert.Equal((null, Substates.PendingUser), (change.FromSubstate, change.ToSubstate));
    }

    [Fact] // Guía §10 "Con respuesta del Usuario": automático cuando el usuario contesta
    public void The_users_reply_to_a_question_moves_the_ticket_to_user_replied_and_tells_the_agent()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 08:30"));

        var reply = ticket.Reply("Dice «atasco de papel».", UserReplied, Usuario1, At("2026-03-02 09:00"));

        Assert.Equal((TicketActionKind.UserReply, true), (reply.Kind, reply.Published));
        Assert.Equal(Substates.UserReplied, ticket.Substate!.Code);
        Assert.False(ticket.Substate.StopsClock);
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.UserReply && n.RecipientUserId == Agente1.Id);
    }

    [Fact] // Guía §14.3: a reply with no question pending is a comment; the substate stays
    public void A_reply_without_a_pending_question_leaves_the_substate_alone()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.Reply("Adjunto más datos.", UserReplied, Usuario1, At("2026-03-02 09:00"));

        Assert.Null(ticket.Substate);
    }

    [Fact] // Guía §14.3: "el propio técnico podrá responder a la pregunta y marcar la respuesta como respuesta del usuario"
    public void A_technician_answer_records_the_users_answer_and_ends_the_wait()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 08:30"));

        var answer = ticket.RecordTechnicianAnswer("Por teléfono: atasco de papel.", false, UserReplied, Agente1,
            At("2026-03-02 09:00"));

        Assert.False(answer.Published);
        Assert.Equal(Substates.UserReplied, ticket.Substate!.Code);
    }

    [Fact] // Guía §14.3 "Acción publicada": por defecto no se publica
    public void A_note_is_internal_unless_published()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        var internalNote = ticket.AddNote("Revisé el driver.", published: false, Agente1, At("2026-03-02 08:40"));
        var publicNote = ticket.AddNote("Estamos pidiendo un repuesto.", published: true, Agente1, At("2026-03-02 08:50"));

        Assert.False(internalNote.Published);
        Assert.True(publicNote.Published);
        Assert.Single(ticket.Notifications, n => n.Kind == NotificationKind.PublishedAction);
    }

    [Fact] // Guía §14.3 "Firma solución": Asignada → Resuelta
    public void Signing_the_solution_resolves_and_remembers_the_signer()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        ticket.AskUser("¿Qué mensaje muestra?", PendingUser, Agente1, At("2026-03-02 08:30"));

        ticket.SignSolution("Se liberó el atasco.", Agente1, At("2026-03-02 10:00"));

        Assert.Equal((TicketState.Resolved, (long?)Agente1.Id), (ticket.State, ticket.SolutionSignedById));
        Assert.Null(ticket.Substate);
        Assert.Equal(At("2026-03-02 10:00"), ticket.ResolvedAt);
        var e = ticket.Events.Last(e => e.Kind == TicketEventKind.SolutionSigned);
        Assert.Equal((TicketState.Assigned, TicketState.Resolved, Substates.PendingUser, (string?)null),
            (e.FromState!.Value, e.ToState!.Value, e.FromSubstate, e.ToSubstate));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Resolution && n.RecipientUserId == Usuario1.Id);
    }

    [Fact] // Guía §14.3: only an assigned ticket can be resolved
    public void A_new_ticket_cannot_be_resolved()
    {
        var ticket = A.Ticket().Build();

        Rule.Broken(Rules.TransitionNotAllowed, () => ticket.SignSolution("Listo.", Agente1, At("2026-03-02 10:00")));
    }

    [Fact] // Guía §10: los subestados manuales los asigna y retira el agente, con su anotación
    public void An_agent_sets_and_clears_a_manual_substate()
    {
        var ticket = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build();
        var vendor = Substate("pending-vendor");

        ticket.SetSubstate(vendor, "Se pidió el repuesto al proveedor.", Agente2, At("2026-03-02 09:00"));
        Assert.Equal("pending-vendor", ticket.Substate!.Code);

        ticket.SetSubstate(null, "Llegó el repuesto.", Agente2, At("2026-03-03 09:00"));
        Assert.Null(ticket.Substate);
        var e = ticket.Events.Last();
        Assert.Equal(("pending-vendor", (string?)null, "Llegó el repuesto."), (e.FromSubstate, e.ToSubstate, e.Note));
    }

    [Fact] // Guía §10: "La asignación de este subestado es automática cuando se envía pregunta al usuario"
    public void An_automatic_substate_cannot_be_chosen_by_hand()
    {
        var ticket = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build();

        Rule.Broken(Rules.SubstateIsAutomatic,
            () => ticket.SetSubstate(PendingUser, "Espero al usuario.", Agente2, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §10: substates live inside Asignada, and every change carries its note
    public void Substates_need_an_assigned_ticket_and_a_note()
    {
        var fresh = A.Ticket().Build();
        Rule.Broken(Rules.SubstateNeedsAssignedTicket,
            () => fresh.SetSubstate(Substate("in-testing"), "Pruebas.", Agente1, At("2026-03-02 09:00")));

        var assigned = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build();
        Rule.Broken(Rules.NoteRequired, () => assigned.SetSubstate(Substate("in-testing"), "", Agente2, At("2026-03-02 09:00")));
        assigned.SetSubstate(Substate("in-testing"), "Pruebas.", Agente2, At("2026-03-02 09:00"));
        Rule.Broken(Rules.SubstateUnchanged,
            () => assigned.SetSubstate(Substate("in-testing"), "Otra vez.", Agente2, At("2026-03-02 09:10")));
    }

    [Fact] // Guía §14.3: only the people of the ticket reply
    public void Someone_who_is_not_on_the_ticket_cannot_reply()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        Rule.Broken(Rules.ReplyOnlyParticipants,
            () => ticket.Reply("Hola.", UserReplied, Usuario2, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §14.2 "Otros usuarios informados" follow the ticket and may answer
    public void An_informed_user_can_reply()
    {
        var ticket = A.Ticket().Informing(Usuario2User).AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.Reply("Confirmo lo que dice mi compañero.", UserReplied, Usuario2, At("2026-03-02 09:00"));

        Assert.Single(ticket.Actions, a => a.Kind == TicketActionKind.UserReply);
    }

    [Fact] // Guía §14.3: an action is refused whole, never half-saved
    public void Oversize_text_is_bad_input_and_changes_nothing()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        var version = ticket.Version;

        Rule.BadInput("text", Rules.TooLong,
            () => ticket.AddNote(new string('x', Ticket.TextMaxLength + 1), false, Agente1, At("2026-03-02 09:00")));
        Assert.Equal(version, ticket.Version);
    }
}
