using System.Collections.Concurrent;
using Mesa.Core.People.Directory;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Accounts;

/// <summary>
/// A directory account signs in by no way once the directory disabled or removed it, not even with a session or a
/// token made before: each request of a directory account asks the directory whether the entry is still there and
/// enabled (at most every <see cref="DirectoryOptions.RecheckSeconds"/>; by default every time). A "no" deactivates the
/// account at once. While the directory does not answer, the last answer stands (a directory outage does not sign
/// the whole agency out); new password sign-ins wait for it.
/// </summary>
public sealed class DirectoryStanding(IDirectory directory, IOptions<DirectoryOptions> options, TimeProvider clock,
    IServiceScopeFactory scopes, ILogger<DirectoryStanding> log)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<long, Seen> _seen = new();

    public async Task<bool> AllowsAsync(long userId, string directoryKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var recheck = TimeSpan.FromSeconds(Math.Max(0, options.Value.RecheckSeconds));
        _seen.TryGetValue(userId, out var seen);
        if (seen is not null && now - seen.At < recheck) return seen.Enabled;
        bool enabled;
        try
        {
            enabled = await directory.FindByKeyAsync(directoryKey, ct) is { Enabled: true };
        }
        catch (DirectoryUnavailableException error)
        {
            log.LogWarning("The directory did not answer for a signed-in person; the last answer stands: {Reason}", error.Message);
            return seen?.Enabled ?? true;
        }

        if (_seen.Count > PruneAbove) _seen.Clear();
        _seen[userId] = new Seen(enabled, now);
        if (!enabled) await DeactivateAsync(userId, ct);
        return enabled;
    }

    private async Task DeactivateAsync(long userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.MesaDbContext>();
        var user = await db.Users.FindAsync([userId], ct);
        if (user is not null) await scope.ServiceProvider.GetRequiredService<DirectoryAccounts>().DeactivateMissingAsync(user, null, ct);
    }

    private sealed record Seen(bool Enabled, DateTimeOffset At);
}
