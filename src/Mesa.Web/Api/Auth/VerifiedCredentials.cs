using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Mesa.Core.People;

namespace Mesa.Web.Api.Auth;

/// <summary>
/// Basic credentials verified a moment ago, so that an integration calling with Basic is not hashed anew (Identity's
/// PBKDF2, on purpose slow) on every call. Kept for <see cref="Lifetime"/> as a keyed hash of name and password (never
/// the password), with the account's security stamp: a new password or any change Identity stamps drops them at once.
/// Integrations should use personal tokens (Bearer) all the same.
/// </summary>
public sealed class VerifiedCredentials(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int PruneAbove = 10_000;

    // A key of this process alone: what is kept here means nothing outside it.
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    private readonly ConcurrentDictionary<string, Verified> _verified = new(StringComparer.Ordinal);

    /// <summary>Whether this name and password were verified for this account, unchanged since, a moment ago.</summary>
    public bool Holds(string userName, string password, User user) =>
        _verified.TryGetValue(Key(userName, password), out var seen)
        && seen.UserId == user.Id && seen.Stamp == user.SecurityStamp && seen.Until > clock.GetUtcNow();

    public void Remember(string userName, string password, User user)
    {
        var now = clock.GetUtcNow();
        if (_verified.Count > PruneAbove)
        {
            foreach (var (key, seen) in _verified)
            {
                if (seen.Until <= now) _verified.TryRemove(key, out _);
            }
        }

        _verified[Key(userName, password)] = new Verified(user.Id, user.SecurityStamp, now + Lifetime);
    }

    private string Key(string userName, string password) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(userName + "\n" + password)));

    private sealed record Verified(long UserId, string? Stamp, DateTimeOffset Until);
}
