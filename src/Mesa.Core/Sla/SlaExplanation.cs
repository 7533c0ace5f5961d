namespace Mesa.Core.Sla;

/// <summary>
/// How a ticket's dates came about — the running and stopped stretches of its clock and, for each
/// target, the working minutes used and left.
/// </summary>
public sealed record SlaExplanation(
    string Policy,
    string Calendar,
    IReadOnlyList<ClockSegment> Segments,
    SlaTargetState Response,
    SlaTargetState Resolution,
    int StoppedWorkingMinutes,
    TimeSpan StoppedWallTime);

/// <summary>A stretch of the ticket's life: the clock ran, or stood still for a reason (a substate code or "resolved").</summary>
public sealed record ClockSegment(DateTimeOffset From, DateTimeOffset To, bool Running, string? Reason, int WorkingMinutes);

public sealed record SlaTargetState(
    int TargetMinutes,
    DateTimeOffset? DueAt,
    DateTimeOffset? OriginalDueAt,
    DateTimeOffset? MetAt,
    int UsedMinutes,
    int LeftMinutes,
    bool Breached,
    TimeSpan? WallTime);
