using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tasks;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Changes;

/// <summary>
/// Guía §5 "Request for Change (RFC)" and §10's committee and production substates: a change is registered, evaluated,
/// put to the change committee (a standard change is pre-approved), approved by its rule, scheduled in its window,
/// applied, reviewed and closed; each step with its note in the history, any other move refused.
/// </summary>
public sealed class ChangeRequestTests
{
    private const long Approver1 = 31, Approver2 = 12, Approver3 = 13;

    private static ChangeRequest NewChange(ChangeType type = ChangeType.Normal, ApprovalRule rule = ApprovalRule.Majority,
        IReadOnlyList<long>? approvers = null, DateTimeOffset? start = null) =>
        new("RFC 2026-000001", new ChangeRequestForm("Actualizar el servidor de correo", "Parche de seguridad de Exchange.",
            type, ChangeRisk.Medium, "Aplicar el parche en el nodo pasivo y conmutar.", "Volver al nodo sin parche.",
            start ?? At("2026-03-07 22:00"), At("2026-03-08 02:00"), approvers ?? [Approver1, Approver2, Approver3], rule),
            Agente1, At("2026-03-02 09:00"));

    [Fact]
    public void A_registered_change_is_new_with_its_code_and_a_history_line_of_who_registered_it()
    {
        var change = NewChange();

        Assert.Equal((ChangeState.New, "RFC 2026-000001"), (change.State, change.Code));
        Assert.Equal((ChangeEventKind.Created, Agente1.Id), (change.Events.Single().Kind, change.Events.Single().ActorId));
    }

    [Fact] // A normal change needs its plans and a window that ends after it starts; only staff register changes
    public void Registering_needs_the_plans_a_sane_window_and_staff()
    {
        Rule.BadInput("backoutPlan", Rules.Required, () => _ = new ChangeRequest("RFC 2026-000002",
            new ChangeRequestForm("Cambio", "Descripción", ChangeType.Normal, ChangeRisk.Low, "Plan", null, null, null, [Approver1]),
            Agente1, At("2026-03-02 09:00")));
        Rule.BadInput("plannedEnd", Rules.WindowEndsBeforeStart, () => _ = NewChange(start: At("2026-03-09 10:00")));
        Assert.Throws<ForbiddenException>(() => _ = new ChangeRequest("RFC 2026-000003",
            new ChangeRequestForm("Cambio", "Descripción", ChangeType.Standard, ChangeRisk.Low, null, null, null, null, []),
            Usuario1, At("2026-03-02 09:00")));
    }

    [Fact] // Guía §10 "En Comité de control de Cambios": two of three approvers decide under the majority rule
    public void A_normal_change_goes_to_the_committee_and_two_of_three_approvals_approve_it()
    {
        var change = NewChange();
        change.Evaluate("Impacto revisado con el dueño del servicio.", Agente1, At("2026-03-02 10:00"));
        change.Submit("Listo para el comité.", Agente1, At("2026-03-02 11:00"));
        Assert.Equal(ChangeState.AwaitingApproval, change.State);

        Assert.Equal(ApprovalOutcome.Pending, change.Decide(Approver1, ApprovalDecision.Approve, "De acuerdo.", At("2026-03-03 08:00")));
        Rule.Broken(Rules.AlreadyDecided, () => change.Decide(Approver1, ApprovalDecision.Reject, "Cambio de opinión", At("2026-03-03 08:05")));
        Assert.Throws<ForbiddenException>(() => change.Decide(99, ApprovalDecision.Approve, "Yo también", At("2026-03-03 08:10")));
        Assert.Equal(ApprovalOutcome.Approved, change.Decide(Approver3, ApprovalDecision.Approve, "Con ventana nocturna.", At("2026-03-03 09:00")));

        Assert.Equal(ChangeState.Approved, change.State);
        Assert.Equal([ChangeEventKind.Created, ChangeEventKind.Evaluated, ChangeEventKind.Submitted, ChangeEventKind.Voted, ChangeEventKind.Approved],
            change.Events.Select(e => e.Kind));
        Rule.Broken(Rules.ChangeNotAwaitingApproval, () => change.Decide(Approver2, ApprovalDecision.Reject, "Tarde", At("2026-03-03 10:00")));
    }

    [Fact] // Under "all", one rejection is enough to reject
    public void Under_the_all_rule_one_rejection_rejects_and_a_rejected_change_can_only_be_closed()
    {
        var change = NewChange(rule: ApprovalRule.All);
        change.Submit("Al comité.", Agente1, At("2026-03-02 11:00"));

        Assert.Equal(ApprovalOutcome.Rejected, change.Decide(Approver2, ApprovalDecision.Reject, "Sin plan de pruebas.", At("2026-03-03 08:00")));

        Assert.Equal((ChangeState.Rejected, "Sin plan de pruebas."), (change.State, change.Events[^1].Note));
        Rule.Broken(Rules.ChangeTransitionNotAllowed, () => change.Transition(ChangeState.Scheduled, "Igual", null, [], Agente1, At("2026-03-03 09:00")));
        change.Transition(ChangeState.Closed, "Rechazado por el comité.", null, [], Agente1, At("2026-03-03 09:00"));
        Assert.NotNull(change.ClosedAt);
    }

    [Fact] // A standard change is a pre-approved model: it skips the committee
    public void A_standard_change_is_approved_on_submission_without_approvers()
    {
        var change = new ChangeRequest("RFC 2026-000004", new ChangeRequestForm("Alta de buzón", "Buzón para un funcionario nuevo.",
            ChangeType.Standard, ChangeRisk.Low, null, null, null, null, []), Agente1, At("2026-03-02 09:00"));

        change.Submit("Modelo estándar de alta de buzón.", Agente1, At("2026-03-02 09:05"));

        Assert.Equal(ChangeState.Approved, change.State);
    }

    [Fact]
    public void A_normal_change_without_approvers_cannot_go_to_the_committee() =>
        Rule.Broken(Rules.ChangeNeedsApprovers, () => NewChange(approvers: []).Submit("Al comité.", Agente1, At("2026-03-02 11:00")));

    [Fact] // Guía §10 "En aplicación", "Aprobada – paso a producción", "Aceptada – aplicada": the steps after the committee
    public void An_approved_change_is_scheduled_applied_reviewed_and_closed_in_that_order()
    {
        var change = NewChange(rule: ApprovalRule.Any);
        change.Submit("Al comité.", Agente1, At("2026-03-02 11:00"));
        change.Decide(Approver1, ApprovalDecision.Approve, "Adelante.", At("2026-03-03 08:00"));

        Rule.Broken(Rules.ChangeTransitionNotAllowed, () => change.Transition(ChangeState.InProgress, "Ya", null, [], Agente1, At("2026-03-03 09:00")));
        change.Transition(ChangeState.Scheduled, "Ventana del sábado.", null, [], Agente1, At("2026-03-03 09:00"));
        change.Transition(ChangeState.InProgress, "Empieza la ventana.", null, [], Agente1, At("2026-03-07 22:00"));
        change.Transition(ChangeState.Implemented, "Parche aplicado.", null, [], Agente1, At("2026-03-08 01:00"));
        Rule.BadInput("outcome", Rules.Required, () => change.Transition(ChangeState.Reviewed, "Revisado", null, [], Agente1, At("2026-03-09 09:00")));
        change.Transition(ChangeState.Reviewed, "Sin incidencias tras el cambio.", ReviewOutcome.Successful, [], Agente1, At("2026-03-09 09:00"));
        change.Transition(ChangeState.Closed, "Cerrado.", null, [], Agente1, At("2026-03-09 10:00"));

        Assert.Equal((ChangeState.Closed, ReviewOutcome.Successful), (change.State, change.ReviewOutcome));
        Assert.All(change.Events.Skip(1), e => Assert.False(string.IsNullOrEmpty(e.Note)));
        Rule.BadInput("note", Rules.NoteRequired, () => NewChange().Evaluate(" ", Agente1, At("2026-03-02 10:00")));
    }

    [Fact] // An emergency change may start as soon as it is approved; scheduling needs a window
    public void An_emergency_change_starts_right_after_approval_and_scheduling_needs_a_window()
    {
        var emergency = NewChange(type: ChangeType.Emergency, rule: ApprovalRule.Any);
        emergency.Submit("Caída del correo.", Agente1, At("2026-03-02 11:00"));
        emergency.Decide(Approver1, ApprovalDecision.Approve, "Urgente.", At("2026-03-02 11:05"));
        emergency.Transition(ChangeState.InProgress, "Se aplica ya.", null, [], Agente1, At("2026-03-02 11:10"));
        Assert.Equal(ChangeState.InProgress, emergency.State);

        var unplanned = new ChangeRequest("RFC 2026-000005", new ChangeRequestForm("Ampliar disco", "Disco del servidor de archivos.",
            ChangeType.Standard, ChangeRisk.Low, null, null, null, null, []), Agente1, At("2026-03-02 09:00"));
        unplanned.Submit("Modelo estándar.", Agente1, At("2026-03-02 09:05"));
        Rule.BadInput("plannedStart", Rules.WindowRequired, () => unplanned.Transition(ChangeState.Scheduled, "Programar", null, [], Agente1, At("2026-03-02 09:10")));
    }

    [Fact] // Guía §5: what the committee approves is what is applied; only the window may move, with its reason
    public void A_change_is_corrected_while_being_prepared_and_only_rescheduled_once_at_the_committee()
    {
        var change = NewChange();
        change.Edit(new ChangeRequestForm("Actualizar Exchange 2019", "Parche de seguridad de Exchange, CU14.", ChangeType.Normal,
            ChangeRisk.High, "Nodo pasivo, conmutar, nodo activo.", "Volver al nodo sin parche.", At("2026-03-07 22:00"),
            At("2026-03-08 02:00"), [Approver1])
        { Service = SoporteTecnicoService, Category = Hardware, Reason = "Boletín del fabricante." },
            Agente1, At("2026-03-02 10:00"));
        Assert.Equal((ChangeRisk.High, SoporteTecnicoService.Id, "Boletín del fabricante."), (change.Risk, change.ServiceId, change.Reason));
        Assert.Contains("exchange 2019", change.SearchText);

        change.Submit("Al comité.", Agente1, At("2026-03-02 11:00"));
        Rule.Broken(Rules.ChangeFrozen, () => change.Edit(new ChangeRequestForm("Otro", "Otro", ChangeType.Normal, ChangeRisk.Low,
            "Plan", "Plan", null, null, [Approver1]), Agente1, At("2026-03-02 12:00")));
        Rule.BadInput("plannedEnd", Rules.WindowEndsBeforeStart,
            () => change.Reschedule(At("2026-03-14 22:00"), At("2026-03-14 21:00"), "Otra ventana", Agente1, At("2026-03-02 12:00")));
        change.Reschedule(At("2026-03-14 22:00"), At("2026-03-15 02:00"), "El proveedor pidió una semana.", Agente1, At("2026-03-02 12:00"));

        Assert.Equal((At("2026-03-14 22:00"), ChangeEventKind.Rescheduled), (change.PlannedStart!.Value, change.Events[^1].Kind));
    }

    [Fact] // A category belongs to the service chosen; a responsible agent belongs to the responsible group
    public void The_classification_and_the_responsible_must_agree()
    {
        Rule.BadInput("category", Rules.UnknownCategory, () => _ = new ChangeRequest("RFC 2026-000009",
            new ChangeRequestForm("Cambio", "Descripción", ChangeType.Standard, ChangeRisk.Low, null, null, null, null, [])
            { Service = SistemasService, Category = Hardware }, Agente1, At("2026-03-02 09:00")));
        Rule.Broken(Rules.AgentNotInGroup, () => _ = new ChangeRequest("RFC 2026-000009",
            new ChangeRequestForm("Cambio", "Descripción", ChangeType.Standard, ChangeRisk.Low, null, null, null, null, [])
            { Group = MesaDeServicio, Agent = Agente2User }, Agente1, At("2026-03-02 09:00")));

        var change = new ChangeRequest("RFC 2026-000009",
            new ChangeRequestForm("Cambio", "Descripción", ChangeType.Standard, ChangeRisk.Low, null, null, null, null, [])
            { Group = SoporteTecnico, Agent = Agente2User, TeamAgents = [Agente3User, Agente3User], TeamGroups = [MesaDeServicio] },
            Agente1, At("2026-03-02 09:00"));
        Assert.Equal((SoporteTecnico.Id, Agente2User.Id), (change.GroupId!.Value, change.AgentId!.Value));
        Assert.Equal([(ChangeTeamMemberKind.Agent, 13L), (ChangeTeamMemberKind.Group, 1L)], change.Team.Select(m => (m.Kind, m.MemberId)));

        change.Assign(MesaDeServicio, Agente1User, "Lo aplica la primera línea.", Agente1, At("2026-03-02 10:00"));
        Rule.Broken(Rules.AlreadyAssignedThere, () => change.Assign(MesaDeServicio, Agente1User, "Otra vez", Agente1, At("2026-03-02 10:01")));
        Assert.Equal(ChangeEventKind.Assigned, change.Events[^1].Kind);
    }

    [Fact] // Guía §11 "Mis tareas": a change with open activities is not closed
    public void A_change_with_open_activities_is_not_closed()
    {
        var change = NewChange(rule: ApprovalRule.Any);
        change.Submit("Al comité.", Agente1, At("2026-03-02 11:00"));
        change.Decide(Approver1, ApprovalDecision.Approve, "Sí.", At("2026-03-03 08:00"));
        change.Transition(ChangeState.Scheduled, "Sábado.", null, [], Agente1, At("2026-03-03 09:00"));
        change.Transition(ChangeState.InProgress, "Empieza.", null, [], Agente1, At("2026-03-07 22:00"));
        change.Transition(ChangeState.Implemented, "Aplicado.", null, [], Agente1, At("2026-03-08 01:00"));
        change.Transition(ChangeState.Reviewed, "Bien.", ReviewOutcome.Successful, [], Agente1, At("2026-03-09 09:00"));
        var verify = new WorkTask(new Mesa.Core.Tasks.TaskParent(Mesa.Core.Tasks.TaskParentKind.Change, 1), WorkTaskKind.Activity,
            "Verificar el correo con los usuarios", null, 2, null, null, 1, Agente1, At("2026-03-02 09:00"));

        Rule.Broken(Rules.OpenTasks, () => change.Transition(ChangeState.Closed, "Cerrar", null, [verify], Agente1, At("2026-03-09 10:00")));
        Assert.Equal(ChangeState.Reviewed, change.State);
    }
}
