namespace Mesa.Core.Problems;

public enum ProblemEventKind
{
    Created,
    Edited,
    Assigned,
    KnownError,
    Resolved,
    Closed,
    Reopened,
}
