using MimeKit;
using MimeKit.Cryptography;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// Whether the mailbox's own receiving server vouches for a message's From address (RFC 8601
/// <c>Authentication-Results</c>, RFC 7489 DMARC). Anyone may write such a header into a message, so only the one
/// signed with the name the mailbox trusts is read, and of those only the topmost: a receiving server adds its stamp
/// above the headers the message came with (and removes copies of its own name, RFC 8601 §5).
/// </summary>
public static class SenderAuthentication
{
    public static bool Verifies(MimeMessage message, string? trustedAuthServId, string fromAddress)
    {
        if (string.IsNullOrWhiteSpace(trustedAuthServId)) return false;
        var at = fromAddress.LastIndexOf('@');
        if (at < 0 || at == fromAddress.Length - 1) return false;
        var fromDomain = fromAddress[(at + 1)..].Trim();

        foreach (var header in message.Headers.Where(h => h.Id == HeaderId.AuthenticationResults))
        {
            if (!AuthenticationResults.TryParse(header.RawValue, out var stamp)) continue;
            if (!string.Equals(stamp.AuthenticationServiceIdentifier?.Trim(), trustedAuthServId.Trim(),
                    StringComparison.OrdinalIgnoreCase)) continue;

            // DMARC passed for the very domain of the From line: the domain's owner says this server may send as it.
            return stamp.Results.Any(r =>
                string.Equals(r.Method, "dmarc", StringComparison.OrdinalIgnoreCase)
                && string.Equals(r.Result, "pass", StringComparison.OrdinalIgnoreCase)
                && r.Properties.Any(p =>
                    string.Equals(p.PropertyType, "header", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(p.Property, "from", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(p.Value?.Trim(), fromDomain, StringComparison.OrdinalIgnoreCase)));
        }

        return false;
    }
}
