using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tests.Sla;
using Mesa.Core.Tickets;
using Mesa.Core.Tickets.Import;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>Tickets of the desk before Mesa (ProactivaNET), brought in the state its *En curso* listing shows (Guía §11).</summary>
public sealed class ImportTests
{
    private static readonly DateTimeOffset Now = At("2026-03-02 08:00");

    private static readonly Mesa.Core.People.Actor Importer = Mesa.Core.People.Actor.Signing(1);

    private static ImportedTicket Listed(TicketState state, string sourceState) => new(
        "REIO 2025-064270", TicketType.Request, state, sourceState, null, At("2026-02-02 08:00"), At("2026-02-04 10:00"),
        "NO TITLE", "Buenas tardes. Es para hacer una solicitud de cambio.", SistemasService.Id, Misionales.Id, Usuario1.Id,
        MesaDeServicio.Id, Agente1.Id, Rated: false, Solution: null, ResolvedAt: null, ClosedAt: null, Actions: [],
        new SlaService.SlaTerms(Sla24, PrimerNivelCalendar, Calendars.PrimerNivel));

    private static Ticket Import(ImportedTicket data) =>
        Ticket.Import(data, "Importada de ProactivaNET.", PriorityMatrix.Default, 0.75, Importer, Now);

    [Fact] // Guía §10 Cerrada and §14.4: a rated ticket was confirmed by its user; its solution and dates stay as they were
    public void A_closed_and_rated_ticket_keeps_its_code_its_dates_and_its_solution_and_tells_nobody()
    {
        var note = new ImportedAction(TicketActionKind.Note, "Se revisó el acceso.", false, Agente1.Id, At("2026-02-03 09:00"));

        var ticket = Import(Listed(TicketState.Closed, "Cerrada") with
        {
            Rated = true,
            Solution = "Resolvió un asunto",
            Actions = [note],
        });

        Assert.Equal(("REIO 2025-064270", TicketState.Closed, ClosureResult.Correct), (ticket.Code, ticket.State, ticket.ClosureResult!.Value));
        Assert.Equal((At("2026-02-02 08:00"), At("2026-02-03 09:00"), At("2026-02-03 09:00")), (ticket.CreatedAt, ticket.ResolvedAt!.Value, ticket.ClosedAt!.Value));
        Assert.Equal([TicketActionKind.Note, TicketActionKind.Solution], ticket.Actions.Select(a => a.Kind));
        Assert.Equal(("Resolvió un asunto", true, Agente1.Id), (ticket.Actions.Last().Text, ticket.Actions.Last().Published, ticket.SolutionSignedById!.Value));
        Assert.Empty(ticket.Notifications);
        Assert.Equal([TicketEventKind.Created, TicketEventKind.ActionAdded, TicketEventKind.ActionAdded, TicketEventKind.Imported],
            ticket.Events.Where(e => e.Kind != TicketEventKind.SlaBreached).Select(e => e.Kind));
        var imported = ticket.Events.Single(e => e.Kind == TicketEventKind.Imported);
        Assert.Equal((Importer.Id, Now, false), (imported.ActorId, imported.At, imported.Published));
    }

    [Fact] // Guía §14.2: the estimated resolution date the old desk gave stays the ticket's due date
    public void The_estimated_resolution_date_stays_the_due_date_and_a_past_breach_is_recorded_without_mail()
    {
        var ticket = Import(Listed(TicketState.Assigned, "Asignada a un grupo"));

        Assert.Equal(At("2026-02-04 10:00"), ticket.ResolutionDueAt);
        Assert.Equal(20 * 60, ticket.ResolutionTargetMinutes);
        Assert.True(ticket.ResolutionBreached);
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.SlaBreached && e.Field == "resolution");
        Assert.Empty(ticket.Notifications);
        Assert.Equal((MesaDeServicio.Id, Agente1.Id), (ticket.GroupId!.Value, ticket.AgentId!.Value));
    }

    [Fact] // Guía §14.4: a resolved ticket waits for its user's confirmation, with the clock stopped, and closes as any other
    public void A_resolved_ticket_waits_for_its_user_with_the_clock_stopped()
    {
        var ticket = Import(Listed(TicketState.Resolved, "Resuelta") with
        {
            Solution = "Se restableció la clave.",
            ResolvedAt = At("2026-02-03 15:00"),
        });

        var stop = Assert.Single(ticket.ClockStops);
        Assert.Equal((ClockStop.Resolved, At("2026-02-03 15:00"), true), (stop.Reason, stop.From, stop.IsOpen));
        Assert.False(ticket.ResolutionBreached);

        ticket.Confirm(correct: true, rating: 5, null, Usuario1, Now.AddHours(1));
        Assert.Equal((TicketState.Closed, ClosureResult.Correct), (ticket.State, ticket.ClosureResult!.Value));
    }

    [Fact] // Guía §10: a clock-stopping substate stops the clock from the import on; the time before is in the old date
    public void An_assigned_ticket_in_a_clock_stopping_substate_stops_the_clock_from_now()
    {
        var ticket = Import(Listed(TicketState.Assigned, "Asignada a un grupo - Pendiente proveedor externo") with
        {
            Substate = Substate("pending-vendor"),
        });

        var stop = Assert.Single(ticket.ClockStops);
        Assert.Equal(("pending-vendor", Now), (stop.Reason, stop.From));
        Assert.True(ticket.ClockStopped);
        Assert.NotNull(ticket.SubstateId);
    }

    [Fact] // Guía §10 Asignada: an assigned ticket is in a group
    public void An_assigned_ticket_without_a_group_is_refused()
    {
        var error = Assert.Throws<InputException>(() => Import(Listed(TicketState.Assigned, "Asignada") with { GroupId = null }));

        Assert.Equal("Group", error.Field);
    }
}
