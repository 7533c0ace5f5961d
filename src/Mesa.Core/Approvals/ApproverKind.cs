namespace Mesa.Core.Approvals;

/// <summary>Who decides a step of a request's approval flow.</summary>
public enum ApproverKind
{
    /// <summary>The requester's manager (the directory's <c>manager</c>, or as an administrator set it).</summary>
    Manager,

    /// <summary>The owner of the ticket's service.</summary>
    ServiceOwner,

    /// <summary>One named person.</summary>
    Person,
}

/// <summary>What a step decides by itself when its approver lets its timeout pass.</summary>
public enum ApprovalTimeoutOutcome
{
    Reject,
    Approve,
}
