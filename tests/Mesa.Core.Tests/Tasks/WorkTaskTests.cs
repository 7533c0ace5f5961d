using Mesa.Core.Common;
using Mesa.Core.Tasks;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tasks;

/// <summary>
/// Guía §11 "Mis tareas": tasks, activities and milestones on a ticket, a problem or a change, for an agent or a group;
/// a task that waits for others starts only when they are done, no wait closes a circle, and a record closes only when
/// none of its tasks is open.
/// </summary>
public sealed class WorkTaskTests
{
    private static readonly TaskParent Rfc = new(TaskParentKind.Change, 5);

    private static WorkTask Activity(long id, string title, int order) =>
        new WorkTask(Rfc, WorkTaskKind.Activity, title, null, groupId: 2, agentId: null, At("2026-03-07 23:00"), order,
            Agente1, At("2026-03-02 09:00")).WithId(id);

    [Fact]
    public void A_task_is_for_an_agent_or_a_group_and_a_milestone_for_nobody()
    {
        Rule.BadInput("agent", Rules.TaskNeedsAssignee, () => _ = new WorkTask(Rfc, WorkTaskKind.Task, "Probar", null, null, null,
            null, 1, Agente1, At("2026-03-02 09:00")));
        var milestone = new WorkTask(Rfc, WorkTaskKind.Milestone, "Paso a producción", null, null, null, At("2026-03-08 02:00"),
            9, Agente1, At("2026-03-02 09:00"));
        Assert.Equal(WorkTaskState.Open, milestone.State);
        Assert.Throws<ForbiddenException>(() => _ = new WorkTask(Rfc, WorkTaskKind.Task, "Probar", null, 2, null, null, 1,
            Usuario1, At("2026-03-02 09:00")));
    }

    [Fact] // A change's plan: each activity waits for the one before it
    public void An_activity_starts_only_when_the_ones_it_waits_for_are_done()
    {
        var backup = Activity(1, "Copia de seguridad del buzón", 1);
        var patch = Activity(2, "Aplicar el parche", 2);
        var siblings = new[] { backup, patch };
        patch.WaitFor(backup, siblings, Agente1, At("2026-03-02 09:30"));

        Rule.Broken(Rules.TaskWaitsFor, () => patch.Start(siblings, Agente2, At("2026-03-07 22:00")));
        backup.Start(siblings, Agente2, At("2026-03-07 22:00"));
        backup.Complete(siblings, Agente2, At("2026-03-07 22:30"));
        patch.Start(siblings, Agente2, At("2026-03-07 22:31"));
        patch.Complete(siblings, Agente2, At("2026-03-07 23:40"));

        Assert.Equal((WorkTaskState.Done, At("2026-03-07 23:40")), (patch.State, patch.DoneAt!.Value));
        Rule.Broken(Rules.TaskTransitionNotAllowed, () => patch.Complete(siblings, Agente2, At("2026-03-07 23:41")));
    }

    [Fact]
    public void No_wait_closes_a_circle_and_a_task_waits_only_for_its_own_records_tasks()
    {
        var a = Activity(1, "Preparar", 1);
        var b = Activity(2, "Aplicar", 2);
        var c = Activity(3, "Verificar", 3);
        var siblings = new[] { a, b, c };
        b.WaitFor(a, siblings, Agente1, At("2026-03-02 09:30"));
        c.WaitFor(b, siblings, Agente1, At("2026-03-02 09:30"));

        Rule.Broken(Rules.TaskDependencyCircle, () => a.WaitFor(c, siblings, Agente1, At("2026-03-02 09:30")));
        var elsewhere = new WorkTask(new TaskParent(TaskParentKind.Ticket, 40), WorkTaskKind.Task, "Otra", null, 1, null, null, 1,
            Agente1, At("2026-03-02 09:00")).WithId(9);
        Rule.Broken(Rules.TaskDependencyNotSibling, () => a.WaitFor(elsewhere, siblings, Agente1, At("2026-03-02 09:30")));
    }

    [Fact] // Closing the record while tasks are open is refused with the reason; cancelled tasks do not hold it
    public void A_record_closes_only_when_none_of_its_tasks_is_open()
    {
        var backup = Activity(1, "Copia de seguridad del buzón", 1);
        var patch = Activity(2, "Aplicar el parche", 2);

        Rule.Broken(Rules.OpenTasks, () => WorkTask.RequireNoneOpen([backup, patch]));
        backup.Complete([backup, patch], Agente2, At("2026-03-07 22:30"));
        Rule.BadInput("note", Rules.NoteRequired, () => patch.Cancel("", Agente2, At("2026-03-07 22:31")));
        patch.Cancel("El proveedor retiró el parche.", Agente2, At("2026-03-07 22:31"));

        WorkTask.RequireNoneOpen([backup, patch]);
    }
}
