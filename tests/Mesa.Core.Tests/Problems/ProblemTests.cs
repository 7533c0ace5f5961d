using Mesa.Core.Common;
using Mesa.Core.Problems;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Problems;

/// <summary>
/// Guía §5 "Problema" and §11 "Pestaña problemas y errores conocidos": a problem is registered (Nuevo), assigned,
/// becomes an error conocido with its root cause and workaround, is resolved and closed; each step in its history.
/// </summary>
public sealed class ProblemTests
{
    private static Problem NewProblem() =>
        new Problem("La impresora del piso 3 falla a diario", "Cinco incidencias de hojas en blanco esta semana.", Agente1,
            At("2026-03-02 09:00")).WithId(7);

    [Fact]
    public void A_registered_problem_is_new_and_its_history_says_who_registered_it()
    {
        var problem = NewProblem();

        Assert.Equal((ProblemState.New, "PRB-7"), (problem.State, problem.Code));
        Assert.Equal((ProblemEventKind.Created, Agente1.Id), (problem.Events.Single().Kind, problem.Events.Single().ActorId));
    }

    [Fact] // Assigning needs a note and an agent of the group; a new problem becomes Asignado
    public void Assigning_to_a_group_and_one_of_its_agents_makes_it_assigned()
    {
        var problem = NewProblem();

        Rule.BadInput("note", Rules.NoteRequired, () => problem.Assign(SoporteTecnico, Agente2User, " ", Supervisor1, At("2026-03-02 10:00")));
        Rule.Broken(Rules.AgentNotInGroup, () => problem.Assign(SoporteTecnico, Agente1User, "Revisar", Supervisor1, At("2026-03-02 10:00")));
        problem.Assign(SoporteTecnico, Agente2User, "Revisar el fusor", Supervisor1, At("2026-03-02 10:00"));

        Assert.Equal((ProblemState.Assigned, 2L, 12L), (problem.State, problem.GroupId!.Value, problem.AgentId!.Value));
        Assert.Equal((ProblemState.New, ProblemState.Assigned, "Revisar el fusor"),
            (problem.Events[^1].FromState!.Value, problem.Events[^1].ToState, problem.Events[^1].Note));
        Rule.Broken(Rules.AlreadyAssignedThere, () => problem.Assign(SoporteTecnico, Agente2User, "Otra vez", Supervisor1, At("2026-03-02 10:05")));
    }

    [Fact] // Error conocido: root cause and workaround, both required
    public void A_known_error_needs_its_root_cause_and_a_workaround()
    {
        var problem = NewProblem();
        problem.Assign(SoporteTecnico, Agente2User, "Revisar", Supervisor1, At("2026-03-02 10:00"));

        Rule.BadInput("workaround", Rules.Required, () => problem.DeclareKnownError("Fusor gastado", " ", Agente2, At("2026-03-03 10:00")));
        Assert.Equal(ProblemState.Assigned, problem.State);
        problem.DeclareKnownError("Fusor gastado", "Imprimir desde la bandeja 2", Agente2, At("2026-03-03 10:00"));

        Assert.Equal((ProblemState.KnownError, "Imprimir desde la bandeja 2"), (problem.State, problem.Workaround));
        Rule.Broken(Rules.ProblemTransitionNotAllowed, () => problem.DeclareKnownError("Otra", "Otra", Agente2, At("2026-03-03 11:00")));
    }

    [Fact] // Resolved with its solution, then closed with a note; or reopened when the incidents come back
    public void A_resolved_problem_is_closed_with_a_note_or_reopened()
    {
        var problem = NewProblem();
        problem.Assign(SoporteTecnico, null, "Al grupo", Supervisor1, At("2026-03-02 10:00"));
        problem.DeclareKnownError("Fusor gastado", "Bandeja 2", Agente2, At("2026-03-03 10:00"));
        Rule.Broken(Rules.ProblemTransitionNotAllowed, () => problem.Close("Listo", Agente2, At("2026-03-04 10:00")));

        problem.Resolve("Se cambió el fusor.", Agente2, At("2026-03-04 10:00"));
        problem.Reopen("Volvieron las hojas en blanco.", Agente2, At("2026-03-05 10:00"));

        Assert.Equal((ProblemState.KnownError, (string?)null), (problem.State, problem.Solution));
        problem.Resolve("Se cambió la tarjeta lógica.", Agente2, At("2026-03-06 10:00"));
        problem.Close("Una semana sin incidencias.", Agente2, At("2026-03-13 10:00"));
        Assert.Equal((ProblemState.Closed, At("2026-03-13 10:00")), (problem.State, problem.ClosedAt!.Value));
        Rule.Broken(Rules.ProblemClosed, () => problem.Edit("X", "Y", null, null, Agente2, At("2026-03-14 10:00")));
        Assert.Equal(7, problem.Events.Count);
    }

    [Fact] // Requesters do not manage problems
    public void Only_staff_register_and_work_problems()
    {
        Assert.Throws<ForbiddenException>(() => new Problem("Título", "Texto", Usuario1, At("2026-03-02 09:00")));
        Assert.Throws<ForbiddenException>(() => NewProblem().Resolve("Solución", Usuario1, At("2026-03-02 09:30")));
    }
}
