using Mesa.Core.Common;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>What a ticket offers each person in each state, and that its guards refuse exactly what it does not offer.</summary>
public sealed class TicketStandingTests
{
    [Fact] // Guía §7, §13, §14.2: a Nueva ticket is assigned, rejected or closed at first line; nothing is investigated yet
    public void A_new_ticket_offers_a_first_line_agent_placing_it_and_no_investigation()
    {
        var ticket = A.Ticket().Build();

        Assert.Equal(
            [TicketCommand.Edit, TicketCommand.Assign, TicketCommand.Reject, TicketCommand.CloseAtFirstLine,
                TicketCommand.Note, TicketCommand.Attach, TicketCommand.Notify, TicketCommand.Relate, TicketCommand.Refer,
                TicketCommand.Merge, TicketCommand.Split],
            ticket.Standing.Available(Agente1));
        Rule.Broken(Rules.ActionNeedsAssignedTicket, () => ticket.AskUser("¿Qué modelo es?", Substate(Substates.PendingUser), Agente1, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §14.2: only a first-line agent signs in "Servicio 1ª Línea"
    public void A_second_line_agent_is_not_offered_the_first_line_closure()
    {
        var ticket = A.Ticket().Build();

        Assert.False(ticket.Allows(TicketCommand.CloseAtFirstLine, Agente2));
        Rule.Broken(Rules.CloseAtFirstLineNeedsFirstLineAgent, () => ticket.CloseAtFirstLine("Resuelto por teléfono.", Agente2, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §13: the assigned agent or a supervisor revokes; another agent does not
    public void Revoking_is_offered_to_the_assigned_agent_and_the_supervisor_only()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        Assert.True(ticket.Allows(TicketCommand.Revoke, Agente1));
        Assert.True(ticket.Allows(TicketCommand.Revoke, Supervisor1));
        Assert.False(ticket.Allows(TicketCommand.Revoke, Agente2));
        Rule.Broken(Rules.RevokeOnlyAssignedAgentOrSupervisor, () => ticket.RevokeAssignment("No es mío.", Agente2, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §14.3 "1ª Respuesta usuario": available once per ticket
    public void The_first_response_is_offered_until_it_is_given()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();
        Assert.True(ticket.Allows(TicketCommand.FirstResponse, Agente1));

        ticket.RecordFirstResponse("Lo revisamos hoy.", Agente1, At("2026-03-02 09:00"));

        Assert.False(ticket.Allows(TicketCommand.FirstResponse, Agente1));
        Rule.Broken(Rules.FirstResponseOnlyOnce, () => ticket.RecordFirstResponse("Otra vez.", Agente1, At("2026-03-02 09:10")));
    }

    [Fact] // Guía §10, §14.4: a Resuelta ticket is not finished; its agents may still correct it, its requester confirms
    public void A_resolved_ticket_is_still_editable_and_offers_its_requester_the_confirmation()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        Assert.True(ticket.Allows(TicketCommand.Edit, Agente1));
        ticket.ChangeTitle("La impresora del tercer piso no imprime", Agente1, At("2026-03-02 10:00"));
        Assert.Equal([TicketCommand.Reply, TicketCommand.Attach, TicketCommand.Confirm], ticket.Standing.Available(Usuario1));
        Assert.Empty(ticket.Standing.Available(Usuario2));
    }

    [Fact] // Guía §10 "Cerrada: estado final"; the survey once
    public void A_closed_ticket_offers_nothing_but_the_survey_to_its_requester_and_the_notes_around_it_to_agents()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();
        ticket.Confirm(correct: true, rating: null, comment: null, Usuario1, At("2026-03-02 11:00"));

        Assert.Equal([TicketCommand.Rate], ticket.Standing.Available(Usuario1));
        Assert.Equal([TicketCommand.Notify, TicketCommand.Relate, TicketCommand.Refer], ticket.Standing.Available(Agente1));
        Rule.Broken(Rules.TicketNotEditable, () => ticket.ChangeTitle("Otro título", Agente1, At("2026-03-02 12:00")));

        ticket.Rate(5, null, Usuario1, At("2026-03-02 12:00"));

        Assert.Empty(ticket.Standing.Available(Usuario1));
    }

    [Fact] // "Who works a ticket": its agent, its group's members, the group's supervisors
    public void A_ticket_is_worked_by_its_agent_its_group_and_their_supervisor()
    {
        var standing = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build().Standing;

        Assert.True(standing.IsWorkedBy(Agente2));
        Assert.True(standing.IsWorkedBy(Agente3));
        Assert.True(standing.IsWorkedBy(Supervisor1));
        Assert.False(standing.IsWorkedBy(Agente1));
        Assert.False(standing.IsWorkedBy(Usuario1));
    }
}
