namespace Mesa.Core.Mail;

/// <summary>Whose decision an approval link carries: one approver, one change, one round of the committee.</summary>
public sealed record ApprovalGrant(long ChangeId, long ApproverId);

/// <summary>
/// The links of the committee's e-mail (Guía §10 "En Comité de control de Cambios"): a signed, expiring token that
/// lets one approver decide on one change without signing in, even one who is not an agent. Opening the link only
/// shows the change and the question (mail scanners open links too); the decision is a post from that page, and a
/// change no longer waiting for the committee takes none.
/// </summary>
public interface IApprovalLinks
{
    string Token(ApprovalGrant grant);

    /// <summary>The grant a token carries, or null when it was altered or has expired.</summary>
    ApprovalGrant? Read(string? token);
}
