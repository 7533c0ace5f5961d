namespace Mesa.Core.Tasks;

/// <summary>One append-only line of a task's history: who did what, when, and why.</summary>
public sealed class WorkTaskEvent
{
    private WorkTaskEvent()
    {
    }

    internal WorkTaskEvent(WorkTaskEventKind kind, long actorId, DateTimeOffset at, WorkTaskState? from, WorkTaskState to, string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        FromState = from;
        ToState = to;
        Note = note;
    }

    public long Id { get; private set; }

    public long TaskId { get; private set; }

    public WorkTaskEventKind Kind { get; private set; }

    public long ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public WorkTaskState? FromState { get; private set; }

    public WorkTaskState ToState { get; private set; }

    public string? Note { get; private set; }
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
