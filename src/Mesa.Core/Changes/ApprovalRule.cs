namespace Mesa.Core.Changes;

/// <summary>How many approvers must say yes (Guía §5, the change committee): all of them, more than half, any one, or
/// a quorum of N.</summary>
public enum ApprovalRule
{
    All,
    Majority,
    Any,
    Quorum,
}

public enum ApprovalDecision
{
    Approve,
    Reject,
}

/// <summary>Where the votes leave a decision.</summary>
public enum ApprovalOutcome
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// The committee's arithmetic, one rule for changes and for request approval flows: a decision is approved as soon as
/// the rule is met, and rejected as soon as it can no longer be met whatever the approvers still to vote say.
/// </summary>
public static class ApprovalTally
{
    /// <summary>How many approvals the rule needs out of <paramref name="approvers"/>.</summary>
    public static int Needed(ApprovalRule rule, int approvers, int quorum) => rule switch
    {
        ApprovalRule.All => approvers,
        ApprovalRule.Majority => approvers / 2 + 1,
        ApprovalRule.Any => 1,
        ApprovalRule.Quorum => Math.Clamp(quorum, 1, approvers),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    public static ApprovalOutcome Outcome(ApprovalRule rule, int approvers, int quorum, int approvals, int rejections)
    {
        if (approvers <= 0) return ApprovalOutcome.Pending;
        var needed = Needed(rule, approvers, quorum);
        if (approvals >= needed) return ApprovalOutcome.Approved;
        return approvers - rejections < needed ? ApprovalOutcome.Rejected : ApprovalOutcome.Pending;
    }
}
