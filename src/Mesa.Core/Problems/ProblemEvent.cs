using Mesa.Core.Common;

namespace Mesa.Core.Problems;

/// <summary>One line of a problem's history.</summary>
public sealed class ProblemEvent : HistoryLine<ProblemEventKind, ProblemState>
{
    private ProblemEvent()
    {
    }

    internal ProblemEvent(ProblemEventKind kind, long actorId, DateTimeOffset at, ProblemState? from, ProblemState to,
        string? note)
        : base(kind, actorId, at, from, to, note)
    {
    }

    public long ProblemId { get; private set; }
}
