using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Alerts;

/// <summary>Guía §11 "Pestaña avisos / alertas": publishing alerts for every agent, and what each panel shows.</summary>
public sealed class AgentAlerts(MesaDbContext db, TimeProvider clock)
{
    /// <summary>One alert as people read it, with who published it.</summary>
    public sealed record AlertView(long Id, string Text, AlertLevel Level, DateTimeOffset StartsAt, DateTimeOffset? EndsAt,
        string PublishedBy, DateTimeOffset PublishedAt, DateTimeOffset? WithdrawnAt, bool Showing);

    /// <summary>What an agent's panel shows now: the most serious first, then the newest.</summary>
    public async Task<IReadOnlyList<AlertView>> ShowingAsync(Actor by, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        // The alerts not withdrawn are few; whether each shows now is decided in memory, the same way on both engines.
        var alerts = await ViewsAsync(db.AgentAlerts.Where(a => a.WithdrawnAt == null), ct);
        return alerts.Where(a => a.Showing).OrderByDescending(a => a.Level).ThenByDescending(a => a.StartsAt).ToList();
    }

    /// <summary>The latest alerts, newest first, for the people who publish them.</summary>
    public async Task<IReadOnlyList<AlertView>> RecentAsync(Actor by, int count, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        var latest = await ViewsAsync(db.AgentAlerts.OrderByDescending(a => a.Id).Take(count), ct);
        // The join with the publishers does not keep the inner order: sort the page itself.
        return latest.OrderByDescending(a => a.Id).ToList();
    }

    /// <summary>Publishes an alert; it starts now unless a later start is given.</summary>
    public async Task<AlertView> PublishAsync(Actor by, string? text, AlertLevel level, DateTimeOffset? startsAt,
        DateTimeOffset? endsAt, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var alert = db.AgentAlerts.Add(new AgentAlert(text, level, startsAt ?? now, endsAt, by, now)).Entity;
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.AgentAlerts.Where(a => a.Id == alert.Id), ct)).Single();
    }

    /// <summary>Takes an alert off every panel now.</summary>
    public async Task<AlertView> WithdrawAsync(Actor by, long id, CancellationToken ct)
    {
        var alert = await db.AgentAlerts.SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException(Rules.AlertNotFound, id);
        alert.Withdraw(by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.AgentAlerts.Where(a => a.Id == id), ct)).Single();
    }

    private async Task<List<AlertView>> ViewsAsync(IQueryable<AgentAlert> alerts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await (from a in alerts
                          join u in db.Users on a.CreatedById equals u.Id
                          select new { Alert = a, By = u.DisplayName }).AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new AlertView(r.Alert.Id, r.Alert.Text, r.Alert.Level, r.Alert.StartsAt, r.Alert.EndsAt,
            r.By, r.Alert.CreatedAt, r.Alert.WithdrawnAt, r.Alert.ShowsAt(now))).ToList();
    }
}
