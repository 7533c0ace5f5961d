using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Routing;

/// <summary>
/// The auto-assign job (Guía §7: "un proceso automatizado cada cinco (5) minutos"): every Nueva ticket that a rule
/// places goes to its group and, by the group's mode, to an agent, signed by "Escalado Automático", with the
/// e-mail to the agent or the group. A ticket no rule places stays Nueva, marked with the reason for the supervisors'
/// panel. A ticket revoked moments ago is left for its agent to reject (§13); a request waiting for its approval flow
/// (§14.2 "Flujo de trabajo") is left until it is approved.
/// </summary>
public sealed class AutoAssignment(MesaDbContext db, Actors actors, Absences absences, TimeProvider clock,
    IOptions<MesaSettings> settings, IBatchSaver saver)
{
    private const int Batch = 500;

    private readonly HistoryText _words = new(System.Globalization.CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var tables = await RoutingTables.LoadAsync(db, ct);
        var system = await actors.SystemAsync(ct);
        var now = clock.GetUtcNow();
        var revokedBefore = now - TimeSpan.FromMinutes(settings.Value.RevokeGraceMinutes);
        var load = await db.Tickets.Where(TicketStates.IsOpenTicket).Where(t => t.AgentId != null)
            .GroupBy(t => t.AgentId!.Value).Select(g => new { Agent = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Agent, x => x.Count, ct);
        var absent = await absences.AwayOnAsync(absences.Today, ct);

        var assigned = 0;
        long after = 0;
        while (true)
        {
            var page = await db.Tickets
                .Where(t => t.Id > after && t.State == TicketState.New && (t.RevokedAt == null || t.RevokedAt < revokedBefore)
                            && t.ApprovalState != Approvals.ApprovalFlowState.Pending)
                .OrderBy(t => t.Id).Take(Batch).ToListAsync(ct);
            if (page.Count == 0) return assigned;
            after = page[^1].Id;
            var groups = await db.Groups.Include(g => g.Memberships).Where(g => g.Active).ToDictionaryAsync(g => g.Id, ct);
            var memberIds = groups.Values.SelectMany(g => g.Memberships).Select(m => m.UserId).Distinct().ToList();
            var agents = await db.Users.Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);

            var changed = 0;
            foreach (var ticket in page)
            {
                var rule = tables.RuleFor(ticket);
                if (rule is null || !groups.TryGetValue(rule.GroupId, out var group))
                {
                    ticket.MarkUnplaced(rule is null ? UnplacedReason.NoRule : UnplacedReason.GroupInactive, system, now);
                    continue;
                }

                var agentId = Router.PickAgent(group, load, absent);
                ticket.AssignByRule(rule, group, agentId is { } a ? agents[a] : null, RuleOccasion.Sweep, _words, system, now);
                if (agentId is { } picked) load[picked] = load.GetValueOrDefault(picked) + 1;

                changed++;
            }

            try
            {
                await saver.SaveAsync(db, ct);
                assigned += changed;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed one of these tickets meanwhile; the next run sees them as they are now.
            }

            db.ChangeTracker.Clear();
        }
    }
}
