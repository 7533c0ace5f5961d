namespace Mesa.Core.Mail;

/// <summary>
/// Whose answer a confirmation link carries: one requester, one ticket, one resolution (the instant it was resolved).
/// A later resolution of the same ticket has links of its own; an answered one leaves Resuelta, so a link works once.
/// </summary>
public sealed record ConfirmationGrant(long TicketId, long UserId, DateTimeOffset ResolvedAt)
{
    /// <summary>Whether this link was sent for the resolution the ticket now waits on.</summary>
    public bool IsFor(DateTimeOffset? resolvedAt) =>
        resolvedAt is { } at && at.ToUnixTimeMilliseconds() == ResolvedAt.ToUnixTimeMilliseconds();
}

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
