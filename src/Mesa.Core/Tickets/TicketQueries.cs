using System.Linq.Expressions;
using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// Reads tickets for the console, the portal and the API. Everything goes through <see cref="Visible"/>: a
/// requester only ever reads tickets they notified or are informed on.
/// </summary>
public sealed partial class TicketQueries(MesaDbContext db, PanelCounters panel, OrganisationTime time,
    CustomFields.TicketCustomFields customFields, Microsoft.Extensions.Options.IOptions<MesaSettings> settings)
{
    public IQueryable<Ticket> Visible(Actor by) => db.Tickets.VisibleTo(by);

    /// <summary>What <paramref name="by"/> may do now; no survey is offered while the administration has it off.</summary>
    private IReadOnlySet<TicketCommand> Offered(TicketStanding standing, Actor by)
    {
        var allowed = standing.Available(by);
        return settings.Value.SurveyEnabled || !allowed.Contains(TicketCommand.Rate)
            ? allowed
            : new SortedSet<TicketCommand>(allowed.Where(c => c != TicketCommand.Rate));
    }

    public async Task<TicketDetails> GetAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var ticket = await TicketLookup.Match(Visible(by), ticketRef).AsNoTracking().Select(Details)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(Rules.TicketNotFound, ticketRef);
        var informed = await (from i in db.Set<InformedUser>()
                              join u in db.Users on i.UserId equals u.Id
                              where i.TicketId == ticket.Id
                              select new
                              {
                                  u.Id,
                                  Summary = new InformedUserSummary(u.UserName!, u.DisplayName, i.OnCreation, i.OnActions,
                                      i.OnResolution, i.OnClosure),
                              }).ToListAsync(ct);
        // Ordered here, not by the engine's collation, so that the answer to a command (SavedAsync) lists them alike.
        informed = informed.OrderBy(i => i.Summary.UserName, StringComparer.Ordinal).ToList();
        // The template's answers and the custom fields in one read (Guía §14.5: one mechanism holds both).
        var staff = by.IsStaff;
        var rows = await db.Set<TicketField>().Where(f => f.TicketId == ticket.Id)
            .Where(f => f.CustomFieldId == null || staff || f.CustomField!.VisibleToRequester)
            .Select(f => new { f.CustomFieldId, f.Position, Order = f.CustomField == null ? 0 : f.CustomField.Position, f.Name, f.Kind, f.Label, f.Value })
            .ToListAsync(ct);
        var fields = rows.Where(f => f.CustomFieldId == null).OrderBy(f => f.Position)
            .Select(f => new FieldAnswer(f.Label, f.Value)).ToList();
        var custom = rows.Where(f => f.CustomFieldId != null).OrderBy(f => f.Order).ThenBy(f => f.CustomFieldId)
            .Select(f => new CustomFields.CustomFieldEntry(f.Name!, f.Label, f.Kind!.Value, f.Value)).ToList();
        var place = await db.Tickets.Where(t => t.Id == ticket.Id)
            .Select(t => new
            {
                t.RequesterId,
                t.GroupId,
                t.AgentId,
                t.ApprovalState,
                t.ApprovalFlowName,
                Template = db.TicketTemplates.Where(p => p.Id == t.TemplateId).Select(p => p.Name).FirstOrDefault(),
            })
            .SingleAsync(ct);
        var standing = new TicketStanding(ticket.State, place.RequesterId, informed.Select(i => i.Id).ToList(),
            place.GroupId, place.AgentId, FirstResponseGiven: ticket.FirstResponseAt is not null,
            Rated: ticket.Rating is not null, AwaitingApproval: place.ApprovalState == ApprovalFlowState.Pending);
        return ticket with
        {
            Approval = await FlowAsync(ticket.Id, place.ApprovalState, place.ApprovalFlowName, ct),
            InformedUsers = by.IsStaff || place.RequesterId == by.Id ? informed.Select(i => i.Summary).ToList() : [],
            Fields = fields,
            CustomFields = custom,
            Template = place.Template,
            Allowed = Offered(standing, by),
        };
    }

    /// <summary>
    /// The ticket a command has just saved, as <see cref="GetAsync"/> shows it, taken from the aggregate in memory
    /// instead of read back. The aggregate holds its state, its ANS figures and the catalogue entries the domain set
    /// (group, service, category, location, substate, policy, calendar); two small queries add what it holds only as
    /// ids: the people's names, then the template's name and the text of the last signed solution.
    /// </summary>
    public async Task<TicketDetails> SavedAsync(Actor by, Ticket t, CancellationToken ct)
    {
        var informedIds = t.InformedUsers.Select(i => i.UserId).ToList();
        var peopleIds = informedIds.Concat([t.RequesterId, t.RegisteredById, t.UpdatedById])
            .Concat(t.AgentId is { } agentId ? [agentId] : []).Distinct().ToList();
        var (ticketId, templateId, mergedIntoId, splitFromId) = (t.Id, t.TemplateId, t.MergedIntoId, t.SplitFromId);
        var people = await db.Users.Where(u => peopleIds.Contains(u.Id))
            .Select(u => new { u.Id, UserName = u.UserName!, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        var names = await db.Tickets.Where(x => x.Id == ticketId).Select(x => new
        {
            Template = db.TicketTemplates.Where(p => p.Id == templateId).Select(p => p.Name).FirstOrDefault(),
            Solution = db.TicketActions.Where(a => a.TicketId == ticketId && a.Kind == TicketActionKind.Solution)
                .OrderByDescending(a => a.Id).Select(a => a.Text).FirstOrDefault(),
            MergedInto = db.Tickets.Where(m => m.Id == mergedIntoId).Select(m => m.Code).FirstOrDefault(),
            SplitFrom = db.Tickets.Where(m => m.Id == splitFromId).Select(m => m.Code).FirstOrDefault(),
        }).SingleAsync(ct);
        var requester = people[t.RequesterId];
        var registeredBy = people[t.RegisteredById];
        var informed = t.InformedUsers.Select(i => (Person: people[i.UserId], Choice: i))
            .OrderBy(i => i.Person.UserName, StringComparer.Ordinal)
            .Select(i => new InformedUserSummary(i.Person.UserName, i.Person.DisplayName, i.Choice.OnCreation,
                i.Choice.OnActions, i.Choice.OnResolution, i.Choice.OnClosure))
            .ToList();
        return new TicketDetails(
            t.Id, t.Code, t.Type, t.Title, t.Description, t.State,
            t.Substate is { } s ? new SubstateSummary(s.Code, s.Name, s.StopsClock) : null,
            t.Origin, t.CreatedAt,
            new PersonSummary(requester.UserName, requester.DisplayName, requester.Email),
            new PersonSummary(registeredBy.UserName, registeredBy.DisplayName, null),
            t.Service?.Name, t.Category?.Path, t.Impact, t.Urgency, t.Priority, t.Group?.Name,
            t.AgentId is { } agent ? people[agent].UserName : null,
            t.FirstLineService, t.FirstResponseAt, t.ResolvedAt, t.ClosureResult, t.Rating, t.ClosureComment, t.ClosedAt,
            t.UpdatedAt, people[t.UpdatedById].UserName, t.Version,
            new SlaSummary(t.SlaPolicy?.Name, t.Calendar?.Name, t.ResponseTargetMinutes, t.ResolutionTargetMinutes,
                t.ResponseDueAt, t.ResolutionDueAt, t.OriginalResponseDueAt, t.OriginalResolutionDueAt, t.RespondedAt,
                t.ResponseBreached, t.ResolutionBreached, t.ClockStops.Any(c => c.To == null),
                t.ResponseWorkingMinutes, t.ResolutionWorkingMinutes, t.StoppedWorkingMinutes))
        {
            Solution = names.Solution,
            Unplaced = t.UnplacedReason,
            MinutesSpent = t.MinutesSpent,
            MergedInto = mergedIntoId is { } into && names.MergedInto is { } intoCode ? new TicketCodeRef(into, intoCode) : null,
            SplitFrom = splitFromId is { } from && names.SplitFrom is { } fromCode ? new TicketCodeRef(from, fromCode) : null,
            Location = t.Location?.Path,
            InformedUsers = by.IsStaff || t.RequesterId == by.Id ? informed : [],
            Fields = t.Fields.Where(f => f.CustomFieldId is null).OrderBy(f => f.Position)
                .Select(f => new FieldAnswer(f.Label, f.Value)).ToList(),
            CustomFields = t.Fields.Any(f => f.CustomFieldId is not null)
                ? (await customFields.EntriesAsync(by, [t.Id], ct)).GetValueOrDefault(t.Id) ?? []
                : [],
            Template = names.Template,
            Allowed = Offered(t.Standing, by),
            Approval = await FlowAsync(t.Id, t.ApprovalState, t.ApprovalFlowName, ct),
        };
    }

    /// <summary>Guía §14.2 "Flujo de trabajo actual": the steps of the ticket's approval flow, when it has one.</summary>
    public async Task<ApprovalFlowView?> FlowAsync(long ticketId, ApprovalFlowState state, string? flow, CancellationToken ct)
    {
        if (state == ApprovalFlowState.None) return null;
        var steps = await (from a in db.TicketApprovals.AsNoTracking()
                           where a.TicketId == ticketId
                           orderby a.Position
                           select new ApprovalStepView(a.Id, a.Position, a.StepName, a.Kind,
                               db.Users.Where(u => u.Id == a.ApproverId).Select(u => u.UserName).FirstOrDefault(),
                               a.ApproverName, a.State, a.SkipReason, a.RequestedAt, a.DueAt, a.DecidedAt, a.Note,
                               a.TimedOut, a.Reminders)).ToListAsync(ct);
        return new ApprovalFlowView(flow ?? "", state, steps);
    }

    public async Task<PageOf<TicketDetails>> ListAsync(Actor by, TicketFilter filter, CancellationToken ct)
    {
        var query = Filter(by, filter, await customFields.FiltersAsync(by, filter.CustomFields, ct));
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, TicketFilter.MaxPageSize);
        var page = Paging.Check(filter.Page);
        // Two steps: the page's ids through the narrow indexes (sorting ids, not whole rows with their
        // descriptions), then the details of just those tickets, put back in the page's order.
        var ids = await Sort(query, filter.Sort).Skip((page - 1) * size).Take(size).Select(t => t.Id).ToListAsync(ct);
        var details = await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(Details).ToListAsync(ct);
        var custom = await customFields.EntriesAsync(by, ids, ct);
        var byId = details.ToDictionary(d => d.Id, d => d with { CustomFields = custom.GetValueOrDefault(d.Id) ?? [] });
        return new PageOf<TicketDetails>(ids.Select(id => byId[id]).ToList(), total);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        var staff = by.IsStaff;
        var events = db.TicketEvents.Where(e => e.TicketId == id);
        if (!staff) events = events.Where(e => e.Published);
        var staffUsers = StaffUserIds();
        return await (from e in events
                      join u in db.Users on e.ActorId equals u.Id
                      orderby e.Id
                      select new HistoryEntry(e.At, staff || !staffUsers.Contains(u.Id) ? u.UserName! : u.DisplayName, e.Kind, e.FromState, e.ToState, e.FromSubstate,
                          e.ToSubstate,
                          staff ? e.Field : null,
                          staff ? e.OldValue : null,
                          staff ? e.NewValue : null,
                          staff || e.NotePublished ? e.Note : null)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ActionEntry>> ActionsAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        var actions = db.TicketActions.Where(a => a.TicketId == id);
        if (!by.IsStaff) actions = actions.Where(a => a.Published);
        var staff = by.IsStaff;
        var staffUsers = StaffUserIds();
        return await (from a in actions
                      join u in db.Users on a.AuthorId equals u.Id
                      orderby a.Id
                      select new ActionEntry(a.Id, a.Kind, a.Text, a.Published,
                          staff || !staffUsers.Contains(u.Id) ? u.UserName! : u.DisplayName, a.At)
                      {
                          MinutesSpent = staff ? a.MinutesSpent : null,
                      }).ToListAsync(ct);
    }

    /// <summary>Guía §14 Información adicional: the tickets related to this one, for staff (other people's tickets).</summary>
    public async Task<IReadOnlyList<RelatedTicket>> RelatedAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        return await (from l in db.Set<TicketLink>()
                      join t in db.Tickets on l.RelatedTicketId equals t.Id
                      where l.TicketId == id
                      orderby t.Code
                      select new RelatedTicket(t.Id, t.Code, t.Title, t.State, t.Agent == null ? null : t.Agent.UserName,
                          l.CreatedAt)).ToListAsync(ct);
    }

    /// <summary>Guía §11.5 Información adicional: the knowledge articles the ticket cites, for staff.</summary>
    public async Task<IReadOnlyList<LinkedArticle>> ArticlesAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        return await (from r in db.TicketReferences
                      join a in db.KnowledgeArticles on r.TargetId equals a.Id
                      where r.TicketId == id && r.Kind == TicketReferenceKind.Article
                      orderby r.Id
                      select new LinkedArticle(a.Id, a.Title, a.Audience, a.RetiredAt != null, r.CreatedAt)).ToListAsync(ct);
    }

    /// <summary>Guía §11.5 Información adicional: the problems the ticket is a case of, for staff.</summary>
    public async Task<IReadOnlyList<LinkedProblem>> ProblemsAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        return await (from r in db.TicketReferences
                      join p in db.Problems on r.TargetId equals p.Id
                      where r.TicketId == id && r.Kind == TicketReferenceKind.Problem
                      orderby r.Id
                      select new LinkedProblem(p.Id, p.Title, p.State, p.Workaround, r.CreatedAt)).ToListAsync(ct);
    }

    /// <summary>The files of a ticket, oldest first; a requester sees the published ones only.</summary>
    public async Task<IReadOnlyList<AttachmentEntry>> AttachmentsAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        return await AttachmentEntries(by, id).ToListAsync(ct);
    }

    /// <summary>One file of a ticket the actor sees; 404 for any other, as for a ticket they may not see.</summary>
    public async Task<AttachmentEntry> AttachmentAsync(Actor by, TicketRef ticketRef, long attachmentId, CancellationToken ct)
    {
        var id = await IdOfVisibleAsync(by, ticketRef, ct);
        return await AttachmentEntries(by, id, attachmentId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(Rules.AttachmentNotFound, attachmentId);
    }

    private IQueryable<AttachmentEntry> AttachmentEntries(Actor by, long ticketId, long? attachmentId = null)
    {
        var files = db.Attachments.Where(a => a.TicketId == ticketId);
        if (attachmentId is { } only) files = files.Where(a => a.Id == only);
        if (!by.IsStaff) files = files.Where(a => a.Published);
        return from a in files
               join u in db.Users on a.AddedById equals u.Id
               orderby a.Id
               select new AttachmentEntry(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.Published, u.UserName!,
                   a.AddedAt, a.ActionId);
    }

    /// <summary>
    /// Guía §11 "Panel inicial": per view, how many open tickets are in each state, and how many are breached
    /// ("caducadas"). Only open tickets are counted, through the state indexes, never the whole table.
    /// </summary>
    public async Task<IReadOnlyDictionary<TicketListView, ViewCounters>> CountersAsync(Actor by, CancellationToken ct)
    {
        // One pass over the open tickets (a small partial index), grouped by what the views filter on and shared for
        // a few seconds (PanelCounters); the views are then counted in memory.
        var snapshot = await panel.GetAsync(db, ct);
        var rows = snapshot.Rows;
        var firstLineGroups = snapshot.FirstLineGroups;

        ViewCounters Count(Func<long?, long?, bool> inView)
        {
            var mine = rows.Where(r => inView(r.GroupId, r.AgentId)).ToList();
            return new ViewCounters(
                TicketStates.Open.ToDictionary(s => s, s => mine.Where(r => r.State == s).Sum(r => r.Count)),
                mine.Where(r => r.Breached).Sum(r => r.Count))
            {
                GroupOnly = mine.Where(r => r.State == TicketState.Assigned && r.AgentId == null).Sum(r => r.Count),
            };
        }

        return new Dictionary<TicketListView, ViewCounters>
        {
            [TicketListView.AllOpen] = Count((_, _) => true),
            [TicketListView.FirstLine] = Count((group, _) => group is null || firstLineGroups.Contains(group.Value)),
            [TicketListView.AssignedToMe] = Count((_, agent) => agent == by.Id),
            [TicketListView.Supervised] = Count((group, _) => group is { } g && by.Supervises.Contains(g)),
            [TicketListView.MyGroups] = Count((group, _) => group is { } g && by.MemberOf.Contains(g)),
        };
    }

    /// <summary>
    /// The Nueva tickets the automatic assignment could not place, oldest first, with the reason —
    /// for supervisors and administrators, whose panel shows them.
    /// </summary>
    public async Task<PageOf<UnplacedTicket>> UnplacedAsync(Actor by, int limit, CancellationToken ct)
    {
        if (!by.IsAdmin && by.Supervises.Count == 0) return new PageOf<UnplacedTicket>([], 0);
        var unplaced = db.Tickets.AsNoTracking().Where(t => t.State == TicketState.New && t.UnplacedReason != null);
        var total = await unplaced.CountAsync(ct);
        var items = await unplaced.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(limit)
            .Select(t => new UnplacedTicket(t.Id, t.Code, t.Title, t.CreatedAt, t.UnplacedReason!.Value)).ToListAsync(ct);
        return new PageOf<UnplacedTicket>(items, total);
    }

    /// <summary>
    /// The people with a staff role. A requester reads the history and the actions with the staff's names, not their
    /// user names, which are their sign-in half (the requester's own entries keep theirs).
    /// </summary>
    private IQueryable<long> StaffUserIds() =>
        from ur in db.UserRoles
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == Roles.Agent || r.Name == Roles.Supervisor || r.Name == Roles.Admin
        select ur.UserId;

    /// <summary>Whether the ticket's service asks for the minutes of every action.</summary>
    public Task<bool> RequiresTimeSpentAsync(long ticketId, CancellationToken ct) =>
        db.Tickets.Where(t => t.Id == ticketId).Select(t => t.Service != null && t.Service.RequiresTimeSpent).SingleAsync(ct);

    /// <summary>The id of a ticket <paramref name="by"/> may see, or a 404.</summary>
    public async Task<long> IdOfVisibleAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var ids = await TicketLookup.Match(Visible(by), ticketRef).Select(t => t.Id).Take(1).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : throw new NotFoundException(Rules.TicketNotFound, ticketRef);
    }

    private static readonly Expression<Func<Ticket, TicketDetails>> DetailsExpression = t => new TicketDetails(
        t.Id, t.Code, t.Type, t.Title, t.Description, t.State,
        t.Substate == null ? null : new SubstateSummary(t.Substate.Code, t.Substate.Name, t.Substate.StopsClock),
        t.Origin, t.CreatedAt,
        new PersonSummary(t.Requester!.UserName!, t.Requester.DisplayName, t.Requester.Email),
        new PersonSummary(t.RegisteredBy!.UserName!, t.RegisteredBy.DisplayName, null),
        t.Service == null ? null : t.Service.Name,
        t.Category == null ? null : t.Category.Path,
        t.Impact, t.Urgency, t.Priority,
        t.Group == null ? null : t.Group.Name,
        t.Agent == null ? null : t.Agent.UserName,
        t.FirstLineService, t.FirstResponseAt, t.ResolvedAt, t.ClosureResult, t.Rating, t.ClosureComment, t.ClosedAt,
        t.UpdatedAt, t.UpdatedBy!.UserName!, t.Version,
        new SlaSummary(
            t.SlaPolicy == null ? null : t.SlaPolicy.Name,
            t.Calendar == null ? null : t.Calendar.Name,
            t.ResponseTargetMinutes, t.ResolutionTargetMinutes, t.ResponseDueAt, t.ResolutionDueAt,
            t.OriginalResponseDueAt, t.OriginalResolutionDueAt, t.RespondedAt, t.ResponseBreached, t.ResolutionBreached,
            t.ClockStops.Any(c => c.To == null),
            t.ResponseWorkingMinutes, t.ResolutionWorkingMinutes, t.StoppedWorkingMinutes))
    {
        Solution = t.Actions.Where(a => a.Kind == TicketActionKind.Solution).OrderByDescending(a => a.Id)
            .Select(a => a.Text).FirstOrDefault(),
        Unplaced = t.UnplacedReason,
        Location = t.Location == null ? null : t.Location.Path,
        MinutesSpent = t.MinutesSpent,
        MergedInto = t.MergedInto == null ? null : new TicketCodeRef(t.MergedInto.Id, t.MergedInto.Code),
        SplitFrom = t.SplitFrom == null ? null : new TicketCodeRef(t.SplitFrom.Id, t.SplitFrom.Code),
    };

    private static Expression<Func<Ticket, TicketDetails>> Details => DetailsExpression;
}
