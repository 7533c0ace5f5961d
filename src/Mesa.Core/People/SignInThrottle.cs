using System.Collections.Concurrent;

namespace Mesa.Core.People;

/// <summary>
/// Guía §8 locks an account after repeated failed sign-ins. Mesa locks the account <em>from one client address</em>:
/// <see cref="MaxFailures"/> failures from an address lock that account there for <see cref="LockTime"/>, even with the
/// right password, while its owner signs in from anywhere else as usual. So whoever knows a user name can slow a guess
/// down but never lock the person out of the console. The sign-in page and the API's Basic sign-in share it; it is kept
/// in memory, per instance.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The "address" the second factor's codes are counted under: one count per account, from every address together.
    /// Whoever gets that far has the password; guessing six digits from many computers at once must not help them.
    /// </summary>
    public const string CodeStep = "second-factor";

    /// <summary>Past this many accounts and addresses being watched, the ones whose time is over are forgotten.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>Until when the account is locked from this address, or null when it may try.</summary>
    public DateTimeOffset? LockedUntil(string userName, string? address)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(Key(userName, address), out var failures) && failures.LockedUntil > now
            ? failures.LockedUntil
            : null;
    }

    /// <summary>Counts a failure; answers until when the account is now locked from this address, if it is.</summary>
    public DateTimeOffset? Failed(string userName, string? address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PruneAbove) Prune(now);
        var failures = _failures.AddOrUpdate(Key(userName, address), _ => new Failures(1, now, null), (_, seen) =>
        {
            // Failures older than the lock time are forgotten, as are those before a lock that has ended.
            if (seen.LockedUntil <= now || (seen.LockedUntil is null && now - seen.First >= LockTime))
                return new Failures(1, now, null);
            var count = seen.Count + 1;
            return new Failures(count, seen.First, count >= MaxFailures ? now + LockTime : null);
        });
        return failures.LockedUntil;
    }

    /// <summary>
    /// Whether this is the first try while the account is locked from this address: the sign-in log keeps that one;
    /// the rest of a lock's tries change nothing and may come by thousands a minute from a script.
    /// </summary>
    public bool FirstTryWhileLocked(string userName, string? address)
    {
        var key = Key(userName, address);
        while (_failures.TryGetValue(key, out var seen) && seen.LockedUntil > clock.GetUtcNow())
        {
            if (seen.TriedWhileLocked) return false;
            if (_failures.TryUpdate(key, seen with { TriedWhileLocked = true }, seen)) return true;
        }

        return false;
    }

    /// <summary>A right password from this address clears its failures.</summary>
    public void Succeeded(string userName, string? address) => _failures.TryRemove(Key(userName, address), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if ((failures.LockedUntil ?? failures.First + LockTime) <= now) _failures.TryRemove(key, out _);
        }
    }

    private static string Key(string userName, string? address) =>
        $"{userName.Trim().ToUpperInvariant()}\n{address ?? "-"}";

    private sealed record Failures(int Count, DateTimeOffset First, DateTimeOffset? LockedUntil, bool TriedWhileLocked = false);
}
