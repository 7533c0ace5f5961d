using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Approvals;

/// <summary>
/// Guía §14.2 "Flujo de trabajo": a request whose template or category requires approvals waits for them, Nueva, in a
/// clock-stopping substate, before any assignment; each step's approver decides in turn; one rejection rejects it.
/// </summary>
public sealed class RequestApprovalTests
{
    private static readonly User Jefe = new() { Id = 41, UserName = "jefe", DisplayName = "Marta Jefe" };
    private static readonly User Duena = new() { Id = 42, UserName = "duena", DisplayName = "Olga Dueña" };
    private static readonly Actor JefeActor = new(41, "jefe", new HashSet<string> { Roles.Requester }, new HashSet<long>(),
        new HashSet<long>(), false);
    private static readonly Actor DuenaActor = new(42, "duena", new HashSet<string> { Roles.Requester }, new HashSet<long>(),
        new HashSet<long>(), false);

    private static readonly Substate PendingApproval = Substate(Substates.PendingApproval);

    private static ApprovalFlow Flow(params ApprovalStepDefinition[] steps) =>
        new(new ApprovalFlowDefinition("VPN", null, true, steps), new Dictionary<string, User> { ["duena"] = Duena });

    private static ApprovalStepDefinition Step(string name, ApproverKind kind, string? person = null, int? remind = null,
        int? timeout = null, ApprovalTimeoutOutcome onTimeout = ApprovalTimeoutOutcome.Reject) =>
        new(name, kind, person, remind, timeout, onTimeout);

    /// <summary>A request started on a two-step flow: the manager, then the owner of the service.</summary>
    private static Ticket Waiting(User? manager = null, User? owner = null, int? remind = null, int? timeout = null,
        ApprovalTimeoutOutcome onTimeout = ApprovalTimeoutOutcome.Reject)
    {
        var flow = Flow(Step("Jefe inmediato", ApproverKind.Manager, remind: remind, timeout: timeout, onTimeout: onTimeout),
            Step("Responsable del servicio", ApproverKind.ServiceOwner));
        var ticket = A.Ticket().Build();
        var steps = flow.Steps.Select(s => new TicketApproval(s, s.Kind == ApproverKind.Manager ? manager : owner,
            null)).ToList();
        ticket.StartApproval(flow.Name, steps, PendingApproval, Usuario1, At("2026-03-02 08:00"));
        return ticket;
    }

    [Fact] // §14.2: mientras el flujo espera, la petición sigue Nueva, en su subestado, con el reloj detenido
    public void A_request_with_a_flow_waits_new_in_the_pending_approval_substate_with_its_clock_stopped()
    {
        var ticket = Waiting(Jefe, Duena);

        Assert.Equal((TicketState.New, Substates.PendingApproval, ApprovalFlowState.Pending),
            (ticket.State, ticket.Substate!.Code, ticket.ApprovalState));
        Assert.True(ticket.ClockStopped);
        Assert.Equal([TicketApprovalState.Pending, TicketApprovalState.Upcoming], ticket.Approvals.Select(a => a.State));
        Assert.Single(ticket.Notifications, n => n.Kind == NotificationKind.ApprovalRequest && n.RecipientUserId == Jefe.Id);
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.ApprovalRequested && e.NewValue == "Marta Jefe");
    }

    [Fact] // §7, §12: nadie asigna ni cierra en primera línea una petición que espera su aprobación
    public void A_request_waiting_for_approval_is_neither_assigned_nor_closed_at_first_line()
    {
        var ticket = Waiting(Jefe, Duena);

        Rule.Broken(Rules.AwaitingApproval, () => ticket.Assign(MesaDeServicio, Agente1User, "A mano.", Agente1, At("2026-03-02 08:05")));
        Rule.Broken(Rules.AwaitingApproval, () => ticket.CloseAtFirstLine("Resuelta por teléfono.", Agente1, At("2026-03-02 08:05")));
        Assert.False(ticket.Allows(TicketCommand.Assign, Agente1));
        Assert.False(ticket.Allows(TicketCommand.CloseAtFirstLine, Agente1));
        Assert.True(ticket.Allows(TicketCommand.Reject, Agente1));
    }

    [Fact] // §14.2: aprobado un paso se pide el siguiente; aprobado el último, la petición sigue a la asignación
    public void Approving_each_step_in_turn_ends_the_flow_clears_the_substate_and_restarts_the_clock()
    {
        var ticket = Waiting(Jefe, Duena);

        ticket.DecideApproval(true, null, JefeActor, At("2026-03-02 09:00"));
        Assert.Equal([TicketApprovalState.Approved, TicketApprovalState.Pending], ticket.Approvals.Select(a => a.State));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.ApprovalRequest && n.RecipientUserId == Duena.Id);
        Assert.True(ticket.AwaitingApproval);

        ticket.DecideApproval(true, "De acuerdo.", DuenaActor, At("2026-03-02 10:00"));

        Assert.Equal((ApprovalFlowState.Approved, null, false), (ticket.ApprovalState, ticket.Substate, ticket.ClockStopped));
        Assert.Equal(TicketState.New, ticket.State);
        Assert.True(ticket.Allows(TicketCommand.Assign, Agente1));
        Assert.Equal(TimeSpan.FromHours(2), ticket.ClockStops.Single().To - ticket.ClockStops.Single().From);
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.ApprovalFinished);
        ticket.Assign(MesaDeServicio, Agente1User, "Aprobada; a la Mesa.", Agente1, At("2026-03-02 10:05"));
        Assert.Equal(TicketState.Assigned, ticket.State);
    }

    [Fact] // §14.2: un rechazo rechaza la petición, con el motivo que recibe el solicitante
    public void A_rejection_rejects_the_request_with_the_reason_told_to_the_requester_and_cancels_the_later_steps()
    {
        var ticket = Waiting(Jefe, Duena);

        ticket.DecideApproval(false, "No trabaja en casa este trimestre.", JefeActor, At("2026-03-02 09:00"));

        Assert.Equal((TicketState.Rejected, ApprovalFlowState.Rejected), (ticket.State, ticket.ApprovalState));
        Assert.Equal("No trabaja en casa este trimestre.", ticket.FirstLineService);
        Assert.Equal([TicketApprovalState.Rejected, TicketApprovalState.Cancelled], ticket.Approvals.Select(a => a.State));
        Assert.Contains(ticket.Notifications, n => n.Kind == NotificationKind.Rejection && n.RecipientUserId == Usuario1.Id);
        Assert.False(ticket.ClockStopped);
    }

    [Fact] // A rejection without its reason tells the requester nothing: refused
    public void A_rejection_needs_its_reason_and_only_the_approver_asked_now_decides()
    {
        var ticket = Waiting(Jefe, Duena);

        Rule.Broken(Rules.ApprovalRejectNeedsReason, () => ticket.DecideApproval(false, "  ", JefeActor, At("2026-03-02 09:00")));
        Rule.Broken(Rules.ApprovalNotYours, () => ticket.DecideApproval(true, null, DuenaActor, At("2026-03-02 09:00")));
        Rule.Broken(Rules.ApprovalNotYours, () => ticket.DecideApproval(true, null, Agente1, At("2026-03-02 09:00")));
        Assert.Equal([TicketApprovalState.Pending, TicketApprovalState.Upcoming], ticket.Approvals.Select(a => a.State));
    }

    [Fact] // A step nobody can decide (no manager set) is skipped, and the history says why
    public void A_step_without_an_approver_is_skipped_and_the_next_one_is_asked()
    {
        var ticket = Waiting(manager: null, owner: Duena);

        Assert.Equal([TicketApprovalState.Skipped, TicketApprovalState.Pending], ticket.Approvals.Select(a => a.State));
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.ApprovalSkipped && e.NewValue == nameof(ApprovalSkipReason.NoApprover));
    }

    [Fact] // A flow whose every step has nobody to ask ends approved at once: the request goes on as if it had none
    public void A_flow_with_nobody_to_ask_is_approved_at_once_and_never_stops_the_clock()
    {
        var ticket = Waiting(manager: null, owner: null);

        Assert.Equal((ApprovalFlowState.Approved, null), (ticket.ApprovalState, ticket.Substate));
        Assert.Empty(ticket.ClockStops);
        Assert.DoesNotContain(ticket.Notifications, n => n.Kind == NotificationKind.ApprovalRequest);
    }

    [Fact] // The requester does not approve their own request: that step is skipped
    public void The_requester_is_never_their_own_approver()
    {
        var flow = Flow(Step("Persona", ApproverKind.Person, "duena"));
        var approval = new TicketApproval(flow.Steps[0], Usuario1User, ApprovalSkipReason.ApproverIsRequester);

        Assert.Equal(ApprovalSkipReason.ApproverIsRequester, approval.SkipReason);
        Assert.Null(approval.ApproverId);
    }

    [Fact] // Reminders and a timeout per step: a reminder writes again; the timeout decides what the flow says
    public void A_step_is_reminded_on_time_and_its_timeout_decides_as_the_flow_says()
    {
        var ticket = Waiting(Jefe, Duena, remind: 24, timeout: 72);
        var step = ticket.Approvals[0];
        Assert.Equal((At("2026-03-03 08:00"), At("2026-03-05 08:00")), (step.NextReminderAt!.Value, step.DueAt!.Value));

        ticket.RemindApprover(step, Supervisor1, At("2026-03-03 08:00"));
        Assert.Equal((1, At("2026-03-04 08:00")), (step.Reminders, step.NextReminderAt!.Value));
        Assert.Single(ticket.Notifications, n => n.Kind == NotificationKind.ApprovalReminder && n.RecipientUserId == Jefe.Id);
        ticket.RemindApprover(step, Supervisor1, At("2026-03-04 08:00"));
        Assert.Null(step.NextReminderAt); // the next one would come with the timeout itself

        ticket.TimeOutApproval(step, "Sin respuesta de Marta Jefe en 72 horas.", Supervisor1, At("2026-03-05 08:00"));

        Assert.Equal((TicketState.Rejected, true), (ticket.State, step.TimedOut));
        Assert.Equal("Sin respuesta de Marta Jefe en 72 horas.", ticket.FirstLineService);
    }

    [Fact] // A step may say that silence approves it
    public void A_step_whose_timeout_approves_moves_on_to_the_next_step()
    {
        var ticket = Waiting(Jefe, Duena, timeout: 8, onTimeout: ApprovalTimeoutOutcome.Approve);

        ticket.TimeOutApproval(ticket.Approvals[0], "Sin respuesta.", Supervisor1, At("2026-03-02 16:00"));

        Assert.Equal([TicketApprovalState.Approved, TicketApprovalState.Pending], ticket.Approvals.Select(a => a.State));
        Assert.True(ticket.AwaitingApproval);
    }

    [Fact] // §13: an agent who rejects a request while it waits ends its flow too
    public void Rejecting_a_waiting_request_withdraws_its_flow()
    {
        var ticket = Waiting(Jefe, Duena);

        ticket.Reject("Fuera del catálogo de servicios.", Agente1, At("2026-03-02 09:00"));

        Assert.Equal((TicketState.Rejected, ApprovalFlowState.Withdrawn), (ticket.State, ticket.ApprovalState));
        Assert.All(ticket.Approvals, a => Assert.Equal(TicketApprovalState.Cancelled, a.State));
        Rule.Broken(Rules.ApprovalNotWaiting, () => ticket.DecideApproval(true, null, JefeActor, At("2026-03-02 10:00")));
    }

    [Fact] // An administrator's flow: named steps, one to five, a person only for a person's step, reminders before timeouts
    public void A_flow_is_checked_as_the_administrator_writes_it()
    {
        Rule.BadInput("steps", Rules.ApprovalFlowNeedsSteps, () => Flow());
        Rule.BadInput("steps", Rules.ApprovalFlowTooManySteps,
            () => Flow(Enumerable.Range(1, 6).Select(i => Step($"Paso {i}", ApproverKind.Manager)).ToArray()));
        Rule.BadInput("steps[0].person", Rules.Required, () => Flow(Step("Persona", ApproverKind.Person)));
        Rule.BadInput("steps[0].person", Rules.UnknownUser, () => Flow(Step("Persona", ApproverKind.Person, "nadie")));
        Rule.BadInput("steps[0].person", Rules.ApprovalPersonOnlyForPersonStep, () => Flow(Step("Jefe", ApproverKind.Manager, "duena")));
        Rule.BadInput("steps[0].reminderHours", Rules.ApprovalReminderAfterTimeout,
            () => Flow(Step("Jefe", ApproverKind.Manager, remind: 48, timeout: 24)));
        Rule.BadInput("steps[0].timeoutHours", Rules.OutOfRange, () => Flow(Step("Jefe", ApproverKind.Manager, timeout: 0)));
        Rule.BadInput("steps[1].name", Rules.Required, () => Flow(Step("Jefe", ApproverKind.Manager), Step(" ", ApproverKind.Manager)));

        var flow = Flow(Step("Jefe", ApproverKind.Manager), Step("Dueña", ApproverKind.Person, "duena"));
        Assert.Equal([(1, (long?)null), (2, (long?)Duena.Id)], flow.Steps.Select(s => (s.Position, s.PersonId)));
    }
}
