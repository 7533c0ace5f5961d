using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Sla;

/// <summary>
/// Keeps a ticket's ANS right after every change: chooses the policy when what decides it changed (the most
/// specific of category, parent categories, service, default), then recomputes the due dates from the stored clock
/// stops and records a breach that a late response or solution just caused.
/// </summary>
public sealed class SlaService(MesaDbContext db, SlaCatalog catalog, IOptions<MesaSettings> settings)
{
    public async Task<PriorityMatrix> MatrixAsync(CancellationToken ct) => (await catalog.GetAsync(ct)).Matrix;

    /// <summary>The terms a classification gets: its policy (tracked, with targets), calendar and schedule.</summary>
    public sealed record SlaTerms(SlaPolicy Policy, BusinessCalendar Calendar, CalendarSchedule Schedule);

    public async Task ApplyAsync(Ticket ticket, Actor by, DateTimeOffset at, CancellationToken ct)
    {
        var terms = ticket.SlaPolicyId is null || ticket.SlaBasis != ticket.CurrentSlaBasis
            ? await TermsForAsync(ticket.ServiceId, ticket.CategoryId, ct)
            : null;
        var schedule = terms?.Schedule ?? (ticket.CalendarId is { } id ? await catalog.ScheduleAsync(id, ct) : null);
        Apply(ticket, terms, schedule, by, at);
    }

    /// <summary>
    /// The pure part: takes new terms when given, recomputes the due dates and records a breach that a late act
    /// caused. Registration calls it inside its short transaction, with terms read before.
    /// </summary>
    public void Apply(Ticket ticket, SlaTerms? terms, CalendarSchedule? schedule, Actor by, DateTimeOffset at)
    {
        if (terms is not null) ticket.ApplySlaTerms(terms.Policy, terms.Calendar, by, at);
        if (schedule is null) return;
        ticket.RecomputeDueDates(schedule, settings.Value.SlaWarningShare);
        ticket.RecordBreaches(by, at);
    }

    public async Task<SlaTerms?> TermsForAsync(long? serviceId, long? categoryId, CancellationToken ct)
    {
        var policyId = await PolicyIdForAsync(serviceId, categoryId, ct);
        if (policyId is null) return null;
        var policy = await db.SlaPolicies.Include(p => p.Targets).Include(p => p.Calendar).SingleAsync(p => p.Id == policyId, ct);
        return new SlaTerms(policy, policy.Calendar!, await catalog.ScheduleAsync(policy.CalendarId, ct));
    }

    /// <summary>The most specific policy: the category or its nearest ancestor, then the service, then the default.</summary>
    public Task<int?> PolicyIdForAsync(long? serviceId, long? categoryId, CancellationToken ct) =>
        catalog.PolicyIdForAsync(serviceId, categoryId, ct);
}
