using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People;

/// <summary>
/// Sign-in by a link received by e-mail: a random secret that works once, within
/// <see cref="Lifetime"/>, for one person; at most <see cref="PerHour"/> links an hour per person, so that nobody can
/// flood someone's mailbox.
/// </summary>
public sealed class SignInLinks(MesaDbContext db, OrganisationTime time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public const int PerHour = 5;

    /// <summary>
    /// A new link's secret for the person with that user name or e-mail, or null when there is nobody to send it to
    /// (unknown, a system account, no address, locked out, deactivated, or too many links this hour).
    /// </summary>
    public async Task<(User User, string Secret)?> IssueAsync(string userNameOrEmail, CancellationToken ct)
    {
        var key = userNameOrEmail.Trim().ToUpperInvariant();
        if (key.Length == 0) return null;
        var now = time.UtcNow;
        var user = await db.Users.Where(u => (u.NormalizedUserName == key || u.NormalizedEmail == key) && !u.IsSystem)
            .OrderBy(u => u.NormalizedUserName == key ? 0 : 1).ThenBy(u => u.Id).FirstOrDefaultAsync(ct);
        if (user is null || string.IsNullOrWhiteSpace(user.Email) || user.LockoutEnd > now || user.AwaitingConfirmation
            || !user.IsActive)
            return null;
        var since = now - TimeSpan.FromHours(1);
        if (await db.SignInLinks.CountAsync(l => l.UserId == user.Id && l.CreatedAt >= since, ct) >= PerHour) return null;

        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.SignInLinks.Add(new SignInLink(user.Id, Hash(secret), now, Lifetime));
        await db.SaveChangesAsync(ct);
        return (user, secret);
    }

    /// <summary>Whose a link is, without using it (the page the link opens asks before signing in).</summary>
    public async Task<User?> PeekAsync(string? secret, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret)) return null;
        var hash = Hash(secret);
        var now = time.UtcNow;
        return await (from l in db.SignInLinks
                      join u in db.Users on l.UserId equals u.Id
                      where l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now
                      select u).SingleOrDefaultAsync(ct);
    }

    /// <summary>Uses a link: its person, once; null for a link unknown, used, or expired. Two uses at once: one wins.</summary>
    public async Task<User?> RedeemAsync(string? secret, CancellationToken ct)
    {
        var user = await PeekAsync(secret, ct);
        if (user is null) return null;
        var hash = Hash(secret!);
        var now = time.UtcNow;
        var used = await db.SignInLinks.Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.UsedAt, now), ct);
        return used == 1 ? user : null;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
