using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>How a ticket is loaded to act on it: the aggregate with everything its methods read.</summary>
public static class TicketLoading
{
    public static IQueryable<Ticket> Whole(this IQueryable<Ticket> tickets) => tickets
        .Include(t => t.Substate)
        .Include(t => t.Group)
        .Include(t => t.Agent)
        .Include(t => t.Service)
        .Include(t => t.Category)
        .Include(t => t.Location)
        .Include(t => t.Requester)
        .Include(t => t.InformedUsers)
        .Include(t => t.Fields)
        .Include(t => t.ClockStops)
        .Include(t => t.SlaPolicy)
        .Include(t => t.Calendar)
        .AsSplitQuery();
}
