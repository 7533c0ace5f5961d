using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Tickets;

namespace Mesa.Core.People;

/// <summary>
/// Hands over the open tickets of a person who leaves (deactivated, or off to other work) in one step: each ticket is
/// assigned to the group (and agent) chosen through the same lifecycle method as one by one (Guía §14.3: *Asignar*),
/// with its history and mails; a ticket the rules refuse stays as it was and says why.
/// </summary>
public sealed class PeopleHandOver(PeopleAdministration people, TicketService tickets, MesaDbContext db)
{
    public sealed record Outcome(long Id, string Code, Exception? Problem);

    public async Task<IReadOnlyList<Outcome>> RunAsync(Actor by, string userName, string group, string? agent, string? note,
        CancellationToken ct)
    {
        var outcomes = new List<Outcome>();
        foreach (var (id, code, _, _) in await people.OpenTicketsAsync(userName, ct))
        {
            db.ChangeTracker.Clear();
            try
            {
                await tickets.AssignAsync(by, TicketRef.Of(id), group, agent, note, null, ct);
                outcomes.Add(new Outcome(id, code, null));
            }
            catch (Exception e) when (e is DomainException or InputException or NotFoundException or ForbiddenException
                                          or StaleVersionException)
            {
                outcomes.Add(new Outcome(id, code, e));
            }
        }

        return outcomes;
    }
}
