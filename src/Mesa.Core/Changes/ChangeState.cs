namespace Mesa.Core.Changes;

/// <summary>
/// The lifecycle of a request for change (Guía §5 "Request for Change (RFC)"; §10's committee and production substates
/// map onto it): registered, evaluated, put to the change committee (CAB), approved or rejected, scheduled in its
/// window, applied, reviewed after it was applied, and closed.
/// </summary>
public enum ChangeState
{
    New,
    Evaluation,
    AwaitingApproval,
    Approved,
    Rejected,
    Scheduled,
    InProgress,
    Implemented,
    Reviewed,
    Closed,
}

/// <summary>Standard changes are pre-approved models and skip the committee; emergency ones are decided at once.</summary>
public enum ChangeType
{
    Standard,
    Normal,
    Emergency,
}

public enum ChangeRisk
{
    Low,
    Medium,
    High,
}

/// <summary>The post-implementation review's verdict.</summary>
public enum ReviewOutcome
{
    Successful,
    WithProblems,
    BackedOut,
}
