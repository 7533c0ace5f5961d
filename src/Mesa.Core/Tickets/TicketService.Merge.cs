using Mesa.Core.Common;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>Merging a duplicate into the ticket that continues, and splitting a ticket that holds two requests.</summary>
public sealed partial class TicketService
{
    /// <summary>The ticket <paramref name="ticketRef"/> becomes a duplicate of <paramref name="into"/> (a code or an id).</summary>
    public async Task<Ticket> MergeAsync(Actor by, TicketRef ticketRef, string? into, string? note, long? version,
        CancellationToken ct)
    {
        RequireStaff(by);
        if (string.IsNullOrWhiteSpace(into)) throw new InputException("into", Rules.Required);
        var ticket = await LoadAsync(by, ticketRef, version, ct);
        var target = await TicketLookup.Match(db.Tickets, TicketRef.Parse(into)).Whole().SingleOrDefaultAsync(ct)
            ?? throw new InputException("into", Rules.TicketNotFound, into.Trim());
        // Guía §11 "Mis tareas": the duplicate closes, which its open tasks would forbid.
        if (target.Id != ticket.Id) await RequireNoOpenTasksAsync(ticket, ct);
        await db.Entry(ticket).Collection(t => t.Links).LoadAsync(ct);
        await db.Entry(target).Collection(t => t.Links).LoadAsync(ct);
        ticket.MergeInto(target, note, by, time.UtcNow);
        await SaveAsync(ct);
        return ticket;
    }

    /// <summary>
    /// A new ticket for a part of <paramref name="ticketRef"/>'s request: the same requester, informed users, type,
    /// classification, location, impact and urgency, with its own code, and its ANS counted from the original's
    /// registration. It is placed as any new ticket is, by the assignment rules.
    /// </summary>
    public async Task<Ticket> SplitAsync(Actor by, TicketRef ticketRef, string? title, string? description, string? note,
        long? version, CancellationToken ct)
    {
        RequireStaff(by);
        var original = await LoadAsync(by, ticketRef, version, ct);
        var informed = original.InformedUsers
            .Select(i => new InformedUser(i.UserId, i.OnCreation, i.OnActions, i.OnResolution, i.OnClosure)).ToList();
        var registration = new TicketRegistration(original.Type, title ?? "", description ?? "", original.Origin,
            original.Requester!, original.Location, original.Service, original.Category, original.Impact, original.Urgency,
            informed);
        var matrix = await sla.MatrixAsync(ct);
        var terms = await sla.TermsForAsync(original.ServiceId, original.CategoryId, ct);
        var system = settings.Value.AssignOnRegistration ? await actors.SystemAsync(ct) : null;

        // As a registration: only the consecutive number and the inserts while the year's counter row is locked.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Database.AutoSavepointsEnabled = false;
        var at = time.UtcNow;
        var part = Ticket.Register(await codes.NextAsync(at, ct), registration, matrix, by, at);
        part.ContinueFrom(original, note, by, at);
        sla.Apply(part, terms, terms?.Schedule, by, at);
        db.Tickets.Add(part);
        await SaveAsync(ct);
        await transaction.CommitAsync(ct);
        if (system is not null) await AssignNowAsync(part, system, ct);
        return part;
    }
}
