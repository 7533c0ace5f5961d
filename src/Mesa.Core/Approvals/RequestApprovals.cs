using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Approvals;

/// <summary>
/// The approvers' side of a request's flow (Guía §14.2 "Flujo de trabajo"): what waits for someone's decision, what
/// they read before deciding, the decision itself (from the portal, the signed e-mail link or the API, all through
/// <see cref="DecideAsync"/>), and the <c>approvals</c> job that reminds and times out the steps left waiting.
/// An approver needs no agent's role and sees only the requests they are asked about.
/// </summary>
public sealed class RequestApprovals(MesaDbContext db, TicketQueries queries, Actors actors, OrganisationTime time,
    IOptions<MesaSettings> settings)
{
    private const int Batch = 200;

    private readonly HistoryText _words = new(System.Globalization.CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    /// <summary>The steps now waiting for <paramref name="by"/>, oldest first.</summary>
    public async Task<IReadOnlyList<PendingApproval>> PendingForAsync(Actor by, CancellationToken ct) =>
        await db.TicketApprovals.AsNoTracking()
            .Where(a => a.ApproverId == by.Id && a.State == TicketApprovalState.Pending)
            .Join(db.Tickets.Where(t => t.ApprovalState == ApprovalFlowState.Pending), a => a.TicketId, t => t.Id,
                (a, t) => new { a, t })
            .OrderBy(x => x.a.RequestedAt).ThenBy(x => x.a.Id)
            .Select(x => new PendingApproval(x.t.Id, x.t.Code, x.t.Title, x.t.Requester!.DisplayName,
                x.t.Service == null ? null : x.t.Service.Name, x.t.Category == null ? null : x.t.Category.Path,
                x.a.StepName, x.a.Position, db.TicketApprovals.Count(s => s.TicketId == x.t.Id), x.a.RequestedAt!.Value,
                x.a.DueAt))
            .ToListAsync(ct);

    /// <summary>How many steps wait for <paramref name="by"/> (the menu's count).</summary>
    public Task<int> CountPendingAsync(Actor by, CancellationToken ct) =>
        db.TicketApprovals.CountAsync(a => a.ApproverId == by.Id && a.State == TicketApprovalState.Pending
            && db.Tickets.Any(t => t.Id == a.TicketId && t.ApprovalState == ApprovalFlowState.Pending), ct);

    /// <summary>
    /// The request as its approver reads it: only someone asked about it (now or at an earlier step) may, and anybody
    /// else is told it does not exist.
    /// </summary>
    public async Task<ApprovalRequestView> RequestAsync(Actor by, long ticketId, CancellationToken ct)
    {
        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.Id == ticketId && t.ApprovalState != ApprovalFlowState.None
                        && db.TicketApprovals.Any(a => a.TicketId == t.Id && a.ApproverId == by.Id))
            .Select(t => new
            {
                t.Id,
                t.Code,
                t.Type,
                t.Title,
                t.Description,
                Requester = t.Requester!.DisplayName,
                Service = t.Service == null ? null : t.Service.Name,
                Category = t.Category == null ? null : t.Category.Path,
                t.CreatedAt,
                t.ApprovalState,
                t.ApprovalFlowName,
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(Rules.TicketNotFound, ticketId);
        var fields = await db.Set<TicketField>().Where(f => f.TicketId == ticketId).OrderBy(f => f.Position)
            .Select(f => new FieldAnswer(f.Label, f.Value)).ToListAsync(ct);
        var flow = await queries.FlowAsync(ticketId, ticket.ApprovalState, ticket.ApprovalFlowName, ct);
        return new ApprovalRequestView(ticket.Id, ticket.Code, ticket.Type, ticket.Title, ticket.Description,
            ticket.Requester, ticket.Service, ticket.Category, ticket.CreatedAt, fields, flow!);
    }

    /// <summary>
    /// <paramref name="by"/> decides the step waiting for them on the ticket: approving asks the next step or ends the
    /// flow; rejecting (with the reason) rejects the request and tells its requester.
    /// </summary>
    public async Task<Ticket> DecideAsync(Actor by, long ticketId, bool approve, string? note, long? version, CancellationToken ct)
    {
        var ticket = await LoadAsync(db.Tickets.Where(t => t.Id == ticketId
            && db.TicketApprovals.Any(a => a.TicketId == t.Id && a.ApproverId == by.Id)), ct)
            ?? throw new NotFoundException(Rules.TicketNotFound, ticketId);
        if (version is { } expected && expected != ticket.Version) throw new StaleVersionException();
        ticket.DecideApproval(approve, note, by, time.UtcNow);
        await SaveAsync(ct);
        return ticket;
    }

    /// <summary>
    /// The <c>approvals</c> job: each step past its timeout decides what its flow says (reject or approve); each one
    /// past its reminder is written to its approver again. Answers how many steps it dealt with.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var system = await actors.SystemAsync(ct);
        var done = 0;
        long after = 0;
        while (true)
        {
            var now = time.UtcNow;
            var ids = await db.TicketApprovals
                .Where(a => a.TicketId > after && a.State == TicketApprovalState.Pending
                            && (a.DueAt <= now || a.NextReminderAt <= now)
                            && db.Tickets.Any(t => t.Id == a.TicketId && t.ApprovalState == ApprovalFlowState.Pending))
                .Select(a => a.TicketId).Distinct().OrderBy(id => id).Take(Batch).ToListAsync(ct);
            if (ids.Count == 0) return done;
            after = ids[^1];
            foreach (var id in ids)
            {
                var ticket = await LoadAsync(db.Tickets.Where(t => t.Id == id), ct);
                if (ticket?.Approvals.FirstOrDefault(a => a.State == TicketApprovalState.Pending) is not { } step) continue;
                if (step.DueAt <= now)
                {
                    ticket.TimeOutApproval(step, _words["ApprovalTimedOut", step.ApproverName ?? "", step.TimeoutHours!.Value],
                        system, now);
                }
                else
                {
                    ticket.RemindApprover(step, system, now);
                }

                try
                {
                    await db.SaveChangesAsync(ct);
                    done++;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // The approver decided meanwhile; the next run sees the ticket as it is now.
                }

                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<Ticket?> LoadAsync(IQueryable<Ticket> tickets, CancellationToken ct) =>
        await tickets.Whole().Include(t => t.Approvals).SingleOrDefaultAsync(ct);

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException();
        }
    }
}
