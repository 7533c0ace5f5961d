namespace Mesa.Core.Common;

/// <summary>
/// One append-only line of a record's history (a problem's, a change's, a release's, a task's): who did what, when,
/// from which state to which, and why. Each record's own line adds the key of its record.
/// </summary>
public abstract class HistoryLine<TKind, TState>
    where TKind : struct, Enum
    where TState : struct, Enum
{
    protected HistoryLine()
    {
    }

    protected HistoryLine(TKind kind, long actorId, DateTimeOffset at, TState? from, TState to, string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        FromState = from;
        ToState = to;
        Note = note;
    }

    public long Id { get; private set; }

    public TKind Kind { get; private set; }

    public long ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public TState? FromState { get; private set; }

    public TState ToState { get; private set; }

    public string? Note { get; private set; }
}
