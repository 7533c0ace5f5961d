using System.Text.RegularExpressions;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §10: substates are created "según la dinámica de la operación y las necesidades". Administrators add their
/// own to a state (Nueva or Asignada), rename, reorder and retire them, and say whether the time in one stops the
/// clock (not counted in the ticket's times) and/or extends its due dates. The guide's automatic substates keep their
/// meaning: they can be renamed and moved, never retired nor changed in how they work. A changed flag applies from the
/// next time a ticket enters the substate; the stops already recorded keep theirs (<see cref="Sla.ClockStop"/>).
/// </summary>
public sealed partial class SubstateAdministration(MesaDbContext db)
{
    /// <summary>A substate's fields; on a change, a null field stays as it is.</summary>
    public sealed record SubstateInput(
        string? Code = null,
        string? Name = null,
        string? Description = null,
        TicketState? State = null,
        bool? StopsClock = null,
        bool? ExtendsDueDate = null,
        bool? Automatic = null,
        int? Position = null,
        bool? Active = null);

    public sealed record SubstateView(string Code, string Name, string Description, TicketState State, bool StopsClock,
        bool ExtendsDueDate, bool Automatic, int Position, bool Active, int OpenTickets);

    /// <summary>Every substate, by state and position, with how many open tickets are in it now.</summary>
    public async Task<IReadOnlyList<SubstateView>> ListAsync(CancellationToken ct)
    {
        var open = await db.Tickets.Where(TicketStates.IsOpenTicket).Where(t => t.SubstateId != null)
            .GroupBy(t => t.SubstateId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var all = await db.Substates.AsNoTracking().ToListAsync(ct);
        return all.OrderBy(s => s.State).ThenBy(s => s.Position).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new SubstateView(s.Code, s.Name, s.Description, s.State, s.StopsClock, s.ExtendsDueDate, s.Automatic,
                s.Position, s.Active, open.GetValueOrDefault(s.Id)))
            .ToList();
    }

    public async Task<SubstateView> GetAsync(string code, CancellationToken ct) =>
        (await ListAsync(ct)).SingleOrDefault(s => s.Code == code.Trim()) ?? throw new NotFoundException(Rules.UnknownSubstate, code.Trim());

    public async Task<Substate> CreateAsync(SubstateInput input, CancellationToken ct)
    {
        var code = Required("code", input.Code, Substate.CodeMaxLength);
        if (!CodeShape().IsMatch(code)) throw new InputException("code", Rules.InvalidSubstateCode, code);
        if (await db.Substates.AnyAsync(s => s.Code == code, ct)) throw new InputException("code", Rules.DuplicateSubstate, code);
        var name = Required("name", input.Name, Substate.NameMaxLength);
        var state = input.State ?? TicketState.Assigned;
        if (state is not (TicketState.New or TicketState.Assigned)) throw new InputException("state", Rules.SubstateState, state);
        // Only Mesa sets a substate by itself (a question, an answer, an approval): a new one is the agents' to choose.
        if (input.Automatic == true) throw new InputException("automatic", Rules.AutomaticSubstateFixed, name);
        var stops = input.StopsClock ?? false;
        var position = await db.Substates.Where(s => s.State == state).MaxAsync(s => (int?)s.Position, ct) ?? 0;
        var substate = new Substate(code, name, Description(input.Description) ?? "", stops, automatic: false,
            input.ExtendsDueDate ?? stops, state, position + 1);
        db.Substates.Add(substate);
        if (input.Position is { } wanted) await PlaceAsync(substate, wanted, ct);
        if (input.Active == false) substate.SetActive(false);
        await db.SaveChangesAsync(ct);
        return substate;
    }

    public async Task<Substate> UpdateAsync(string code, SubstateInput input, CancellationToken ct)
    {
        var key = code.Trim();
        var substate = await db.Substates.SingleOrDefaultAsync(s => s.Code == key, ct)
                       ?? throw new NotFoundException(Rules.UnknownSubstate, key);
        if (input.Code is { } renamed && renamed.Trim() != substate.Code) throw new InputException("code", Rules.CodeFixed);
        if (input.State is { } state && state != substate.State) throw new InputException("state", Rules.SubstateStateFixed);
        if (input.Automatic is { } automatic && automatic != substate.Automatic)
            throw new InputException("automatic", Rules.AutomaticSubstateFixed, substate.Name);
        substate.Describe(input.Name is null ? substate.Name : Required("name", input.Name, Substate.NameMaxLength),
            Description(input.Description) ?? substate.Description);

        var stops = input.StopsClock ?? substate.StopsClock;
        var extends = input.ExtendsDueDate ?? substate.ExtendsDueDate;
        if (stops != substate.StopsClock || extends != substate.ExtendsDueDate)
        {
            if (substate.Automatic) throw new DomainException(Rules.AutomaticSubstateFixed, substate.Name);
            substate.SetClockFlags(stops, extends);
        }

        if (input.Active is { } active) substate.SetActive(active);
        if (input.Position is { } position) await PlaceAsync(substate, position, ct);
        await db.SaveChangesAsync(ct);
        return substate;
    }

    /// <summary>Puts the substate at <paramref name="position"/> (1 is first) among those of its state, the others after it in order.</summary>
    private async Task PlaceAsync(Substate substate, int position, CancellationToken ct)
    {
        var siblings = await db.Substates.Where(s => s.State == substate.State && s.Id != substate.Id).ToListAsync(ct);
        var ordered = siblings.OrderBy(s => s.Position).ThenBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        var at = Math.Clamp(position, 1, ordered.Count + 1) - 1;
        ordered.Insert(at, substate);
        for (var i = 0; i < ordered.Count; i++) ordered[i].MoveTo(i + 1);
    }

    private static string? Description(string? text)
    {
        if (text is null) return null;
        if (text.Length > Substate.DescriptionMaxLength) throw new InputException("description", Rules.TooLong, Substate.DescriptionMaxLength);
        return text.Trim();
    }

    private static string Required(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InputException(field, Rules.Required);
        var text = value.Trim();
        if (text.Length > max) throw new InputException(field, Rules.TooLong, max);
        return text;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeShape();
}
