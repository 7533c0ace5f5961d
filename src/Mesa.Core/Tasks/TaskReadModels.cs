namespace Mesa.Core.Tasks;

/// <summary>Guía §11 "Mis tareas": the tasks given to me, or to my groups.</summary>
public enum TaskView
{
    AssignedToMe,
    MyGroups,
}

public sealed record TaskFilter(TaskView View = TaskView.AssignedToMe, WorkTaskState? State = null, WorkTaskKind? Kind = null,
    TaskParentKind? ParentKind = null, bool IncludeDone = false, int Page = 1, TaskSort Sort = TaskSort.Due);

/// <summary>How a list of tasks is ordered.</summary>
public enum TaskSort
{
    /// <summary>The nearest due date first; tasks without one last.</summary>
    Due,
    Newest,
}

/// <summary>A task as lists show it, with the record it belongs to.</summary>
public sealed record TaskSummary(long Id, WorkTaskKind Kind, string Title, string? Description, WorkTaskState State,
    int Order, string? Group, string? AgentUserName, string? Agent, DateTimeOffset? DueAt, DateTimeOffset? DoneAt,
    IReadOnlyList<long> After, TaskParentKind ParentKind, long ParentId, string ParentCode, string ParentTitle, long Version)
{
    public bool IsOpen => State is WorkTaskState.Open or WorkTaskState.InProgress;
}

public sealed record TaskHistoryEntry(DateTimeOffset At, string By, WorkTaskEventKind Kind, WorkTaskState? FromState,
    WorkTaskState ToState, string? Note);

/// <summary>What a person or a program sends to add a task to a record, by names.</summary>
public sealed record NewTask(string? Title, WorkTaskKind Kind = WorkTaskKind.Task)
{
    public string? Description { get; init; }

    public string? Group { get; init; }

    public string? Agent { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Tasks of the same record (by id) this one waits for.</summary>
    public IReadOnlyList<long> After { get; init; } = [];
}

/// <summary>The open tasks of one view, per state and per kind.</summary>
public sealed record TaskCounters(IReadOnlyDictionary<WorkTaskState, int> ByState, IReadOnlyDictionary<WorkTaskKind, int> ByKind);

public static class TaskQueries
{
    /// <summary>The open tasks of one record.</summary>
    public static IQueryable<WorkTask> OpenOf(this IQueryable<WorkTask> tasks, TaskParent parent) =>
        tasks.Where(t => t.ParentKind == parent.Kind && t.ParentId == parent.Id
                         && (t.State == WorkTaskState.Open || t.State == WorkTaskState.InProgress));

    /// <summary>The open tasks of several records of one kind, read at once.</summary>
    public static IQueryable<WorkTask> OpenOfAny(this IQueryable<WorkTask> tasks, TaskParentKind kind, IReadOnlyCollection<long> ids) =>
        tasks.Where(t => t.ParentKind == kind && ids.Contains(t.ParentId)
                         && (t.State == WorkTaskState.Open || t.State == WorkTaskState.InProgress));
}
