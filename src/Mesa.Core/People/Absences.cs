using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People;

/// <summary>
/// Who is away. An agent records their own absences; a supervisor those of the members of the
/// groups they supervise, and sees them; an admin anyone's.
/// </summary>
public sealed class Absences(MesaDbContext db, OrganisationTime time)
{
    public sealed record View(long Id, string UserName, string DisplayName, DateOnly From, DateOnly To, string? Reason);

    public async Task<View> AddAsync(Actor by, string? userName, DateOnly from, DateOnly to, string? reason, CancellationToken ct)
    {
        var userId = string.IsNullOrWhiteSpace(userName) ? by.Id : await UserIdAsync(userName, ct);
        await RequireMayManageAsync(by, userId, ct);
        var absence = new Absence(userId, from, to, reason, by.Id, time.UtcNow);
        db.Set<Absence>().Add(absence);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(by, ct)).Single(a => a.Id == absence.Id);
    }

    /// <summary>Current and future absences the actor may see: their own and, for supervisors, their groups' members'.</summary>
    public async Task<IReadOnlyList<View>> ListAsync(Actor by, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.ToLocal(time.UtcNow).DateTime);
        var supervised = by.Supervises.ToArray();
        var all = by.IsAdmin;
        var me = by.Id;
        return await (from a in db.Set<Absence>()
                      join u in db.Users on a.UserId equals u.Id
                      where a.To >= today && (all || a.UserId == me
                            || db.GroupMemberships.Any(m => m.UserId == a.UserId && supervised.Contains(m.GroupId)))
                      orderby a.From, u.UserName
                      select new View(a.Id, u.UserName!, u.DisplayName, a.From, a.To, a.Reason)).ToListAsync(ct);
    }

    public async Task RemoveAsync(Actor by, long id, CancellationToken ct)
    {
        var absence = await db.Set<Absence>().SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException(Rules.NotFound);
        await RequireMayManageAsync(by, absence.UserId, ct);
        db.Set<Absence>().Remove(absence);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The people away on a day, for the automatic assignment.</summary>
    public async Task<HashSet<long>> AwayOnAsync(DateOnly day, CancellationToken ct) =>
        (await db.Set<Absence>().Where(a => a.From <= day && a.To >= day).Select(a => a.UserId).ToListAsync(ct)).ToHashSet();

    public DateOnly Today => DateOnly.FromDateTime(time.ToLocal(time.UtcNow).DateTime);

    private async Task RequireMayManageAsync(Actor by, long userId, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        if (userId == by.Id || by.IsAdmin) return;
        var supervised = by.Supervises.ToArray();
        if (!await db.GroupMemberships.AnyAsync(m => m.UserId == userId && supervised.Contains(m.GroupId), ct))
            throw new ForbiddenException(Rules.AbsenceOnlyOwnOrSupervised);
    }

    private async Task<long> UserIdAsync(string userName, CancellationToken ct)
    {
        var normalised = userName.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedUserName == normalised && !u.IsSystem).Select(u => (long?)u.Id)
            .SingleOrDefaultAsync(ct) ?? throw new InputException("userName", Rules.UnknownUser, userName);
    }
}
