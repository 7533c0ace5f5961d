using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Routing;

/// <summary>Assignment rules and group modes, as the admin keeps them (issue 4).</summary>
public sealed class RoutingAdministration(MesaDbContext db, TicketReferences refs)
{
    public sealed record RuleView(int Id, string Name, string Group, TicketType? Type, string? Service, string? Category, bool Active);

    public async Task<IReadOnlyList<RuleView>> RulesAsync(CancellationToken ct) =>
        await (from r in db.AssignmentRules
               join g in db.Groups on r.GroupId equals g.Id
               orderby r.Id
               select new RuleView(r.Id, r.Name, g.Name, r.Type,
                   db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault(),
                   db.Categories.Where(c => c.Id == r.CategoryId).Select(c => c.Path).FirstOrDefault(),
                   r.Active)).ToListAsync(ct);

    public async Task<int> AddRuleAsync(string name, string group, TicketType? type, string? service, string? category,
        CancellationToken ct)
    {
        var target = await refs.GroupAsync(group, ct);
        var (svc, cat) = await refs.ClassificationAsync(service, category, ct);
        var rule = new AssignmentRule(name.Trim(), target.Id, type, svc?.Id, cat?.Id);
        db.AssignmentRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule.Id;
    }

    public async Task SetModeAsync(string group, AssignmentMode mode, CancellationToken ct)
    {
        var target = await db.Groups.SingleOrDefaultAsync(g => g.Name == group, ct)
            ?? throw new NotFoundException(Rules.UnknownGroup, group);
        target.ChangeMode(mode);
        await db.SaveChangesAsync(ct);
    }
}
