using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Following;

/// <summary>Following tickets and reading the bell (Guía §11 "mantener un monitoreo constante de su bandeja").</summary>
public sealed class TicketFollowing(MesaDbContext db, TicketQueries tickets, TimeProvider clock)
{
    /// <summary>The lines the bell lists, newest first.</summary>
    public const int Shown = 100;

    public sealed record BellLine(long Id, DateTimeOffset At, BellKind Kind, long TicketId, string Code, string Title,
        string Actor, bool Read);

    /// <summary>An agent follows any ticket they may see; following twice changes nothing.</summary>
    public async Task FollowAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        RequireStaff(by);
        var id = await tickets.IdOfVisibleAsync(by, ticketRef, ct);
        if (await db.TicketFollows.AnyAsync(f => f.TicketId == id && f.UserId == by.Id, ct)) return;
        db.TicketFollows.Add(new TicketFollow(id, by.Id, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person followed it at the same moment from another tab: it is followed, as asked.
            db.ChangeTracker.Clear();
            if (!await db.TicketFollows.AnyAsync(f => f.TicketId == id && f.UserId == by.Id, ct)) throw;
        }
    }

    public async Task UnfollowAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        RequireStaff(by);
        var id = await tickets.IdOfVisibleAsync(by, ticketRef, ct);
        await db.TicketFollows.Where(f => f.TicketId == id && f.UserId == by.Id).ExecuteDeleteAsync(ct);
    }

    public Task<bool> FollowsAsync(Actor by, long ticketId, CancellationToken ct) =>
        db.TicketFollows.AnyAsync(f => f.TicketId == ticketId && f.UserId == by.Id, ct);

    /// <summary>The bell: the newest lines, or only the unread ones.</summary>
    public async Task<IReadOnlyList<BellLine>> BellAsync(Actor by, bool unreadOnly, CancellationToken ct)
    {
        var lines = db.BellNotifications.AsNoTracking().Where(b => b.UserId == by.Id);
        if (unreadOnly) lines = lines.Where(b => b.ReadAt == null);
        var page = await lines.OrderByDescending(b => b.Id).Take(Shown)
            .Select(b => new BellLine(b.Id, b.At, b.Kind, b.TicketId, b.Ticket!.Code, b.Ticket.Title,
                db.Users.Where(u => u.Id == b.ActorId).Select(u => u.DisplayName).FirstOrDefault() ?? "", b.ReadAt != null))
            .ToListAsync(ct);
        return page.OrderByDescending(b => b.Id).ToList();
    }

    /// <summary>How many lines of the bell wait unread: the console's header shows it on every page.</summary>
    public Task<int> UnreadAsync(long userId, CancellationToken ct) =>
        db.BellNotifications.CountAsync(b => b.UserId == userId && b.ReadAt == null, ct);

    /// <summary>Marks the lines named (or all) as read: what the person has seen.</summary>
    public async Task MarkReadAsync(Actor by, IReadOnlyCollection<long>? ids, CancellationToken ct)
    {
        var lines = db.BellNotifications.Where(b => b.UserId == by.Id && b.ReadAt == null);
        if (ids is not null) lines = lines.Where(b => ids.Contains(b.Id));
        var now = clock.GetUtcNow();
        await lines.ExecuteUpdateAsync(s => s.SetProperty(b => b.ReadAt, now), ct);
    }

    private static void RequireStaff(Actor by)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
    }
}
