using Mesa.Core.Common;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>Guía §11.5 and §14 Información adicional: the ticket's related tickets, articles and problems.</summary>
public sealed partial class TicketService
{
    /// <summary>Guía §14 Información adicional: relates the ticket to another, given by code or id.</summary>
    public Task<Ticket> RelateAsync(Actor by, TicketRef ticketRef, string? other, long? version, CancellationToken ct) =>
        LinkAsync(by, ticketRef, other, version, (ticket, target, at) => ticket.Relate(target, by, at), ct);

    public Task<Ticket> UnrelateAsync(Actor by, TicketRef ticketRef, string? other, long? version, CancellationToken ct) =>
        LinkAsync(by, ticketRef, other, version, (ticket, target, at) => ticket.Unrelate(target, by, at), ct);

    private async Task<Ticket> LinkAsync(Actor by, TicketRef ticketRef, string? other, long? version,
        Action<Ticket, Ticket, DateTimeOffset> change, CancellationToken ct)
    {
        RequireStaff(by);
        if (string.IsNullOrWhiteSpace(other)) throw new InputException("code", Rules.Required);
        var ticket = await LoadAsync(by, ticketRef, version, ct);
        var target = await TicketLookup.Match(db.Tickets, TicketRef.Parse(other)).SingleOrDefaultAsync(ct)
            ?? throw new InputException("code", Rules.TicketNotFound, other.Trim());
        // Only these two commands read the relations: they are loaded here rather than with every command.
        await db.Entry(ticket).Collection(t => t.Links).LoadAsync(ct);
        await db.Entry(target).Collection(t => t.Links).LoadAsync(ct);
        change(ticket, target, time.UtcNow);
        await SaveAsync(ct);
        return ticket;
    }

    /// <summary>Guía §11.5 Información adicional: the ticket cites a knowledge article (KB-12 or 12).</summary>
    public Task<Ticket> LinkArticleAsync(Actor by, TicketRef ticketRef, string? article, long? version, CancellationToken ct) =>
        ReferAsync(by, ticketRef, version, async (ticket, at) =>
        {
            var target = await ArticleAsync(article, ct);
            ticket.LinkArticle(target, by, at);
        }, ct);

    public Task<Ticket> UnlinkArticleAsync(Actor by, TicketRef ticketRef, string? article, long? version, CancellationToken ct) =>
        ReferAsync(by, ticketRef, version, async (ticket, at) => ticket.UnlinkArticle(await ArticleAsync(article, ct), by, at), ct);

    /// <summary>Guía §11.5 Información adicional: the ticket is one more case of a problem (PRB-7 or 7).</summary>
    public Task<Ticket> LinkProblemAsync(Actor by, TicketRef ticketRef, string? problem, long? version, CancellationToken ct) =>
        ReferAsync(by, ticketRef, version, async (ticket, at) => ticket.LinkProblem(await ProblemAsync(problem, ct), by, at), ct);

    public Task<Ticket> UnlinkProblemAsync(Actor by, TicketRef ticketRef, string? problem, long? version, CancellationToken ct) =>
        ReferAsync(by, ticketRef, version, async (ticket, at) => ticket.UnlinkProblem(await ProblemAsync(problem, ct), by, at), ct);

    private async Task<Ticket> ReferAsync(Actor by, TicketRef ticketRef, long? version, Func<Ticket, DateTimeOffset, Task> change,
        CancellationToken ct)
    {
        RequireStaff(by);
        var ticket = await LoadAsync(by, ticketRef, version, ct);
        // Only these commands read the references: they are loaded here rather than with every command.
        await db.Entry(ticket).Collection(t => t.References).LoadAsync(ct);
        await change(ticket, time.UtcNow);
        await SaveAsync(ct);
        return ticket;
    }

    private async Task<Knowledge.KnowledgeArticle> ArticleAsync(string? article, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(article)) throw new InputException("code", Rules.Required);
        var id = Knowledge.KnowledgeArticle.ParseCode(article);
        return (id is null ? null : await db.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == id, ct))
            ?? throw new InputException("code", Rules.ArticleNotFound, article.Trim());
    }

    private async Task<Problems.Problem> ProblemAsync(string? problem, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(problem)) throw new InputException("code", Rules.Required);
        var id = Problems.Problem.ParseCode(problem);
        return (id is null ? null : await db.Problems.SingleOrDefaultAsync(p => p.Id == id, ct))
            ?? throw new InputException("code", Rules.ProblemNotFound, problem.Trim());
    }
}
