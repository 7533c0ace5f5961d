using System.Globalization;
using System.Security.Cryptography;
using Mesa.Core.Mail;
using Microsoft.AspNetCore.DataProtection;

namespace Mesa.Web.Hosting;

/// <summary>
/// <see cref="IApprovalLinks"/> with ASP.NET Core data protection (the keys every instance shares): a token names the
/// change or the ticket and the approver, and expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class ApprovalLinks(IDataProtectionProvider protection, TimeProvider clock) : IApprovalLinks
{
    /// <summary>A committee that has not decided in a month is asked again by a new submission; a flow's step has its reminders.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    // The expiry travels inside the protected payload and is checked against Mesa's clock (TimeProvider).
    private readonly IDataProtector _protector = protection.CreateProtector("Mesa.ApprovalLink.v1");

    public string Token(ApprovalGrant grant)
    {
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return _protector.Protect(string.Create(CultureInfo.InvariantCulture,
            $"{grant.Subject}:{grant.RecordId}:{grant.ApproverId}:{expires}"));
    }

    public ApprovalGrant? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var parts = _protector.Unprotect(token).Split(':');
            var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[3], CultureInfo.InvariantCulture));
            if (expires < clock.GetUtcNow()) return null;
            return new ApprovalGrant(Enum.Parse<ApprovalSubject>(parts[0]), long.Parse(parts[1], CultureInfo.InvariantCulture),
                long.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        catch (Exception error) when (error is CryptographicException or FormatException or IndexOutOfRangeException
                                          or ArgumentException)
        {
            return null;
        }
    }
}
