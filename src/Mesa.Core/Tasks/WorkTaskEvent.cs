using Mesa.Core.Common;

namespace Mesa.Core.Tasks;

/// <summary>One line of a task's history.</summary>
public sealed class WorkTaskEvent : HistoryLine<WorkTaskEventKind, WorkTaskState>
{
    private WorkTaskEvent()
    {
    }

    internal WorkTaskEvent(WorkTaskEventKind kind, long actorId, DateTimeOffset at, WorkTaskState? from, WorkTaskState to, string? note)
        : base(kind, actorId, at, from, to, note)
    {
    }

    public long TaskId { get; private set; }
}

public enum WorkTaskEventKind
{
    Created,
    Started,
    Done,
    Cancelled,
    Reassigned,

    /// <summary>The task now waits for another (the note names it).</summary>
    WaitsFor,
}
