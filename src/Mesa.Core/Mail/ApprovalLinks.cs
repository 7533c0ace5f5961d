namespace Mesa.Core.Mail;

/// <summary>What an approval link asks about: a change (its committee) or a ticket (its approval flow).</summary>
public enum ApprovalSubject
{
    Change,
    Ticket,
}

/// <summary>Whose decision an approval link carries: one approver, on one change or one request.</summary>
public sealed record ApprovalGrant(ApprovalSubject Subject, long RecordId, long ApproverId);

/// <summary>
/// The links of the approvers' e-mail (Guía §10 "En Comité de control de Cambios", §14.2 "Flujo de trabajo"): a signed,
/// expiring token that lets one approver decide on one change or one request without signing in, even one who is not
/// an agent. Opening the link only shows the record and the question (mail scanners open links too); the decision is a
/// post from that page, and a record no longer waiting for that approver takes none.
/// </summary>
public interface IApprovalLinks
{
    string Token(ApprovalGrant grant);

    /// <summary>The grant a token carries, or null when it was altered or has expired.</summary>
    ApprovalGrant? Read(string? token);
}
