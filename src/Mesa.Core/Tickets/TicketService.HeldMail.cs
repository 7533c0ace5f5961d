using Mesa.Core.Attachments;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>The use cases of mail held because its sender could not be verified (Ticket.HeldMail).</summary>
public sealed partial class TicketService
{
    /// <summary>A mail whose sender could not be verified waits on the ticket, with its files (Ticket.HeldMail).</summary>
    public async Task<TicketAddition<TicketAction>> HoldMailAsync(Actor claimedSender, TicketRef ticketRef, string text,
        IReadOnlyList<NewAttachment> files, CancellationToken ct)
    {
        TicketAction? action = null;
        var ticket = await ActAsync(claimedSender, ticketRef, null, staffOnly: false, (t, at) => Done(() =>
        {
            action = t.HoldMail(text, claimedSender, at);
            AttachAll(t, files, action, claimedSender, at);
        }), ct);
        return new(ticket, action!);
    }

    /// <summary>An agent accepts a held mail as its sender's reply or note.</summary>
    public async Task<TicketAddition<TicketAction>> AcceptMailAsync(Actor by, TicketRef ticketRef, long actionId,
        long? version, CancellationToken ct)
    {
        TicketAction? action = null;
        var ticket = await ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            await LoadHeldMailAsync(t, actionId, ct);
            action = t.AcceptHeldMail(actionId, await refs.SubstateAsync(Substates.UserReplied, ct), by, at);
        }, ct);
        return new(ticket, action!);
    }

    /// <summary>An agent discards a held mail, saying why.</summary>
    public async Task<TicketAddition<TicketAction>> DiscardMailAsync(Actor by, TicketRef ticketRef, long actionId,
        string? note, long? version, CancellationToken ct)
    {
        TicketAction? action = null;
        var ticket = await ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            await LoadHeldMailAsync(t, actionId, ct);
            action = t.DiscardHeldMail(actionId, note, by, at);
        }, ct);
        return new(ticket, action!);
    }

    /// <summary>Commands load no actions; these two read one, with its files.</summary>
    private async Task LoadHeldMailAsync(Ticket ticket, long actionId, CancellationToken ct)
    {
        await db.Entry(ticket).Collection(t => t.Actions).Query().Where(a => a.Id == actionId).LoadAsync(ct);
        await db.Entry(ticket).Collection(t => t.Attachments).Query().Where(a => a.ActionId == actionId).LoadAsync(ct);
    }
}
