using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

public sealed class ClosureTests
{
    [Fact] // Guía §14.4: "Correcta" cierra la incidencia, con la encuesta de satisfacción
    public void A_correct_confirmation_closes_the_ticket_with_its_rating()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        ticket.Confirm(correct: true, rating: 5, "Muy rápido.", Usuario1, At("2026-03-02 11:00"));

        Assert.Equal((TicketState.Closed, ClosureResult.Correct, 5, "Muy rápido."),
            (ticket.State, ticket.ClosureResult!.Value, ticket.Rating!.Value, ticket.ClosureComment));
        Assert.Equal(At("2026-03-02 11:00"), ticket.ClosedAt);
    }

    [Fact] // Guía §14.4: "Incorrecta" devuelve la incidencia al agente que firmó la solución
    public void Incorrect_confirmation_returns_the_ticket_to_the_agent_who_signed()
    {
        var ticket = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build();
        ticket.SignSolution("Se cambió el tóner.", Agente3, At("2026-03-02 10:00"));

        ticket.Confirm(correct: false, null, "Sigue fallando", Usuario1, At("2026-03-02 11:00"));

        Assert.Equal(TicketState.Assigned, ticket.State);
        Assert.Equal((long?)Agente3.Id, ticket.AgentId);
        Assert.Null(ticket.ResolvedAt);
        var e = ticket.Events.Last(e => e.Kind == TicketEventKind.ConfirmedIncorrect);
        Assert.Equal((TicketState.Resolved, TicketState.Assigned, "Sigue fallando"), (e.FromState!.Value, e.ToState!.Value, e.Note));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Assignment && n.RecipientUserId == Agente3.Id);
    }

    [Fact] // Guía §14.4: the investigation starts again and can be resolved anew
    public void A_reopened_ticket_can_be_solved_again()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();
        ticket.Confirm(false, null, "No funciona", Usuario1, At("2026-03-02 11:00"));

        ticket.SignSolution("Se reemplazó el fusor.", Agente1, At("2026-03-02 12:00"));
        ticket.Confirm(true, 4, null, Usuario1, At("2026-03-02 13:00"));

        Assert.Equal(TicketState.Closed, ticket.State);
    }

    [Fact] // Guía §14.4: the user confirms, not the agent
    public void Only_the_requester_confirms()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        Rule.Broken(Rules.ConfirmOnlyRequester, () => ticket.Confirm(true, 5, null, Agente1, At("2026-03-02 11:00")));
        Rule.Broken(Rules.ConfirmOnlyRequester, () => ticket.Confirm(true, 5, null, Usuario2, At("2026-03-02 11:00")));
        Assert.Equal(TicketState.Resolved, ticket.State);
    }

    [Fact] // Guía §14.4: only a Resuelta ticket awaits the user's confirmation
    public void Only_a_resolved_ticket_is_confirmed()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        Rule.Broken(Rules.ConfirmOnlyResolved, () => ticket.Confirm(true, 5, null, Usuario1, At("2026-03-02 11:00")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void The_rating_is_from_one_to_five(int rating)
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        Rule.BadInput("rating", Rules.RatingOutOfRange, () => ticket.Confirm(true, rating, null, Usuario1, At("2026-03-02 11:00")));
        Assert.Equal(TicketState.Resolved, ticket.State);
    }

    [Fact] // Guía §10: "Cerrada ... automáticamente después del tiempo definido por la administración"
    public void An_unconfirmed_solution_closes_automatically_and_only_a_resolved_ticket_does()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        ticket.CloseAutomatically(Agente1, At("2026-03-09 09:00"));

        Assert.Equal((TicketState.Closed, ClosureResult.Automatic), (ticket.State, ticket.ClosureResult!.Value));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Closure && n.RecipientUserId == Usuario1.Id);
        var assigned = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        Rule.Broken(Rules.TransitionNotAllowed, () => assigned.CloseAutomatically(Agente1, At("2026-03-09 09:00")));
    }

    [Fact] // Guía §10 "Cerrada": estado final
    public void A_closed_ticket_takes_no_more_changes()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();
        ticket.Confirm(true, 5, null, Usuario1, At("2026-03-02 11:00"));

        Rule.Broken(Rules.TicketNotEditable, () => ticket.ChangeTitle("Otro", Agente1, At("2026-03-02 12:00")));
        Rule.Broken(Rules.NoteNotAllowedInState, () => ticket.AddNote("Nota", false, Agente1, At("2026-03-02 12:00")));
        Rule.Broken(Rules.TransitionNotAllowed,
            () => ticket.Assign(MesaDeServicio, Agente1User, "Reabrir", Agente1, At("2026-03-02 12:00")));
        Rule.Broken(Rules.ReplyOnFinishedTicket,
            () => ticket.Reply("Gracias", Substate(Substates.UserReplied), Usuario1, At("2026-03-02 12:00")));
    }

    [Fact] // A ticket closed without the user's word may still be rated, once
    public void A_ticket_closed_automatically_is_rated_once_by_its_requester()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();
        ticket.CloseAutomatically(Supervisor1, At("2026-03-09 09:00"));

        Rule.Broken(Rules.ConfirmOnlyRequester, () => ticket.Rate(4, null, Usuario2, At("2026-03-09 10:00")));
        Rule.BadInput("rating", Rules.RatingOutOfRange, () => ticket.Rate(6, null, Usuario1, At("2026-03-09 10:00")));
        ticket.Rate(4, "Tardó, pero quedó bien.", Usuario1, At("2026-03-09 10:00"));

        Assert.Equal((4, "Tardó, pero quedó bien."), (ticket.Rating!.Value, ticket.ClosureComment));
        Assert.Equal(TicketEventKind.Rated, ticket.Events.Last().Kind);
        Rule.Broken(Rules.AlreadyRated, () => ticket.Rate(5, null, Usuario1, At("2026-03-09 11:00")));
    }

    [Fact] // Guía §10 Cerrada "Puede incluir encuesta": with the survey off, a confirmation carries no rating and none comes later
    public void With_the_survey_off_a_confirmation_takes_no_rating_and_a_closed_ticket_is_not_rated()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        Rule.BadInput("rating", Rules.SurveyOff,
            () => ticket.Confirm(true, 5, null, Usuario1, At("2026-03-02 11:00"), surveyOn: false));
        Assert.Equal(TicketState.Resolved, ticket.State);
        ticket.Confirm(true, null, "Gracias.", Usuario1, At("2026-03-02 11:00"), surveyOn: false);

        Assert.Equal(TicketState.Closed, ticket.State);
        Rule.Broken(Rules.SurveyOff, () => ticket.Rate(4, null, Usuario1, At("2026-03-02 12:00"), surveyOn: false));
        Assert.Null(ticket.Rating);
    }

    [Fact] // Only a closed ticket is rated this way; a resolved one is confirmed with its survey (Guía §14.4)
    public void A_ticket_not_closed_is_not_rated_this_way()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        Rule.Broken(Rules.RateOnlyClosed, () => ticket.Rate(5, null, Usuario1, At("2026-03-02 10:00")));
    }
}
