using System.Linq.Expressions;
using Mesa.Core.Data;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Reports;

/// <summary>A report's row: its key in the API's words, a name for people, and the list filter of its tickets.</summary>
public sealed record ReportKey(string? Key, string? Name, TicketFilter? Scope);

/// <summary>
/// Groups tickets by one of their fields, as a number the database groups on (an id, or an enum's position), and
/// turns each number back into the row's key, name and list filter.
/// </summary>
public static class ReportKeys
{
    public static Expression<Func<Ticket, long?>> Of(ReportBy by) => by switch
    {
        ReportBy.Group => t => t.GroupId,
        ReportBy.Agent => t => t.AgentId,
        ReportBy.Service => t => t.ServiceId,
        ReportBy.Category => t => t.CategoryId,
        ReportBy.Substate => t => (long?)t.SubstateId,
        ReportBy.Priority => Position<Level>(nameof(Ticket.Priority)),
        ReportBy.Origin => Position<Origin>(nameof(Ticket.Origin)),
        ReportBy.Type => Position<TicketType>(nameof(Ticket.Type)),
        ReportBy.State => Position<TicketState>(nameof(Ticket.State)),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Periods are cut by ReportPeriods."),
    };

    /// <summary>
    /// The keys found, with their names and filters. A row without a service, category or substate has no list filter
    /// that holds exactly its tickets, so it has no link; a row without an agent or a group has one.
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, ReportKey>> NameAsync(MesaDbContext db, ReportBy by, TicketFilter filter,
        IReadOnlyCollection<long> keys, CancellationToken ct)
    {
        var ids = keys.ToList();
        switch (by)
        {
            case ReportBy.Group:
                return (await db.Groups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
                    .ToDictionary(g => g.Id, g => new ReportKey(g.Name, g.Name, filter with { Group = g.Name }));
            case ReportBy.Agent:
                return (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                        .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct))
                    .ToDictionary(u => u.Id, u => new ReportKey(u.UserName, u.DisplayName, filter with { Agent = u.UserName }));
            case ReportBy.Service:
                return (await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
                    .ToDictionary(s => s.Id, s => new ReportKey(s.Name, s.Name, filter with { Service = s.Name }));
            case ReportBy.Category:
                return (await db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id))
                        .Select(c => new { c.Id, c.Path, Service = db.Services.Where(s => s.Id == c.ServiceId).Select(s => s.Name).First() })
                        .ToListAsync(ct))
                    .ToDictionary(c => c.Id, c => new ReportKey(c.Path, $"{c.Service} {c.Path}",
                        filter with { Service = c.Service, Category = c.Path, ExactCategory = true }));
            case ReportBy.Substate:
                var substates = keys.Select(k => (int)k).ToList();
                return (await db.Substates.AsNoTracking().Where(s => substates.Contains(s.Id)).Select(s => new { s.Id, s.Code, s.Name })
                        .ToListAsync(ct))
                    .ToDictionary(s => (long)s.Id, s => new ReportKey(s.Code, s.Name, filter with { Substate = s.Code }));
            case ReportBy.Priority:
                return Positions<Level>(keys, v => filter with { Priority = v });
            case ReportBy.Origin:
                return Positions<Origin>(keys, v => filter with { Origin = v });
            case ReportBy.Type:
                return Positions<TicketType>(keys, v => filter with { Type = v });
            case ReportBy.State:
                return Positions<TicketState>(keys, v => filter with { State = v });
            default:
                throw new ArgumentOutOfRangeException(nameof(by), by, null);
        }
    }

    /// <summary>The row of tickets without the field (no group, no agent…).</summary>
    public static ReportKey None(ReportBy by, TicketFilter filter) => new(null, null, by switch
    {
        ReportBy.Agent => filter with { HasAgent = false },
        ReportBy.Group => filter with { HasGroup = false },
        _ => null,
    });

    /// <summary>The enum value's key, as the API writes it (<c>first-response</c>), for the name the pages translate.</summary>
    public static string Kebab(Enum value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The enum's position, spelled as comparisons because the column holds the value's name.</summary>
    private static Expression<Func<Ticket, long?>> Position<TEnum>(string property) where TEnum : struct, Enum
    {
        var t = Expression.Parameter(typeof(Ticket), "t");
        var field = Expression.Property(t, property);
        var values = Enum.GetValues<TEnum>();
        Expression body = Expression.Constant(null, typeof(long?));
        for (var i = values.Length - 1; i >= 0; i--)
        {
            body = Expression.Condition(Expression.Equal(field, Expression.Constant(values[i])),
                Expression.Constant((long?)i, typeof(long?)), body);
        }

        return Expression.Lambda<Func<Ticket, long?>>(body, t);
    }

    private static Dictionary<long, ReportKey> Positions<TEnum>(IEnumerable<long> keys, Func<TEnum, TicketFilter> scope)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        return keys.Where(k => k >= 0 && k < values.Length)
            .ToDictionary(k => k, k => new ReportKey(Kebab(values[k]), values[k].ToString(), scope(values[k])));
    }
}
