using Mesa.Core.Changes;

namespace Mesa.Core.Tests.Changes;

/// <summary>
/// Guía §5 (the change committee): a decision is taken as soon as the rule is met, and refused as soon as it can no
/// longer be met, whatever the approvers still to vote would say.
/// </summary>
public sealed class ApprovalTallyTests
{
    [Theory]
    // rule, approvers, quorum, approvals, rejections, outcome
    [InlineData(ApprovalRule.All, 3, 0, 2, 0, ApprovalOutcome.Pending)]
    [InlineData(ApprovalRule.All, 3, 0, 3, 0, ApprovalOutcome.Approved)]
    [InlineData(ApprovalRule.All, 3, 0, 2, 1, ApprovalOutcome.Rejected)]
    [InlineData(ApprovalRule.Majority, 3, 0, 2, 0, ApprovalOutcome.Approved)]
    [InlineData(ApprovalRule.Majority, 3, 0, 1, 1, ApprovalOutcome.Pending)]
    [InlineData(ApprovalRule.Majority, 3, 0, 1, 2, ApprovalOutcome.Rejected)]
    [InlineData(ApprovalRule.Majority, 4, 0, 2, 2, ApprovalOutcome.Rejected)] // a tie is no majority
    [InlineData(ApprovalRule.Majority, 4, 0, 2, 1, ApprovalOutcome.Pending)]
    [InlineData(ApprovalRule.Any, 3, 0, 1, 2, ApprovalOutcome.Approved)]
    [InlineData(ApprovalRule.Any, 3, 0, 0, 2, ApprovalOutcome.Pending)]
    [InlineData(ApprovalRule.Any, 3, 0, 0, 3, ApprovalOutcome.Rejected)]
    [InlineData(ApprovalRule.Quorum, 5, 2, 2, 3, ApprovalOutcome.Approved)]
    [InlineData(ApprovalRule.Quorum, 5, 2, 1, 3, ApprovalOutcome.Pending)]
    [InlineData(ApprovalRule.Quorum, 5, 2, 1, 4, ApprovalOutcome.Rejected)]
    public void The_rule_decides_as_soon_as_the_votes_settle_it(ApprovalRule rule, int approvers, int quorum, int approvals,
        int rejections, ApprovalOutcome outcome) =>
        Assert.Equal(outcome, ApprovalTally.Outcome(rule, approvers, quorum, approvals, rejections));

    [Fact]
    public void Nobody_to_vote_decides_nothing() =>
        Assert.Equal(ApprovalOutcome.Pending, ApprovalTally.Outcome(ApprovalRule.Any, 0, 0, 0, 0));
}
