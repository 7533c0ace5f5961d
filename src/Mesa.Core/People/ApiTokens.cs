using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People;

/// <summary>
/// Issues, finds and revokes personal access tokens. Every token expires (by default after <see cref="DefaultDays"/>,
/// at most after <see cref="MaxDays"/>), and a new password revokes them all: a token never outlives the trust that
/// made it.
/// </summary>
public sealed class ApiTokens(MesaDbContext db, TimeProvider clock)
{
    public const string Prefix = "mesa_";
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    public sealed record Issued(ApiToken Token, string Secret);

    public async Task<Issued> IssueAsync(long userId, string name, int? expiresInDays, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken(userId, name.Trim(), Hash(secret), now, now.AddDays(expiresInDays ?? DefaultDays));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new Issued(token, secret);
    }

    /// <summary>The user a presented secret belongs to, if the token is known, unexpired and not revoked.</summary>
    public async Task<long?> UserOfAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var hash = Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, ct);
        return token is not null && token.IsValidAt(clock.GetUtcNow()) ? token.UserId : null;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(long userId, CancellationToken ct) =>
        await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Id).ToListAsync(ct);

    public async Task RevokeAsync(long userId, long tokenId, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct)
            ?? throw new NotFoundException(Rules.TokenNotFound);
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Revokes every token of a person (a new password, an account closed); answers how many were live.</summary>
    public async Task<int> RevokeAllAsync(long userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var live = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct);
        foreach (var token in live) token.Revoke(now);
        await db.SaveChangesAsync(ct);
        return live.Count;
    }

    /// <summary>SHA-256 is enough here: the secret has 256 random bits, so there is nothing to guess from the hash.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
