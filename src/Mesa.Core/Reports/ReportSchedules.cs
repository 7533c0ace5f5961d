using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Reports;

/// <summary>A scheduled report as a list shows it.</summary>
public sealed record ReportScheduleSummary(int Id, string Name, ReportName Report, ReportBy? By, ReportFormat Format,
    ReportFrequency Frequency, ReportScope Scope, string Addresses, string? Group, bool Active, string Owner,
    DateTimeOffset NextRunAt, DateTimeOffset? LastRunAt, string? LastError);

/// <summary>One sending, to download again.</summary>
public sealed record ReportDeliverySummary(long Id, DateOnly From, DateOnly To, string FileName, int Size, DateTimeOffset At);

/// <summary>
/// The scheduled reports (Guía §4): supervisors and administrators write them; whoever wrote one (or an
/// administrator) changes or removes it. Sending one stores its file and queues one message per address, and one
/// for the group's supervisors, in the same transaction: the outbox sends them with the file attached.
/// </summary>
public sealed class ReportSchedules(MesaDbContext db, OrganisationTime time)
{
    public async Task<IReadOnlyList<ReportScheduleSummary>> ListAsync(Actor by, CancellationToken ct)
    {
        Require(by);
        return await Summaries(db.ReportSchedules.AsNoTracking().OrderBy(s => s.Name)).ToListAsync(ct);
    }

    public async Task<ReportScheduleSummary> GetAsync(Actor by, int id, CancellationToken ct)
    {
        Require(by);
        return await Summaries(db.ReportSchedules.AsNoTracking().Where(s => s.Id == id)).SingleOrDefaultAsync(ct)
               ?? throw new NotFoundException(Rules.ReportScheduleNotFound, id);
    }

    public async Task<ReportScheduleSummary> SaveAsync(Actor by, int? id, ReportScheduleInput input, string? group, CancellationToken ct)
    {
        Require(by);
        long? groupId = null;
        if (!string.IsNullOrWhiteSpace(group))
        {
            groupId = await db.Groups.Where(g => g.Name == group.Trim()).Select(g => (long?)g.Id).SingleOrDefaultAsync(ct)
                      ?? throw new InputException("group", Rules.UnknownGroup, group);
        }

        var now = time.UtcNow;
        var settings = input with { GroupId = groupId };
        ReportSchedule schedule;
        if (id is { } existing)
        {
            schedule = await MineAsync(by, existing, ct);
            schedule.Change(settings, now, time.Zone);
        }
        else
        {
            schedule = ReportSchedule.Create(settings, by.Id, now, time.Zone);
            db.ReportSchedules.Add(schedule);
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(by, schedule.Id, ct);
    }

    public async Task DeleteAsync(Actor by, int id, CancellationToken ct)
    {
        Require(by);
        db.ReportSchedules.Remove(await MineAsync(by, id, ct));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ReportDeliverySummary>> DeliveriesAsync(Actor by, int id, CancellationToken ct)
    {
        await GetAsync(by, id, ct);
        return await db.ReportDeliveries.AsNoTracking().Where(d => d.ScheduleId == id).OrderByDescending(d => d.Id).Take(50)
            .Select(d => new ReportDeliverySummary(d.Id, d.From, d.To, d.FileName, d.Content.Length, d.CreatedAt)).ToListAsync(ct);
    }

    public async Task<ReportDelivery> DeliveryAsync(Actor by, int id, long deliveryId, CancellationToken ct)
    {
        await GetAsync(by, id, ct);
        return await db.ReportDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deliveryId && d.ScheduleId == id, ct)
               ?? throw new NotFoundException(Rules.ReportScheduleNotFound, deliveryId);
    }

    /// <summary>The schedules whose sending time has come, oldest first.</summary>
    public async Task<IReadOnlyList<ReportSchedule>> DueAsync(CancellationToken ct)
    {
        var now = time.UtcNow;
        return await db.ReportSchedules.Where(s => s.Active && s.NextRunAt <= now).OrderBy(s => s.NextRunAt).ToListAsync(ct);
    }

    /// <summary>Keeps the file and queues its messages, and moves the schedule on, in one transaction.</summary>
    public async Task DeliverAsync(ReportSchedule schedule, DateOnly from, DateOnly to, string fileName, string contentType,
        byte[] content, string subject, string body, CancellationToken ct)
    {
        var now = time.UtcNow;
        var delivery = new ReportDelivery(schedule.Id, from, to, fileName, contentType, content, now);
        db.ReportDeliveries.Add(delivery);
        foreach (var address in schedule.AddressList)
            db.Notifications.Add(Notification.ForReport(delivery, address, null, subject, body, now));
        if (schedule.GroupId is { } group) db.Notifications.Add(Notification.ForReport(delivery, null, group, subject, body, now));
        schedule.Sent(now, time.Zone);
        await db.SaveChangesAsync(ct);
    }

    public async Task FailAsync(ReportSchedule schedule, string reason, CancellationToken ct)
    {
        schedule.Failed(reason, time.UtcNow, time.Zone);
        await db.SaveChangesAsync(ct);
    }

    private static void Require(Actor by)
    {
        if (!by.ReadsReports) throw new ForbiddenException(Rules.ReportsForSupervisors);
    }

    private async Task<ReportSchedule> MineAsync(Actor by, int id, CancellationToken ct)
    {
        var schedule = await db.ReportSchedules.SingleOrDefaultAsync(s => s.Id == id, ct)
                       ?? throw new NotFoundException(Rules.ReportScheduleNotFound, id);
        if (schedule.OwnerId != by.Id && !by.IsAdmin) throw new ForbiddenException(Rules.ReportScheduleNotYours);
        return schedule;
    }

    private IQueryable<ReportScheduleSummary> Summaries(IQueryable<ReportSchedule> schedules) =>
        schedules.Select(s => new ReportScheduleSummary(s.Id, s.Name, s.Report, s.By, s.Format, s.Frequency, s.Scope, s.Addresses,
            db.Groups.Where(g => g.Id == s.GroupId).Select(g => g.Name).FirstOrDefault(), s.Active,
            db.Users.Where(u => u.Id == s.OwnerId).Select(u => u.UserName).First()!, s.NextRunAt, s.LastRunAt, s.LastError));
}
