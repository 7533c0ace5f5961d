using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Sla;

/// <summary>
/// Calendars, holiday rules, ANS policies and the priority matrix, as the admin keeps them. Every
/// change makes the cached schedules be read again. Existing tickets keep the terms they were given; their dates
/// follow a calendar change at their next recomputation.
/// </summary>
public sealed class SlaAdministration(MesaDbContext db, SlaCatalog catalog, TicketReferences refs)
{
    public sealed record CalendarInput(string Name, string TimeZone, string? HolidayRuleSet, IReadOnlyList<WorkingInterval> Week);

    public sealed record PolicyInput(string Name, string Calendar, bool IsDefault, IReadOnlyList<SlaTarget> Targets);

    public async Task<IReadOnlyList<BusinessCalendar>> CalendarsAsync(CancellationToken ct) =>
        await db.Calendars.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);

    public async Task<BusinessCalendar> CalendarAsync(string name, CancellationToken ct) =>
        await db.Calendars.SingleOrDefaultAsync(c => c.Name == name, ct)
        ?? throw new NotFoundException(Rules.UnknownCalendar, name);

    public async Task<BusinessCalendar> CreateCalendarAsync(CalendarInput input, CancellationToken ct)
    {
        await RequireFreeNameAsync(db.Calendars.Select(c => c.Name), input.Name, null, ct);
        var calendar = new BusinessCalendar(input.Name, input.TimeZone, input.HolidayRuleSet, input.Week);
        db.Calendars.Add(calendar);
        await SaveAsync(ct);
        return calendar;
    }

    public async Task<BusinessCalendar> UpdateCalendarAsync(string name, CalendarInput input, CancellationToken ct)
    {
        var calendar = await CalendarAsync(name, ct);
        await RequireFreeNameAsync(db.Calendars.Where(c => c.Id != calendar.Id).Select(c => c.Name), input.Name, null, ct);
        calendar.Rename(input.Name);
        calendar.ChangeTimeZone(input.TimeZone);
        calendar.ChangeHolidayRuleSet(input.HolidayRuleSet);
        calendar.SetWeek(input.Week);
        await SaveAsync(ct);
        return calendar;
    }

    public async Task<BusinessCalendar> AddHolidayAsync(string calendarName, DateOnly date, string name, CancellationToken ct)
    {
        var calendar = await CalendarAsync(calendarName, ct);
        calendar.AddHoliday(date, name);
        await SaveAsync(ct);
        return calendar;
    }

    /// <summary>Removes a day off: an added date is forgotten; a public holiday is worked in this calendar.</summary>
    public async Task<BusinessCalendar> RemoveHolidayAsync(string calendarName, DateOnly date, CancellationToken ct)
    {
        var calendar = await CalendarAsync(calendarName, ct);
        if (calendar.HolidayChanges.Any(c => c.Date == date && !c.Removed)) calendar.ResetHoliday(date);
        else calendar.RemoveHoliday(date);
        await SaveAsync(ct);
        return calendar;
    }

    /// <summary>Undoes an admin's change to a date: an added day off is forgotten, a removed public holiday is back.</summary>
    public async Task<BusinessCalendar> ResetHolidayAsync(string calendarName, DateOnly date, CancellationToken ct)
    {
        var calendar = await CalendarAsync(calendarName, ct);
        calendar.ResetHoliday(date);
        await SaveAsync(ct);
        return calendar;
    }

    public async Task<IReadOnlyList<HolidayRule>> HolidayRulesAsync(CancellationToken ct) =>
        await db.HolidayRules.AsNoTracking().OrderBy(r => r.RuleSet).ThenBy(r => r.Month ?? 0).ThenBy(r => r.Day ?? 0)
            .ToListAsync(ct);

    /// <summary>A new law is one row.</summary>
    public async Task<HolidayRule> AddHolidayRuleAsync(HolidayRule rule, CancellationToken ct)
    {
        db.HolidayRules.Add(rule);
        await SaveAsync(ct);
        return rule;
    }

    public async Task<IReadOnlyList<SlaPolicy>> PoliciesAsync(CancellationToken ct) =>
        await db.SlaPolicies.AsNoTracking().Include(p => p.Calendar).OrderBy(p => p.Name).ToListAsync(ct);

    public async Task<SlaPolicy> PolicyAsync(string name, CancellationToken ct) =>
        await db.SlaPolicies.Include(p => p.Calendar).SingleOrDefaultAsync(p => p.Name == name, ct)
        ?? throw new NotFoundException(Rules.UnknownPolicy, name);

    public async Task<SlaPolicy> CreatePolicyAsync(PolicyInput input, CancellationToken ct)
    {
        await RequireFreeNameAsync(db.SlaPolicies.Select(p => p.Name), input.Name, null, ct);
        var calendar = await CalendarForInputAsync(input.Calendar, ct);
        var policy = new SlaPolicy(input.Name, calendar.Id, input.Targets, input.IsDefault);
        policy.UseCalendar(calendar);
        if (input.IsDefault) await ClearDefaultAsync(ct);
        db.SlaPolicies.Add(policy);
        await SaveAsync(ct);
        return policy;
    }

    public async Task<SlaPolicy> UpdatePolicyAsync(string name, PolicyInput input, CancellationToken ct)
    {
        var policy = await PolicyAsync(name, ct);
        await RequireFreeNameAsync(db.SlaPolicies.Where(p => p.Id != policy.Id).Select(p => p.Name), input.Name, null, ct);
        policy.Rename(input.Name);
        policy.UseCalendar(await CalendarForInputAsync(input.Calendar, ct));
        policy.SetTargets(input.Targets);
        if (input.IsDefault && !policy.IsDefault) await ClearDefaultAsync(ct);
        policy.MakeDefault(input.IsDefault);
        await SaveAsync(ct);
        return policy;
    }

    /// <summary>Which ANS a service, or a category subtree, uses (null: inherit).</summary>
    public async Task AssignPolicyAsync(string serviceName, string? categoryPath, string? policyName, CancellationToken ct)
    {
        int? policyId = policyName is null ? null : (await PolicyAsync(policyName, ct)).Id;
        var (service, category) = await refs.ClassificationAsync(serviceName, categoryPath, ct);
        if (service is null && category is null) throw new InputException("service", Rules.Required);
        if (category is not null)
        {
            var tracked = await db.Categories.SingleAsync(c => c.Id == category.Id, ct);
            tracked.UseSlaPolicy(policyId);
        }
        else
        {
            var tracked = await db.Services.SingleAsync(s => s.Id == service!.Id, ct);
            tracked.UseSlaPolicy(policyId);
        }

        await SaveAsync(ct);
    }

    public async Task<IReadOnlyList<PriorityMatrixCell>> MatrixAsync(CancellationToken ct) =>
        await db.PriorityMatrix.AsNoTracking().OrderBy(c => c.Impact).ThenBy(c => c.Urgency).ToListAsync(ct);

    /// <summary>Replaces the priority of the given cells; new tickets and new classifications use it.</summary>
    public async Task<IReadOnlyList<PriorityMatrixCell>> SetMatrixAsync(IReadOnlyList<PriorityMatrixCell> cells,
        CancellationToken ct)
    {
        var current = await db.PriorityMatrix.ToListAsync(ct);
        foreach (var cell in cells)
            current.Single(c => c.Impact == cell.Impact && c.Urgency == cell.Urgency).Priority = cell.Priority;
        await SaveAsync(ct);
        return await MatrixAsync(ct);
    }

    private async Task<BusinessCalendar> CalendarForInputAsync(string name, CancellationToken ct) =>
        await db.Calendars.SingleOrDefaultAsync(c => c.Name == name, ct)
        ?? throw new InputException("calendar", Rules.UnknownCalendar, name);

    private async Task ClearDefaultAsync(CancellationToken ct)
    {
        foreach (var other in await db.SlaPolicies.Where(p => p.IsDefault).ToListAsync(ct)) other.MakeDefault(false);
    }

    private static async Task RequireFreeNameAsync(IQueryable<string> names, string name, string? field, CancellationToken ct)
    {
        var wanted = name.Trim();
        if (await names.AnyAsync(n => n == wanted, ct)) throw new InputException(field ?? "name", Rules.DuplicateName, wanted);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
    }
}
