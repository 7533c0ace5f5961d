using Mesa.Core.Knowledge;

namespace Mesa.Core.Problems;

/// <summary>Which problems a list or a panel card shows (Guía §11 "Pestaña problemas y errores conocidos").</summary>
public enum ProblemView
{
    /// <summary>Visión general: every problem.</summary>
    All,

    /// <summary>Asignados a mí.</summary>
    AssignedToMe,

    /// <summary>Asignados a mis grupos.</summary>
    MyGroups,
}

public sealed record ProblemSummary(long Id, string Title, ProblemState State, string? Group, string? Agent,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Incidents)
{
    public string Code => Problem.CodeOf(Id);
}

public sealed record ProblemHistoryEntry(DateTimeOffset At, string By, ProblemEventKind Kind, ProblemState? FromState,
    ProblemState ToState, string? Note);

public sealed record ProblemDetails(long Id, string Title, string Description, ProblemState State, long? GroupId,
    string? Group, string? Agent, string? RootCause, string? Workaround, string? Solution, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version, IReadOnlyList<CitingTicket> Incidents,
    IReadOnlyList<ProblemHistoryEntry> History)
{
    public string Code => Problem.CodeOf(Id);

    public bool IsOpen => State is not (ProblemState.Resolved or ProblemState.Closed);
}

/// <summary>The open problems of one view of the panel, per state (closed ones are not counted).</summary>
public sealed record ProblemCounters(IReadOnlyDictionary<ProblemState, int> ByState);

public sealed record ProblemFilter(ProblemView View = ProblemView.All, ProblemState? State = null, string? Query = null,
    bool IncludeClosed = false, int Page = 1);
