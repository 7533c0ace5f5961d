namespace Mesa.Core.Problems;

/// <summary>One append-only line of a problem's history: who did what, when, from which state to which, and why.</summary>
public sealed class ProblemEvent
{
    private ProblemEvent()
    {
    }

    internal ProblemEvent(ProblemEventKind kind, long actorId, DateTimeOffset at, ProblemState? from, ProblemState to,
        string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        FromState = from;
        ToState = to;
        Note = note;
    }

    public long Id { get; private set; }

    public long ProblemId { get; private set; }

    public ProblemEventKind Kind { get; private set; }

    public long ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ProblemState? FromState { get; private set; }

    public ProblemState ToState { get; private set; }

    public string? Note { get; private set; }
}
