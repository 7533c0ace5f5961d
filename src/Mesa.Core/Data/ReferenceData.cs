using Mesa.Core.People;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Data;

/// <summary>
/// What every database needs, demo or not: the roles, the system account that signs automatic steps, and the
/// substates of Guía §10. Idempotent: it adds only what is missing and never changes what an admin edited.
/// </summary>
public sealed class ReferenceData(MesaDbContext db, RoleManager<Role> roles, UserManager<User> users)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name)) Check(await roles.CreateAsync(new Role(name)));
        }

        if (await users.FindByNameAsync(SystemUsers.AutomaticEscalation) is null)
        {
            var system = new User
            {
                UserName = SystemUsers.AutomaticEscalation,
                DisplayName = SystemUsers.AutomaticEscalationDisplayName,
                IsSystem = true,
                LockoutEnabled = true,
                LockoutEnd = DateTimeOffset.MaxValue,
            };
            Check(await users.CreateAsync(system));
        }

        var existing = await db.Substates.Select(s => s.Code).ToListAsync(ct);
        foreach (var (substate, position) in Substates.Seeded
                     .Select(s => (s, Substates.Seeded.Where(o => o.State == s.State).ToList().IndexOf(s) + 1))
                     .Where(x => !existing.Contains(x.s.Code)))
        {
            db.Substates.Add(new Substate(substate.Code, substate.Name, substate.Description, substate.StopsClock,
                substate.Automatic, substate.ExtendsDueDate, substate.State, position));
        }

        if (!await db.HolidayRules.AnyAsync(r => r.RuleSet == ColombianHolidays.RuleSet, ct))
            db.HolidayRules.AddRange(ColombianHolidays.Rules.Select(Copy));

        if (!await db.PriorityMatrix.AnyAsync(ct))
        {
            foreach (var impact in Enum.GetValues<Level>())
            {
                foreach (var urgency in Enum.GetValues<Level>())
                    db.PriorityMatrix.Add(new PriorityMatrixCell(impact, urgency, PriorityMatrix.Default.PriorityOf(impact, urgency)));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static HolidayRule Copy(HolidayRule r) =>
        new(r.RuleSet, r.Name, r.Month, r.Day, r.EasterOffset, r.MoveToMonday, r.FromYear, r.ToYear);

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
