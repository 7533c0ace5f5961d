using System.Globalization;
using System.Security.Cryptography;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Hosting;

/// <summary>
/// <see cref="IConfirmationLinks"/> with ASP.NET Core data protection (the keys every instance shares): a token
/// names the ticket, its requester and the resolution it was sent for, and expires a week after the automatic closure
/// would have answered anyway.
/// </summary>
public sealed class ConfirmationLinks(IDataProtectionProvider protection, TimeProvider clock, IOptions<MesaSettings> settings)
    : IConfirmationLinks
{
    // The expiry travels inside the protected payload and is checked against Mesa's clock (TimeProvider), not the
    // machine's, like every other date of the desk.
    private readonly IDataProtector _protector = protection.CreateProtector("Mesa.ConfirmationLink.v2");

    public string Token(ConfirmationGrant grant)
    {
        var expires = (clock.GetUtcNow() + TimeSpan.FromDays(settings.Value.AutoCloseDays + 7)).ToUnixTimeSeconds();
        return _protector.Protect(string.Create(CultureInfo.InvariantCulture,
            $"{grant.TicketId}:{grant.UserId}:{expires}:{grant.ResolvedAt.ToUnixTimeMilliseconds()}"));
    }

    public ConfirmationGrant? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var parts = _protector.Unprotect(token).Split(':');
            var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture));
            if (expires < clock.GetUtcNow()) return null;
            return new ConfirmationGrant(long.Parse(parts[0], CultureInfo.InvariantCulture),
                long.Parse(parts[1], CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[3], CultureInfo.InvariantCulture)));
        }
        catch (Exception error) when (error is CryptographicException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
