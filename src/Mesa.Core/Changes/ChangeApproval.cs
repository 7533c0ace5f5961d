namespace Mesa.Core.Changes;

/// <summary>One approver of a change and, once given, their decision with its comment.</summary>
public sealed class ChangeApproval
{
    private ChangeApproval()
    {
    }

    internal ChangeApproval(long approverId) => ApproverId = approverId;

    public long Id { get; private set; }

    public long ChangeId { get; private set; }

    public long ApproverId { get; private set; }

    public ApprovalDecision? Decision { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? At { get; private set; }

    internal void Decide(ApprovalDecision decision, string note, DateTimeOffset at)
    {
        Decision = decision;
        Note = note;
        At = at;
    }
}
