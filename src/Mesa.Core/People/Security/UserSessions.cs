using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People.Security;

/// <summary>
/// The signed-in browsers of each person: kept for the cookie (by its key), listed for their owner and for
/// administrators, ended by either, each ending in the sign-in log in the same transaction.
/// </summary>
public sealed class UserSessions(MesaDbContext db, TimeProvider clock, SignInLog log)
{
    /// <summary>How often a session's "last seen" is written: not on every request.</summary>
    public static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(5);

    public sealed record Line(long Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt,
        SignInMethod? Method, bool Persistent, string? Address, string? Device);

    /// <summary>The hash a key is kept under.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public async Task AddAsync(UserSession session, CancellationToken ct)
    {
        db.Add(session);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The session a cookie's key names, noting that it was seen; null when it was ended or has expired.</summary>
    public async Task<UserSession?> UseAsync(string key, CancellationToken ct)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow();
        var session = await db.Set<UserSession>().AsNoTracking().SingleOrDefaultAsync(s => s.KeyHash == hash, ct);
        if (session is null || session.ExpiresAt <= now) return null;
        if (now - session.LastSeenAt >= SeenEvery)
            await db.Set<UserSession>().Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), ct);
        return session;
    }

    /// <summary>A session whose cookie was renewed (sliding expiration): its ticket and end move on.</summary>
    public Task RenewAsync(string key, byte[] ticket, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow();
        return db.Set<UserSession>().Where(s => s.KeyHash == hash).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Ticket, ticket).SetProperty(s => s.ExpiresAt, expiresAt).SetProperty(s => s.LastSeenAt, now), ct);
    }

    /// <summary>The session the cookie names ends (its owner signed out, or the cookie was refused).</summary>
    public Task RemoveAsync(string key, CancellationToken ct)
    {
        var hash = Hash(key);
        return db.Set<UserSession>().Where(s => s.KeyHash == hash).ExecuteDeleteAsync(ct);
    }

    /// <summary>A person's sessions that have not expired, the latest first.</summary>
    public async Task<IReadOnlyList<Line>> OfAsync(long userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Set<UserSession>().AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresAt > now)
            .OrderByDescending(s => s.Id)
            .Select(s => new Line(s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.Method, s.Persistent, s.Address, s.Device))
            .ToListAsync(ct);
    }

    /// <summary>Which session a key's hash is (to mark "this one" in a list).</summary>
    public async Task<long?> IdOfAsync(string? hash, CancellationToken ct)
    {
        if (hash is null) return null;
        return await db.Set<UserSession>().Where(s => s.KeyHash == hash).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct);
    }

    /// <summary>Ends one of the person's sessions; false when they have no such session.</summary>
    public async Task<bool> EndAsync(User owner, long sessionId, User by, CancellationToken ct)
    {
        var session = await db.Set<UserSession>().SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == owner.Id, ct);
        if (session is null) return false;
        db.Remove(session);
        Ended(owner, session, by);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Ends all of a person's sessions but <paramref name="kept"/>; answers how many.</summary>
    public async Task<int> EndAllAsync(User owner, User by, long? kept, CancellationToken ct)
    {
        var sessions = await db.Set<UserSession>().Where(s => s.UserId == owner.Id && s.Id != kept).ToListAsync(ct);
        foreach (var session in sessions)
        {
            db.Remove(session);
            Ended(owner, session, by);
        }

        await db.SaveChangesAsync(ct);
        return sessions.Count;
    }

    /// <summary>The log's line: whose session, begun how and where, ended by whom (when not its owner).</summary>
    private void Ended(User owner, UserSession session, User by) =>
        log.Add(new(SignInEventKind.SessionEnded, owner, owner.UserName!, session.Method, Address: session.Address,
            By: by.Id == owner.Id ? null : by));

    /// <summary>Forgets sessions that expired more than a day ago (the hourly sweep).</summary>
    public Task<int> SweepAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddDays(-1);
        return db.Set<UserSession>().Where(s => s.ExpiresAt < before).ExecuteDeleteAsync(ct);
    }
}
