using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Routing;

/// <summary>
/// The active rules and the small catalogue maps the router needs, read once per sweep or reclassification, so
/// that choosing a rule for each ticket needs no further query.
/// </summary>
public sealed class RoutingTables
{
    private RoutingTables(IReadOnlyList<AssignmentRule> rules, IReadOnlyDictionary<long, long?> categoryParents,
        IReadOnlyDictionary<long, long?> locationParents, IReadOnlyDictionary<long, int?> serviceTypes)
    {
        Rules = rules;
        CategoryParents = categoryParents;
        LocationParents = locationParents;
        ServiceTypes = serviceTypes;
    }

    public IReadOnlyList<AssignmentRule> Rules { get; }

    private IReadOnlyDictionary<long, long?> CategoryParents { get; }

    private IReadOnlyDictionary<long, long?> LocationParents { get; }

    private IReadOnlyDictionary<long, int?> ServiceTypes { get; }

    public static async Task<RoutingTables> LoadAsync(MesaDbContext db, CancellationToken ct) => new(
        await db.AssignmentRules.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Id).ToListAsync(ct),
        await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ParentId, ct),
        await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.ParentId, ct),
        await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ServiceTypeId, ct));

    public TicketFacts FactsOf(Ticket ticket) => new(
        ticket.Type,
        ticket.ServiceId is { } service ? ServiceTypes.GetValueOrDefault(service) : null,
        ticket.ServiceId,
        Router.PathOf(ticket.CategoryId, CategoryParents),
        Router.PathOf(ticket.LocationId, LocationParents));

    public AssignmentRule? RuleFor(Ticket ticket) => Router.Choose(Rules, FactsOf(ticket));
}
