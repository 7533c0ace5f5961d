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

    public async Task ApplyAsync(Ticket ticket, Actor by, DateTimeOffset at, CancellationToken ct)
    {
        if (ticket.SlaPolicyId is null || ticket.SlaBasis != ticket.CurrentSlaBasis)
        {
            var policyId = await PolicyIdForAsync(ticket.ServiceId, ticket.CategoryId, ct);
            if (policyId is null) return;
            var policy = await db.SlaPolicies.Include(p => p.Targets).Include(p => p.Calendar)
                .SingleAsync(p => p.Id == policyId, ct);
            ticket.ApplySlaTerms(policy, policy.Calendar!, by, at);
        }

        if (ticket.CalendarId is not { } calendarId) return;
        var schedules = (await catalog.GetAsync(ct)).Schedules;
        if (!schedules.TryGetValue(calendarId, out var schedule))
        {
            catalog.Invalidate();
            schedule = (await catalog.GetAsync(ct)).Schedules[calendarId];
        }

        ticket.RecomputeDueDates(schedule, settings.Value.SlaWarningShare);
        ticket.RecordBreaches(by, at);
    }

    /// <summary>The most specific policy: the category or its nearest ancestor, then the service, then the default.</summary>
    public async Task<int?> PolicyIdForAsync(long? serviceId, long? categoryId, CancellationToken ct)
    {
        for (var id = categoryId; id is not null;)
        {
            var category = await db.Categories.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.ParentId, c.SlaPolicyId }).SingleAsync(ct);
            if (category.SlaPolicyId is { } own) return own;
            id = category.ParentId;
        }

        if (serviceId is not null)
        {
            var own = await db.Services.AsNoTracking().Where(s => s.Id == serviceId).Select(s => s.SlaPolicyId).SingleAsync(ct);
            if (own is not null) return own;
        }

        return await db.SlaPolicies.Where(p => p.IsDefault).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }
}
