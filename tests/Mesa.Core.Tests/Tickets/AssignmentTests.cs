using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Routing;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

public sealed class AssignmentTests
{
    [Fact] // Guía §7: al asignarse pasa a "Asignada" y el agente recibe una notificación por correo
    public void Assigning_to_an_agent_moves_the_ticket_to_assigned_and_notifies_the_agent()
    {
        var ticket = A.Ticket().Build();

        ticket.Assign(MesaDeServicio, Agente1User, "Asignación por categoría.", Supervisor1, At("2026-03-02 08:05"));

        Assert.Equal((TicketState.Assigned, 1L, (long?)Agente1.Id), (ticket.State, ticket.GroupId!.Value, ticket.AgentId));
        var e = ticket.Events.Last(e => e.Kind == TicketEventKind.Assigned);
        Assert.Equal((TicketState.New, TicketState.Assigned, "Mesa de Servicio / agente1"), (e.FromState!.Value, e.ToState!.Value, e.NewValue));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Assignment && n.RecipientUserId == Agente1.Id);
    }

    [Fact] // Guía §10 "Asignada a un grupo": sin agente, el aviso va al grupo
    public void Assigning_to_a_group_only_leaves_the_agent_empty_and_notifies_the_group()
    {
        var ticket = A.Ticket().Build();

        ticket.Assign(SoporteTecnico, null, "Para segunda línea.", Agente1, At("2026-03-02 08:05"));

        Assert.Null(ticket.AgentId);
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Assignment && n.RecipientGroupId == 2);
    }

    [Fact] // A ticket no rule places stays Nueva with the reason, recorded once, until it is assigned
    public void An_unplaced_ticket_keeps_its_reason_once_until_someone_assigns_it()
    {
        var ticket = A.Ticket().Build();

        Assert.True(ticket.MarkUnplaced(UnplacedReason.NoRule, Supervisor1, At("2026-03-02 08:05")));
        Assert.False(ticket.MarkUnplaced(UnplacedReason.NoRule, Supervisor1, At("2026-03-02 08:10")));

        Assert.Equal((TicketState.New, (UnplacedReason?)UnplacedReason.NoRule), (ticket.State, ticket.UnplacedReason));
        Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.Unplaced);

        ticket.Assign(MesaDeServicio, Agente1User, "Asignada a mano por el supervisor.", Supervisor1, At("2026-03-02 08:15"));

        Assert.Null(ticket.UnplacedReason);
    }

    [Fact] // Guía §10: "Para cada cambio de estado es obligatorio registrar una anotación"
    public void An_assignment_without_a_note_is_refused_and_changes_nothing()
    {
        var ticket = A.Ticket().Build();
        var version = ticket.Version;

        Rule.Broken(Rules.NoteRequired, () => ticket.Assign(MesaDeServicio, Agente1User, "  ", Agente1, At("2026-03-02 08:05")));

        Assert.Equal((TicketState.New, version), (ticket.State, ticket.Version));
    }

    [Fact] // Guía §12: se selecciona el grupo y el agente destinatario; el agente debe ser del grupo
    public void The_agent_must_belong_to_the_group()
    {
        var ticket = A.Ticket().Build();

        Rule.Broken(Rules.AgentNotInGroup,
            () => ticket.Assign(SoporteTecnico, Agente1User, "Escalo.", Agente1, At("2026-03-02 08:05")));
        Assert.Equal(TicketState.New, ticket.State);
    }

    [Fact] // Guía §12 "Escalar a 2ª Línea": the history keeps where it came from, where it went and why
    public void Escalating_to_second_line_records_from_where_to_where_and_why()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.Assign(SoporteTecnico, Agente2User, "Se verificó el cableado; requiere cambio de tóner.", Agente1,
            At("2026-03-02 09:00"));

        var e = ticket.Events.Last(e => e.Kind == TicketEventKind.Assigned);
        Assert.Equal(("Mesa de Servicio / agente1", "Soporte Técnico / agente2"), (e.OldValue, e.NewValue));
        Assert.Equal("Se verificó el cableado; requiere cambio de tóner.", e.Note);
        Assert.Equal((TicketState.Assigned, 2L, (long?)Agente2.Id), (ticket.State, ticket.GroupId!.Value, ticket.AgentId));
    }

    [Fact] // Guía §12: a reassignment must change the group or the agent
    public void Reassigning_to_the_same_group_and_agent_is_refused()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        Rule.Broken(Rules.AlreadyAssignedThere,
            () => ticket.Assign(MesaDeServicio, Agente1User, "Otra vez.", Agente1, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §13: el agente asignado revoca la firma y la incidencia vuelve a "Nuevo"
    public void The_assigned_agent_revokes_and_the_ticket_is_new_again()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.RevokeAssignment("No corresponde a la mesa.", Agente1, At("2026-03-02 09:00"));

        Assert.Equal((TicketState.New, (long?)null, (long?)null), (ticket.State, ticket.GroupId, ticket.AgentId));
        var e = ticket.Events.Last();
        Assert.Equal((TicketEventKind.Revoked, "No corresponde a la mesa."), (e.Kind, e.Note));
    }

    [Fact] // Guía §13: only the assigned agent (or a supervisor) may revoke
    public void Another_agent_cannot_revoke_but_a_supervisor_can()
    {
        var ticket = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build();

        Rule.Broken(Rules.RevokeOnlyAssignedAgentOrSupervisor,
            () => ticket.RevokeAssignment("No es mío.", Agente3, At("2026-03-02 09:00")));
        ticket.RevokeAssignment("Se redistribuye la carga.", Supervisor1, At("2026-03-02 09:05"));
        Assert.Equal(TicketState.New, ticket.State);
    }

    [Fact] // Guía §13: a group-only ticket may be revoked by a member of that group
    public void A_member_revokes_a_ticket_assigned_to_the_group_only()
    {
        var ticket = A.Ticket().AssignedTo(SoporteTecnico).Build();

        ticket.RevokeAssignment("No corresponde a soporte.", Agente3, At("2026-03-02 09:00"));

        Assert.Equal(TicketState.New, ticket.State);
    }

    [Fact] // Guía §13: el rechazo procede únicamente en estado "Nuevo"; la razón va en "Servicio 1ª Línea"
    public void Rejecting_a_new_ticket_keeps_the_reason_in_first_line_service()
    {
        var ticket = A.Ticket().Build();

        ticket.Reject("Debe solicitarse con la plantilla de acceso.", Agente1, At("2026-03-02 08:10"));

        Assert.Equal(TicketState.Rejected, ticket.State);
        Assert.Equal("Debe solicitarse con la plantilla de acceso.", ticket.FirstLineService);
        Assert.True(ticket.Events.Last(e => e.Kind == TicketEventKind.Rejected).NotePublished);
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Rejection && n.RecipientUserId == Usuario1.Id);
    }

    [Fact] // Guía §13: an assigned ticket must be revoked before it can be rejected
    public void An_assigned_ticket_cannot_be_rejected()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        Rule.Broken(Rules.RejectOnlyFromNew, () => ticket.Reject("Fuera de alcance.", Agente1, At("2026-03-02 09:00")));
        Assert.Equal(TicketState.Assigned, ticket.State);
    }

    [Fact] // Guía §13 as one step: no sweep can come between the revocation and the rejection
    public void Revoke_and_reject_in_one_step()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.RevokeAndReject("Debe pedirse con la plantilla de acceso.", Agente1, At("2026-03-02 09:00"));

        Assert.Equal((TicketState.Rejected, "Debe pedirse con la plantilla de acceso."), (ticket.State, ticket.FirstLineService));
        Assert.Equal([TicketEventKind.Revoked, TicketEventKind.Rejected],
            ticket.Events.Where(e => e.Kind is TicketEventKind.Revoked or TicketEventKind.Rejected).Select(e => e.Kind));
    }

    [Fact] // Guía §14.2: atendida por teléfono, se diligencia "Servicio 1ª Línea", se firma y se cierra
    public void A_first_line_agent_closes_a_new_ticket_at_first_contact()
    {
        var ticket = A.Ticket().Build();

        ticket.CloseAtFirstLine("Se reinició el equipo por teléfono y funcionó.", Agente1, At("2026-03-02 08:10"));

        Assert.Equal((TicketState.Closed, ClosureResult.FirstLine), (ticket.State, ticket.ClosureResult!.Value));
        Assert.Equal("Se reinició el equipo por teléfono y funcionó.", ticket.FirstLineService);
        Assert.Equal((long?)Agente1.Id, ticket.AgentId);
        Assert.NotNull(ticket.ClosedAt);
    }

    [Fact] // Guía §14.2: also from Asignada
    public void A_first_line_agent_closes_an_assigned_ticket_at_first_contact()
    {
        var ticket = A.Ticket().AssignedTo(MesaDeServicio, Agente1User).Build();

        ticket.CloseAtFirstLine("Resuelto en la llamada.", Agente1, At("2026-03-02 09:00"));

        Assert.Equal(TicketState.Closed, ticket.State);
    }

    [Fact] // Guía §14.2: it is the first line's signature
    public void A_second_line_agent_cannot_close_at_first_line()
    {
        var ticket = A.Ticket().AssignedTo(SoporteTecnico, Agente2User).Build();

        Rule.Broken(Rules.CloseAtFirstLineNeedsFirstLineAgent,
            () => ticket.CloseAtFirstLine("Resuelto.", Agente2, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §14.2: first-line closure is for Nueva or Asignada
    public void A_resolved_ticket_cannot_be_closed_at_first_line()
    {
        var ticket = A.Ticket().ResolvedBy(Agente1).Build();

        Rule.Broken(Rules.TransitionNotAllowed, () => ticket.CloseAtFirstLine("Resuelto.", Agente1, At("2026-03-02 10:00")));
    }
}
