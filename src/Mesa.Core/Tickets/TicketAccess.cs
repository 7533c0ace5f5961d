using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>
/// Who may see a ticket, in one place for every query, command and mail that reads a ticket for someone: staff see
/// every ticket; anyone else only those they follow, as requester or informed user (Guía §9). To anyone else the
/// ticket does not exist (404). The in-memory twin is <see cref="TicketStanding.IsParticipant"/>.
/// </summary>
public static class TicketAccess
{
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, Actor by) =>
        by.IsStaff ? tickets : tickets.FollowedBy(by.Id);

    /// <summary>The tickets this person follows in the portal: as their requester or as an informed user.</summary>
    public static IQueryable<Ticket> FollowedBy(this IQueryable<Ticket> tickets, long userId) =>
        tickets.Where(t => t.RequesterId == userId || t.InformedUsers.Any(i => i.UserId == userId));
}
