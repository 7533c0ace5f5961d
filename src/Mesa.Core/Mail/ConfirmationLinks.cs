namespace Mesa.Core.Mail;

/// <summary>Whose answer a confirmation link carries: one requester, one ticket.</summary>
public sealed record ConfirmationGrant(long TicketId, long UserId);

/// <summary>
/// The Correcta / Incorrecta links of the resolution e-mail (Guía §14.4): a signed, expiring token that
/// lets its requester answer for that one ticket without signing in. Opening the link only shows the question (mail
/// scanners open links too); the answer is a post from that page. Signed by the host's data-protection keys.
/// </summary>
public interface IConfirmationLinks
{
    string Token(ConfirmationGrant grant);

    /// <summary>The grant a token carries, or null when it was altered or has expired.</summary>
    ConfirmationGrant? Read(string? token);
}
