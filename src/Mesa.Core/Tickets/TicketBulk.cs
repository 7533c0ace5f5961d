using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>What a bulk action does to each ticket: one of the single commands (Guía §12, §13, §10, §14.3).</summary>
public enum BulkKind
{
    Assign,
    Substate,
    Note,
    Reject,
    Solution,
}

/// <summary>The single command's fields; <c>Note</c> of the bulk call is the note (or text) of every ticket.</summary>
public sealed record BulkAction(BulkKind Kind, string? Group = null, string? Agent = null, string? Substate = null,
    string? Text = null, bool? Published = null, int? MinutesSpent = null);

/// <summary>What happened to one ticket: done, or the refusal the single command would have given.</summary>
public sealed record BulkResult(long Id, string? Code, Exception? Problem)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// The same command given to many tickets (the En curso list's selection, or every ticket a filter finds): each ticket
/// goes through <see cref="TicketService"/> exactly as one by one, in a transaction of its own, so that one refused
/// ticket changes nothing of itself and does not stop the others. A dry run gives each command and rolls it back: the
/// preview says exactly what the rules would answer.
/// </summary>
public sealed class TicketBulk(MesaDbContext db, TicketService tickets, TicketQueries queries,
    CustomFields.TicketCustomFields customFields)
{
    public const int MaxTickets = 500;

    /// <summary>The tickets <paramref name="filter"/> finds for <paramref name="by"/>, oldest first, refused beyond <see cref="MaxTickets"/>.</summary>
    public async Task<IReadOnlyList<long>> MatchingAsync(Actor by, TicketFilter filter, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        var custom = await customFields.FiltersAsync(by, filter.CustomFields, ct);
        var ids = await queries.Filter(by, filter, custom).OrderBy(t => t.Id).Select(t => t.Id).Take(MaxTickets + 1).ToListAsync(ct);
        if (ids.Count > MaxTickets) throw new InputException("filter", Rules.BulkTooMany, MaxTickets);
        return ids;
    }

    public async Task<IReadOnlyList<BulkResult>> RunAsync(Actor by, IReadOnlyList<long> ids, BulkAction action, string? note,
        bool dryRun, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        if (ids.Count == 0) throw new InputException("ids", Rules.Required);
        if (ids.Count > MaxTickets) throw new InputException("ids", Rules.BulkTooMany, MaxTickets);
        var distinct = ids.Distinct().ToList();
        var codes = await queries.Visible(by).Where(t => distinct.Contains(t.Id)).Select(t => new { t.Id, t.Code })
            .ToDictionaryAsync(t => t.Id, t => t.Code, ct);

        var results = new List<BulkResult>();
        foreach (var id in distinct)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await GiveAsync(by, id, action, note, ct);
                if (dryRun) await transaction.RollbackAsync(ct);
                else await transaction.CommitAsync(ct);
                results.Add(new BulkResult(id, codes.GetValueOrDefault(id), null));
            }
            catch (Exception refused) when (refused is DomainException or InputException or NotFoundException
                                                or ForbiddenException or StaleVersionException)
            {
                await transaction.RollbackAsync(ct);
                results.Add(new BulkResult(id, codes.GetValueOrDefault(id), refused));
            }
        }

        db.ChangeTracker.Clear();
        return results;
    }

    private Task GiveAsync(Actor by, long id, BulkAction action, string? note, CancellationToken ct) => action.Kind switch
    {
        BulkKind.Assign => tickets.AssignAsync(by, id, action.Group ?? "", action.Agent, note, null, ct),
        BulkKind.Substate => tickets.SetSubstateAsync(by, id, action.Substate, note, null, ct),
        BulkKind.Reject => tickets.RejectAsync(by, id, note, null, ct),
        BulkKind.Note => tickets.AddActionAsync(by, id, TicketActionKind.Note, action.Text ?? note, action.Published, null, ct,
            minutesSpent: action.MinutesSpent),
        BulkKind.Solution => tickets.AddActionAsync(by, id, TicketActionKind.Solution, action.Text ?? note, true, null, ct,
            minutesSpent: action.MinutesSpent),
    };
}
