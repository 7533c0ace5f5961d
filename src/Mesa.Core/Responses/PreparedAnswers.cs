using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Responses;

/// <summary>The prepared answers an agent may use, kept by their authors, the groups' supervisors and the administrators.</summary>
public sealed class PreparedAnswers(MesaDbContext db, TicketQueries tickets, Mail.MailTemplates mailTemplates, TimeProvider clock)
{
    /// <summary>An answer as its user reads it; <see cref="Filled"/> is its text for the ticket asked about, if any.</summary>
    public sealed record AnswerView(long Id, string Name, string Text, AnswerScope Scope, string? Group, bool Mine,
        string? Filled);

    /// <summary>The answers <paramref name="by"/> may use, by name; with a ticket, each also filled for it.</summary>
    public async Task<IReadOnlyList<AnswerView>> UsableAsync(Actor by, TicketRef? ticket, CancellationToken ct)
    {
        RequireStaff(by);
        var values = ticket is { } t ? await ValuesAsync(by, t, ct) : null;
        var groups = by.MemberOf.Concat(by.Supervises).ToList();
        var (me, admin) = (by.Id, by.IsAdmin);
        var rows = await db.PreparedAnswers.AsNoTracking()
            .Where(a => (a.Scope == AnswerScope.Personal && a.OwnerId == me)
                        || (a.Scope == AnswerScope.Group && (admin || groups.Contains(a.GroupId!.Value))))
            .Select(a => new { Answer = a, Group = db.Groups.Where(g => g.Id == a.GroupId).Select(g => g.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Answer.Name, StringComparer.CurrentCulture)
            .Select(r => View(r.Answer, r.Group, by, values)).ToList();
    }

    public async Task<AnswerView> CreateAsync(Actor by, string? name, string? text, AnswerScope scope, string? group,
        CancellationToken ct)
    {
        RequireStaff(by);
        long? groupId = scope == AnswerScope.Group ? await GroupIdAsync(group, ct) : null;
        var answer = db.PreparedAnswers.Add(new PreparedAnswer(name, text, scope, groupId, by, clock.GetUtcNow())).Entity;
        await db.SaveChangesAsync(ct);
        return View(answer, group?.Trim(), by, null);
    }

    public async Task<AnswerView> ChangeAsync(Actor by, long id, string? name, string? text, CancellationToken ct)
    {
        var answer = await FindAsync(by, id, ct);
        answer.Change(name, text, by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return View(answer, await db.Groups.Where(g => g.Id == answer.GroupId).Select(g => g.Name).FirstOrDefaultAsync(ct), by, null);
    }

    public async Task DeleteAsync(Actor by, long id, CancellationToken ct)
    {
        var answer = await FindAsync(by, id, ct);
        answer.RequireKeeper(by);
        db.PreparedAnswers.Remove(answer);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One answer filled for a ticket, as the Investigación tab inserts it.</summary>
    public async Task<string> FillAsync(Actor by, long id, TicketRef ticket, CancellationToken ct)
    {
        var answer = await FindAsync(by, id, ct);
        return answer.FilledFor(await ValuesAsync(by, ticket, ct));
    }

    /// <summary>The marks' values for a ticket the agent may see; <c>{agente}</c> is whoever writes.</summary>
    private async Task<IReadOnlyDictionary<string, string?>> ValuesAsync(Actor by, TicketRef ticket, CancellationToken ct)
    {
        var ticketId = await tickets.IdOfVisibleAsync(by, ticket, ct);
        var values = new Dictionary<string, string?>(await mailTemplates.ValuesAsync(ticketId, ct));
        values[PreparedAnswer.RequesterMark] = values.GetValueOrDefault(Mail.MailPlaceholders.Requester);
        values[Mail.MailPlaceholders.Agent] = await db.Users.Where(u => u.Id == by.Id).Select(u => u.DisplayName).SingleAsync(ct);
        return values;
    }

    private async Task<PreparedAnswer> FindAsync(Actor by, long id, CancellationToken ct)
    {
        RequireStaff(by);
        var answer = await db.PreparedAnswers.SingleOrDefaultAsync(a => a.Id == id, ct);
        return answer is not null && answer.UsableBy(by) ? answer : throw new NotFoundException(Rules.PreparedAnswerNotFound, id);
    }

    private async Task<long> GroupIdAsync(string? group, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(group)) throw new InputException("group", Rules.Required);
        var name = group.Trim();
        return await db.Groups.Where(g => g.Name == name).Select(g => (long?)g.Id).SingleOrDefaultAsync(ct)
            ?? throw new InputException("group", Rules.UnknownGroup, name);
    }

    private static AnswerView View(PreparedAnswer a, string? group, Actor by, IReadOnlyDictionary<string, string?>? values) =>
        new(a.Id, a.Name, a.Text, a.Scope, group, a.OwnerId == by.Id, values is null ? null : a.FilledFor(values));

    private static void RequireStaff(Actor by)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
    }
}
