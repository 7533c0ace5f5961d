using Mesa.Core.Attachments;
using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>
/// The use cases of the ticket: each loads the aggregate, calls one of its methods, and saves once, so that the
/// change, its history and its outgoing mail commit together. Pages and API endpoints call these and nothing else.
/// </summary>
public sealed partial class TicketService(MesaDbContext db, TicketCodes codes, OrganisationTime time, TicketReferences refs,
    SlaService sla, TicketRouting routing, Actors actors, Templates.TicketTemplates templates, Mail.MailTemplates mailTemplates,
    Approvals.ApprovalFlows approvals, CustomFields.TicketCustomFields customFields,
    Microsoft.Extensions.Options.IOptions<MesaSettings> settings)
{
    private readonly HistoryText _words = new(System.Globalization.CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    /// <summary>
    /// Registers a ticket; when it comes from a draft, the draft is removed in the same transaction. With
    /// AssignOnRegistration on, the rules place it at once unless the caller scripts the assignment itself (the demo).
    /// </summary>
    public Task<Ticket> RegisterAsync(Actor by, NewTicket input, CancellationToken ct, TicketDraft? fromDraft = null,
        bool mayAssignAtOnce = true)
    {
        var origin = input.Origin ?? (by.IsStaff ? Origin.Agent : Origin.Portal);
        if (!by.IsStaff && origin != Origin.Portal) throw new InputException("origin", Rules.RequesterOnlyPortal);
        // Guía §14.2: the agents keep the table of informed users. A requester naming people would learn who has an
        // account from the answer and have Mesa send them his words, so the request is refused whatever the names.
        if (!by.IsStaff && input.InformedUsers is { Count: > 0 })
            throw new InputException("informedUsers", Rules.InformedUsersByStaffOnly);
        return RegisterAsync(by, input, origin, acknowledge: true, fromDraft, mayAssignAtOnce, ct);
    }

    /// <summary>
    /// Guía §6 "Correo electrónico": a message to a service mailbox registers a ticket for its sender, origin Correo.
    /// Without <paramref name="acknowledge"/> no registration mail goes out (an address that writes too often).
    /// </summary>
    public Task<Ticket> RegisterFromMailAsync(Actor sender, NewTicket input, bool acknowledge, CancellationToken ct) =>
        RegisterAsync(sender, input, Origin.Email, acknowledge, null, mayAssignAtOnce: true, ct);

    private async Task<Ticket> RegisterAsync(Actor by, NewTicket input, Origin origin, bool acknowledge,
        TicketDraft? fromDraft, bool mayAssignAtOnce, CancellationToken ct)
    {
        var (template, answers) = await FillTemplateAsync(by, input, ct);
        if (template is not null) input = template;
        var requester = await ResolveRequesterAsync(by, input.Requester, ct);
        var (service, category) = await refs.ClassificationAsync(input.Service, input.Category, ct);
        var informed = await refs.InformedUsersAsync(input.InformedUsers ?? [], ct);
        var location = string.IsNullOrWhiteSpace(input.Location)
            ? await refs.LocationOfAsync(requester, ct)
            : await refs.LocationAsync(input.Location, ct);

        var custom = await customFields.ForRegistrationAsync(by, origin, input.Type, service, category, input.CustomFields, ct);

        var registration = new TicketRegistration(input.Type, input.Title, input.Description, origin, requester,
            location, service, category, input.Impact ?? Level.Medium, input.Urgency ?? Level.Medium, informed,
            acknowledge, answers?.TemplateId, answers?.Fields, custom);

        var matrix = await sla.MatrixAsync(ct);
        var terms = await sla.TermsForAsync(service?.Id, category?.Id, ct);
        var flow = await approvals.ForAsync(input.Type, answers?.ApprovalFlowId, category, ct);
        var approvalSteps = flow is null ? null : await approvals.PlanAsync(flow, requester, service, ct);
        var pendingApproval = flow is null ? null : await refs.SubstateAsync(Substates.PendingApproval, ct);
        var system = settings.Value.AssignOnRegistration && mayAssignAtOnce ? await actors.SystemAsync(ct) : null;

        // Only the consecutive number and the inserts happen while the year's counter row is locked. A caller that
        // keeps more in the same commit (the mail intake) brings its own transaction.
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        // The registration commits whole or not at all, so a savepoint around its one save would only cost two round
        // trips while the counter row is locked.
        if (transaction is not null) db.Database.AutoSavepointsEnabled = false;
        var at = time.UtcNow;
        var code = await codes.NextAsync(at, ct);
        var ticket = Ticket.Register(code, registration, matrix, by, at);
        foreach (var file in input.Attachments ?? []) ticket.Attach(file.File, file.FileName, file.ContentType, true, null, by, at);
        sla.Apply(ticket, terms, terms?.Schedule, by, at);
        // Guía §14.2 "Flujo de trabajo": a request that needs approvals waits for them before any assignment.
        if (flow is not null) ticket.StartApproval(flow.Name, approvalSteps!, pendingApproval!, by, at);
        db.Tickets.Add(ticket);
        if (fromDraft is not null) db.TicketDrafts.Remove(fromDraft);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        if (system is not null && !ticket.AwaitingApproval) await AssignNowAsync(ticket, system, ct);
        return ticket;
    }

    /// <summary>
    /// Guía §5 Plantilla: with a template, the ticket is what the template makes of the input, and the answers to its
    /// fields are kept. Answers without a template are bad input, as is a template this person may not use.
    /// </summary>
    private async Task<(NewTicket?, TemplateAnswers?)> FillTemplateAsync(Actor by, NewTicket input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Template))
        {
            if (input.Fields is { Count: > 0 } fields)
                throw new InputException("fields", Rules.TemplateFieldUnknown, fields.Keys.First());
            return (null, null);
        }

        var template = await templates.FindAvailableAsync(by, input.Template, ct)
            ?? throw new InputException("template", Rules.UnknownTemplate, input.Template.Trim());
        var filling = template.Fill(input, input.Fields ?? new Dictionary<string, string?>());
        return (filling.Ticket, new TemplateAnswers(template.Id, filling.Fields, template.ApprovalFlowId));
    }

    private sealed record TemplateAnswers(long TemplateId, IReadOnlyList<FieldAnswer> Fields, int? ApprovalFlowId);

    public async Task<Ticket> UpdateAsync(Actor by, TicketRef ticketRef, TicketChanges changes, long? version, CancellationToken ct)
    {
        RequireStaff(by);
        var ticket = await LoadAsync(by, ticketRef, version, ct);
        var at = time.UtcNow;
        if (changes.Title is not null) ticket.ChangeTitle(changes.Title, by, at);
        if (changes.Description is not null) ticket.ChangeDescription(changes.Description, by, at);
        if (changes.Type is { } type) ticket.ChangeType(type, by, at);
        if (changes.Impact is not null || changes.Urgency is not null)
        {
            ticket.ChangeImpactAndUrgency(changes.Impact ?? ticket.Impact, changes.Urgency ?? ticket.Urgency,
                await sla.MatrixAsync(ct), by, at);
        }

        if (changes.FirstLineService is not null) ticket.ChangeFirstLineService(changes.FirstLineService, by, at);
        if (!string.IsNullOrWhiteSpace(changes.Requester))
            ticket.ChangeRequester(await refs.UserAsync("requester", changes.Requester, ct), by, at);
        if (changes.InformedUsers is not null)
            ticket.ChangeInformedUsers(await refs.InformedUsersAsync(changes.InformedUsers, ct), by, at);
        foreach (var (label, value) in changes.Fields ?? new Dictionary<string, string>())
            ticket.ChangeField(label, value, by, at);
        // Guía §12: the category (and the location, which rules also match on) go last among the fields, because
        // they may re-route the ticket.
        var routedBefore = (ticket.CategoryId, ticket.LocationId);
        if (changes.Location is not null)
            ticket.ChangeLocation(Blank(changes.Location) is { } path ? await refs.LocationAsync(path, ct) : null, by, at);
        if (changes.Service is not null || changes.Category is not null)
        {
            var (service, category) = await ReclassificationAsync(ticket, changes, ct);
            ticket.Reclassify(service, category, by, at);
        }

        // Guía §14.5: after the classification, which decides the custom fields the ticket carries.
        if (changes.CustomFields is { Count: > 0 } given)
        {
            foreach (var (field, value) in await customFields.ForChangeAsync(given, ct))
                ticket.ChangeCustomField(field, value, by, at);
        }

        if ((ticket.CategoryId, ticket.LocationId) != routedBefore) await EscalateByRulesAsync(ticket, at, ct);

        await SaveAsync(ct);
        return ticket;
    }

    public Task<Ticket> AssignAsync(Actor by, TicketRef ticketRef, string group, string? agent, string? note, long? version,
        CancellationToken ct) => ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            var target = await refs.GroupAsync(group, ct);
            var person = string.IsNullOrWhiteSpace(agent) ? null : await refs.UserAsync("agent", agent, ct);
            t.Assign(target, person, note, by, at);
        }, ct);

    public Task<Ticket> RevokeAsync(Actor by, TicketRef ticketRef, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, ticketRef, version, staffOnly: true, (t, at) => Done(() => t.RevokeAssignment(note, by, at)), ct);

    public Task<Ticket> RevokeAndRejectAsync(Actor by, TicketRef ticketRef, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            await RequireNoOpenTasksAsync(t, ct);
            t.RevokeAndReject(note, by, at);
        }, ct);

    public Task<Ticket> RejectAsync(Actor by, TicketRef ticketRef, string? note, long? version, CancellationToken ct) =>
        ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            await RequireNoOpenTasksAsync(t, ct);
            t.Reject(note, by, at);
        }, ct);

    public Task<Ticket> CloseAtFirstLineAsync(Actor by, TicketRef ticketRef, string? text, long? version, CancellationToken ct) =>
        ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            await RequireNoOpenTasksAsync(t, ct);
            t.CloseAtFirstLine(text, by, at);
        }, ct);

    public Task<Ticket> SetSubstateAsync(Actor by, TicketRef ticketRef, string? substate, string? note, long? version,
        CancellationToken ct) => ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            var target = string.IsNullOrWhiteSpace(substate) ? null : await refs.SubstateAsync(substate, ct);
            t.SetSubstate(target, note, by, at);
        }, ct);

    /// <summary>
    /// An agent's action of the Investigación tab (Guía §14.3), with the minutes it took when given. An action that
    /// comes <paramref name="byMail"/> cannot say how long the work took, so a service that asks for them lets it pass.
    /// </summary>
    public async Task<TicketAddition<TicketAction>> AddActionAsync(Actor by, TicketRef ticketRef, TicketActionKind kind,
        string? text, bool? published, long? version, CancellationToken ct, IReadOnlyList<NewAttachment>? files = null,
        int? minutesSpent = null, bool byMail = false)
    {
        TicketAction? action = null;
        var ticket = await ActAsync(by, ticketRef, version, staffOnly: true, async (t, at) =>
        {
            action = kind switch
            {
                TicketActionKind.FirstResponse => t.RecordFirstResponse(text, by, at),
                TicketActionKind.Question => t.AskUser(text, await refs.SubstateAsync(Substates.PendingUser, ct), by, at),
                TicketActionKind.TechnicianAnswer => t.RecordTechnicianAnswer(text, published ?? false,
                    await refs.SubstateAsync(Substates.UserReplied, ct), by, at),
                TicketActionKind.Note => t.AddNote(text, published ?? false, by, at),
                TicketActionKind.RemoteSupport => t.AnnounceRemoteSupport(text, by, at),
                TicketActionKind.Solution => await SignSolutionAsync(t, text, by, at, ct),
                // A reply is the requester's and a notice has its own recipients: neither is an agent's plain action.
                TicketActionKind.UserReply => throw new InputException("kind", Rules.InvalidValue, "user-reply"),
                TicketActionKind.Notice => throw new InputException("kind", Rules.InvalidValue, "notice"),
                // Only the mail intake holds a mail; an agent accepts or discards it.
                TicketActionKind.HeldMail => throw new InputException("kind", Rules.InvalidValue, "held-mail"),
                TicketActionKind.DiscardedMail => throw new InputException("kind", Rules.InvalidValue, "discarded-mail"),
            };
            t.SpendTime(action, minutesSpent, askable: !byMail, by, at);
            AttachAll(t, files, action, by, at);
        }, ct);
        return new(ticket, action!);
    }

    public async Task<TicketAddition<TicketAction>> ReplyAsync(Actor by, TicketRef ticketRef, string? text, long? version,
        CancellationToken ct, IReadOnlyList<NewAttachment>? files = null)
    {
        TicketAction? action = null;
        var ticket = await ActAsync(by, ticketRef, version, staffOnly: false, async (t, at) =>
        {
            action = t.Reply(text, await refs.SubstateAsync(Substates.UserReplied, ct), by, at);
            AttachAll(t, files, action, by, at);
        }, ct);
        return new(ticket, action!);
    }

    /// <summary>Guía §15.1 Notificar: the message goes to the chosen people of the ticket, by user name.</summary>
    public async Task<TicketAddition<TicketAction>> NotifyAsync(Actor by, TicketRef ticketRef, NoticeInput notice,
        long? version, CancellationToken ct)
    {
        RequireStaff(by);
        var ticket = await LoadAsync(by, ticketRef, version, ct);
        var names = notice.Recipients.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
        var people = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        if (names.FirstOrDefault(n => people.All(p => p.UserName != n)) is { } unknown)
            throw new InputException("recipients", Rules.UnknownUser, unknown);
        var members = ticket.GroupId is { } group
            ? (await db.GroupMemberships.Where(m => m.GroupId == group).Select(m => m.UserId).ToListAsync(ct)).ToHashSet()
            : [];
        var (subject, text) = await mailTemplates.NoticeWordsAsync(notice, () => mailTemplates.ValuesAsync(ticket.Id, ct), ct);

        var action = ticket.SendNotice(subject, text, people.Select(p => p.Id).ToList(), members, notice.Report, by,
            time.UtcNow);
        await SaveAsync(ct);
        return new(ticket, action);
    }

    /// <summary>A file on its own (Información adicional, the portal, the API); staff choose whether the requester sees it.</summary>
    public async Task<TicketAddition<Attachment>> AttachAsync(Actor by, TicketRef ticketRef, NewAttachment file,
        bool published, long? version, CancellationToken ct)
    {
        Attachment? attachment = null;
        var ticket = await ActAsync(by, ticketRef, version, staffOnly: false,
            (t, at) => Done(() => attachment = t.Attach(file.File, file.FileName, file.ContentType, published, null, by, at)), ct);
        return new(ticket, attachment!);
    }

    /// <summary>Files that come with an action are published as the action is.</summary>
    private static void AttachAll(Ticket ticket, IReadOnlyList<NewAttachment>? files, TicketAction action, Actor by,
        DateTimeOffset at)
    {
        foreach (var file in files ?? []) ticket.Attach(file.File, file.FileName, file.ContentType, action.Published, action, by, at);
    }

    /// <summary>The survey of a closed ticket that has no rating yet (its requester only).</summary>
    public Task<Ticket> RateAsync(Actor by, TicketRef ticketRef, int? rating, string? comment, long? version,
        CancellationToken ct) =>
        ActAsync(by, ticketRef, version, staffOnly: false, (t, at) => Done(() => t.Rate(rating, comment, by, at, settings.Value.SurveyEnabled)), ct);

    public Task<Ticket> ConfirmAsync(Actor by, TicketRef ticketRef, bool correct, int? rating, string? comment, long? version,
        CancellationToken ct) =>
        ActAsync(by, ticketRef, version, staffOnly: false, (t, at) => Done(() => t.Confirm(correct, rating, comment, by, at, settings.Value.SurveyEnabled)), ct);

    /// <summary>The optional immediate assignment: the rules, as the sweep applies them, right after registration.</summary>
    private async Task AssignNowAsync(Ticket ticket, Actor system, CancellationToken ct)
    {
        var route = await routing.RouteAsync(ticket, ct);
        if (route is null) return;
        ticket.AssignByRule(route.Rule, route.Group, route.Agent, RuleOccasion.Registration, _words, system, time.UtcNow);
        try
        {
            await SaveAsync(ct);
        }
        catch (StaleVersionException)
        {
            // Someone acted on the new ticket already; the sweep is the safety net for whatever remains Nueva.
        }
    }

    /// <summary>
    /// Guía §12: a new category re-applies the rules; when they name another group, "Escalado Automático" moves the
    /// ticket there. An explicit assignment made afterwards (the guide's advice: group and agent last) wins.
    /// </summary>
    private async Task EscalateByRulesAsync(Ticket ticket, DateTimeOffset at, CancellationToken ct)
    {
        if (ticket.State != TicketState.Assigned) return;
        var route = await routing.RouteAsync(ticket, ct);
        if (route is null || route.Group.Id == ticket.GroupId) return;
        ticket.AssignByRule(route.Rule, route.Group, route.Agent, RuleOccasion.Reclassification, _words,
            await actors.SystemAsync(ct), at);
    }

    /// <summary>Guía §14: a registered ticket is never deleted. The call exists so that the answer says why.</summary>
    public async Task DeleteAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        RequireStaff(by);
        await LoadAsync(by, ticketRef, null, ct);
        Ticket.RefuseDeletion();
    }

    private async Task<Ticket> ActAsync(Actor by, TicketRef ticketRef, long? version, bool staffOnly,
        Func<Ticket, DateTimeOffset, Task> act, CancellationToken ct)
    {
        if (staffOnly) RequireStaff(by);
        var ticket = await LoadAsync(by, ticketRef, version, ct);
        var at = time.UtcNow;
        await act(ticket, at);
        await SaveAsync(ct);
        return ticket;
    }

    private async Task<TicketAction> SignSolutionAsync(Ticket ticket, string? text, Actor by, DateTimeOffset at, CancellationToken ct)
    {
        await RequireNoOpenTasksAsync(ticket, ct);
        return ticket.SignSolution(text, by, at);
    }

    /// <summary>Guía §11 "Mis tareas": a ticket is solved, closed or rejected only when none of its tasks is open.</summary>
    private async Task RequireNoOpenTasksAsync(Ticket ticket, CancellationToken ct) =>
        WorkTask.RequireNoneOpen(await db.Tasks.OpenOf(new TaskParent(TaskParentKind.Ticket, ticket.Id)).ToListAsync(ct));

    private static Task Done(Action act)
    {
        act();
        return Task.CompletedTask;
    }

    /// <summary>Loads a ticket the actor may see, with what its rules read; 404 for one they may not see.</summary>
    private async Task<Ticket> LoadAsync(Actor by, TicketRef ticketRef, long? version, CancellationToken ct)
    {
        var ticket = await TicketLookup.Match(db.Tickets.VisibleTo(by), ticketRef).Whole().SingleOrDefaultAsync(ct);
        if (ticket is null) throw new NotFoundException(Rules.TicketNotFound, ticketRef);
        if (version is { } expected && expected != ticket.Version) throw new StaleVersionException();
        // Only a ticket whose flow waits needs its steps: ending it (a rejection) cancels the steps still open.
        if (ticket.AwaitingApproval) await db.Entry(ticket).Collection(t => t.Approvals).LoadAsync(ct);
        return ticket;
    }

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

    private async Task<User> ResolveRequesterAsync(Actor by, string? requester, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(requester) || requester == by.UserName)
            return await db.Users.SingleAsync(u => u.Id == by.Id, ct);
        if (!by.IsStaff) throw new InputException("requester", Rules.RequesterOnlyForSelf);
        return await refs.UserAsync("requester", requester, ct);
    }

    /// <summary>
    /// A new service keeps only the category sent with it; a category alone keeps the service it belongs to
    /// (the current one when the path exists in several); an empty string clears.
    /// </summary>
    private Task<(Service?, Category?)> ReclassificationAsync(Ticket ticket, TicketChanges changes, CancellationToken ct)
    {
        if (changes.Service is not null)
            return refs.ClassificationAsync(Blank(changes.Service), Blank(changes.Category), ct);
        if (changes.Category is "")
            return refs.ClassificationAsync(ticket.Service?.Name, null, ct);
        return refs.ClassificationAsync(null, changes.Category, ct, preferred: ticket.Service);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void RequireStaff(Actor by)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
    }
}
