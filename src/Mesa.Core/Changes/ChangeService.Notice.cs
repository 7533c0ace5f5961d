using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Problems;
using Mesa.Core.Routing;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Changes;

/// <summary>Guía §15.1 "Correos desde la aplicación" from a change: who may be written to, and the message.</summary>
public sealed partial class ChangeService
{
    /// <summary>
    /// Guía §15.1 Notificar from a change: the message to some of its people (<see cref="PeopleAsync"/>), written or
    /// taken from a notice template whose marks stand for the change's values.
    /// </summary>
    public async Task<ChangeRequest> NotifyAsync(Actor by, string? idOrCode, NoticeInput notice, long? version, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        var change = await LoadAsync(by, idOrCode, version, ct);
        var names = notice.Recipients.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
        var recipients = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        if (names.FirstOrDefault(n => recipients.All(p => p.UserName != n)) is { } unknown)
            throw new InputException("recipients", Rules.UnknownUser, unknown);
        var (subject, text) = await mailTemplates.NoticeWordsAsync(notice, () => mailTemplates.ChangeValuesAsync(change.Id, ct), ct);

        var people = (await PeopleAsync(change, ct)).Select(p => p.Id).ToHashSet();
        change.SendNotice(subject, text, recipients.Select(r => r.Id).ToList(), people, by, time.UtcNow);
        await SaveAsync(ct);
        return change;
    }

    /// <summary>The people a change's Notificar may write to, by name, each with why they belong to the change.</summary>
    public async Task<IReadOnlyList<ChangePerson>> PeopleOfAsync(Actor by, string? idOrCode, CancellationToken ct)
    {
        Guard.RequireStaff(by);
        return await PeopleAsync(await LoadAsync(by, idOrCode, null, ct), ct);
    }

    /// <summary>
    /// Its responsible agent and the members of its responsible group, its work team (agents, and the members of its
    /// groups), its approvers, its author, and the requesters of the tickets it solves; each once, by the first reason.
    /// </summary>
    private async Task<IReadOnlyList<ChangePerson>> PeopleAsync(ChangeRequest change, CancellationToken ct)
    {
        var teamGroups = change.Team.Where(m => m.Kind == ChangeTeamMemberKind.Group).Select(m => m.MemberId).ToList();
        var groups = change.GroupId is { } g ? teamGroups.Prepend(g).ToList() : teamGroups;
        var members = await db.GroupMemberships.Where(m => groups.Contains(m.GroupId) && m.Role == GroupRole.Member)
            .Select(m => new { m.GroupId, m.UserId }).ToListAsync(ct);
        var requesters = await db.TicketReferences
            .Where(r => r.Kind == TicketReferenceKind.Change && r.TargetId == change.Id)
            .Join(db.Tickets, r => r.TicketId, t => t.Id, (r, t) => t.RequesterId).ToListAsync(ct);

        var reasons = new List<(long Id, ChangePersonRole Role)>();
        if (change.AgentId is { } agent) reasons.Add((agent, ChangePersonRole.Responsible));
        reasons.AddRange(members.Where(m => m.GroupId == change.GroupId).Select(m => (m.UserId, ChangePersonRole.ResponsibleGroup)));
        reasons.AddRange(change.Team.Where(m => m.Kind == ChangeTeamMemberKind.Agent).Select(m => (m.MemberId, ChangePersonRole.Team)));
        reasons.AddRange(members.Where(m => teamGroups.Contains(m.GroupId)).Select(m => (m.UserId, ChangePersonRole.Team)));
        reasons.AddRange(change.Approvals.Select(a => (a.ApproverId, ChangePersonRole.Approver)));
        reasons.Add((change.CreatedById, ChangePersonRole.Author));
        reasons.AddRange(requesters.Select(r => (r, ChangePersonRole.Requester)));

        var first = reasons.DistinctBy(r => r.Id).ToList();
        var ids = first.Select(r => r.Id).ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DeactivatedAt == null && !u.IsSystem)
            .ToDictionaryAsync(u => u.Id, ct);
        return first.Where(r => users.ContainsKey(r.Id))
            .Select(r => new ChangePerson(r.Id, users[r.Id].UserName!, users[r.Id].DisplayName, r.Role)).ToList();
    }
}
