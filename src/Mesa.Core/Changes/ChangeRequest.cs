using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Problems;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tasks;

namespace Mesa.Core.Changes;

/// <summary>
/// Guía §5 "Request for Change (RFC)": a change to the services, with its reason, risk, planned window and its plans to
/// apply it and to back it out. It is evaluated, put to the change committee (Guía §10 "En Comité de control de
/// Cambios"; standard changes are pre-approved and skip it), scheduled, applied ("En aplicación", "Aprobada – paso a
/// producción", "Aceptada – aplicada"), reviewed after it was applied, and closed. Every step asks for its note and
/// leaves a line in the history.
/// </summary>
public sealed class ChangeRequest
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4_000;
    public const int NoteMaxLength = RecordText.NoteMaxLength;

    /// <summary>A Notificar message's text: with its subject it makes one note of the history.</summary>
    public const int NoticeMaxLength = NoteMaxLength - Mail.Notification.SubjectMaxLength - 1;
    public const string CodePrefix = "RFC";

    private readonly List<ChangeEvent> _events = [];
    private readonly List<ChangeApproval> _approvals = [];
    private readonly List<ChangeTeamMember> _team = [];
    private readonly List<ChangeProblem> _problems = [];
    private readonly List<Mail.Notification> _notifications = [];

    private ChangeRequest()
    {
    }

    public ChangeRequest(string code, ChangeRequestForm form, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Code = code;
        Apply(form);
        State = ChangeState.New;
        CreatedById = by.Id;
        CreatedAt = at;
        UpdatedAt = at;
        _events.Add(new ChangeEvent(ChangeEventKind.Created, by.Id, at, null, ChangeState.New, null));
    }

    public long Id { get; private set; }

    /// <summary>How people cite it: RFC 2026-000001.</summary>
    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Code, title and description folded for accent- and case-insensitive search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Why the change is needed: the incidents, the problem or the improvement behind it.</summary>
    public string? Reason { get; private set; }

    public ChangeType Type { get; private set; }

    public ChangeRisk Risk { get; private set; }

    /// <summary>How much of the organisation the change touches, on the scale of tickets' impact.</summary>
    public Level Impact { get; private set; }

    /// <summary>The service the change affects, and within it the category.</summary>
    public long? ServiceId { get; private set; }

    public long? CategoryId { get; private set; }

    public string? ImplementationPlan { get; private set; }

    public string? BackoutPlan { get; private set; }

    public string? TestPlan { get; private set; }

    public DateTimeOffset? PlannedStart { get; private set; }

    public DateTimeOffset? PlannedEnd { get; private set; }

    /// <summary>The group responsible for the change, and within it the agent.</summary>
    public long? GroupId { get; private set; }

    public long? AgentId { get; private set; }

    public ApprovalRule ApprovalRule { get; private set; }

    /// <summary>With <see cref="ApprovalRule.Quorum"/>: how many approvals decide.</summary>
    public int Quorum { get; private set; }

    public ChangeState State { get; private set; }

    public ReviewOutcome? ReviewOutcome { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public long Version { get; private set; } = 1;

    public IReadOnlyList<ChangeEvent> Events => _events;

    public IReadOnlyList<ChangeApproval> Approvals => _approvals;

    /// <summary>Guía §11 "equipo de trabajo": the agents and groups who work on the change besides its responsible.</summary>
    public IReadOnlyList<ChangeTeamMember> Team => _team;

    /// <summary>The problems the change solves (tickets cite the change from their own Información adicional).</summary>
    public IReadOnlyList<ChangeProblem> Problems => _problems;

    /// <summary>The e-mails the change owes: to each approver when it goes to the committee, and the decision.</summary>
    public IReadOnlyList<Mail.Notification> Notifications => _notifications;

    /// <summary>Open for work: neither refused by the committee nor closed.</summary>
    public bool IsOpen => State is not (ChangeState.Rejected or ChangeState.Closed);

    /// <summary>
    /// Corrects the whole change (its committee and team too) while it is still being prepared; once the committee has
    /// it, what it approved is what is applied (a new window is <see cref="Reschedule"/>).
    /// </summary>
    public void Edit(ChangeRequestForm form, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State is ChangeState.New or ChangeState.Evaluation, Rules.ChangeFrozen, State);
        Apply(form);
        Record(ChangeEventKind.Edited, State, null, by.Id, at);
    }

    /// <summary>A new window for an approved change, with the reason (the committee approved the change, not the date).</summary>
    public void Reschedule(DateTimeOffset? start, DateTimeOffset? end, string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(State is ChangeState.New or ChangeState.Evaluation or ChangeState.AwaitingApproval
            or ChangeState.Approved or ChangeState.Scheduled, Rules.ChangeFrozen, State);
        if (start is null || end is null) throw new InputException(start is null ? "plannedStart" : "plannedEnd", Rules.Required);
        if (end <= start) throw new InputException("plannedEnd", Rules.WindowEndsBeforeStart);
        PlannedStart = start;
        PlannedEnd = end;
        Record(ChangeEventKind.Rescheduled, State, reason, by.Id, at);
    }

    /// <summary>Gives the change to a group and, when known, one of its agents.</summary>
    public void Assign(SupportGroup group, User? agent, string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(IsOpen, Rules.ChangeFrozen, State);
        Guard.Require(group.Id != GroupId || agent?.Id != AgentId, Rules.AlreadyAssignedThere);
        RequireResponsible(group, agent);
        (GroupId, AgentId) = (group.Id, agent?.Id);
        Record(ChangeEventKind.Assigned, State, reason, by.Id, at);
    }

    /// <summary>Who works on the change with its responsible; the whole team is given at once.</summary>
    public void SetTeam(IReadOnlyList<User> agents, IReadOnlyList<SupportGroup> groups, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(IsOpen, Rules.ChangeFrozen, State);
        SetTeamMembers(agents, groups);
        Record(ChangeEventKind.TeamChanged, State, null, by.Id, at);
    }

    /// <summary>The change solves this problem; the problem's page lists the change.</summary>
    public void LinkProblem(Problem problem, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        if (_problems.Any(p => p.ProblemId == problem.Id))
            throw new InputException("problem", Rules.AlreadyLinked, problem.Code);
        _problems.Add(new ChangeProblem(problem.Id));
        Record(ChangeEventKind.Linked, State, $"{problem.Code} {problem.Title}", by.Id, at);
    }

    /// <summary>A ticket now cites the change, or no longer does (the ticket keeps the link; both histories say it).</summary>
    public void RecordTicketLink(string ticket, bool linked, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Record(linked ? ChangeEventKind.Linked : ChangeEventKind.Unlinked, State, ticket, by.Id, at);
    }

    public void UnlinkProblem(Problem problem, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var link = _problems.FirstOrDefault(p => p.ProblemId == problem.Id)
            ?? throw new NotFoundException(Rules.NotLinked, problem.Code);
        _problems.Remove(link);
        Record(ChangeEventKind.Unlinked, State, $"{problem.Code} {problem.Title}", by.Id, at);
    }

    /// <summary>The change is studied before it goes to the committee.</summary>
    public void Evaluate(string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Move(ChangeState.New, ChangeState.Evaluation);
        Record(ChangeEventKind.Evaluated, ChangeState.Evaluation, RecordText.Note(note), by.Id, at);
    }

    /// <summary>
    /// To the change committee; a standard change, a model approved once for all, is approved at once. A change that
    /// needs the committee needs approvers.
    /// </summary>
    public void Submit(string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(State is ChangeState.New or ChangeState.Evaluation, Rules.ChangeTransitionNotAllowed, State, ChangeState.AwaitingApproval);
        if (Type == ChangeType.Standard)
        {
            Record(ChangeEventKind.Approved, ChangeState.Approved, reason, by.Id, at);
            return;
        }

        Guard.Require(_approvals.Count > 0, Rules.ChangeNeedsApprovers);
        Record(ChangeEventKind.Submitted, ChangeState.AwaitingApproval, reason, by.Id, at);
        // Each approver is asked by e-mail, with links that decide without signing in.
        foreach (var approval in _approvals)
            _notifications.Add(new Mail.Notification(Mail.NotificationKind.ChangeApproval, approval.ApproverId, null, null, at));
    }

    /// <summary>
    /// Guía §15.1 "Correos desde la aplicación" from a change: an agent writes to people of the change (its responsible
    /// agent and group, its work team, its approvers, its author, the requesters of the tickets it solves), in any
    /// state. The message is a line of the change's history; one e-mail per recipient is queued with the subject.
    /// </summary>
    public void SendNotice(string? subject, string? text, IReadOnlyCollection<long> recipients, IReadOnlySet<long> people,
        Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var title = InputText.Required("subject", subject, Mail.Notification.SubjectMaxLength).ReplaceLineEndings(" ");
        var body = InputText.Required("text", text, NoticeMaxLength);
        if (recipients.Count == 0) throw new InputException("recipients", Rules.NoticeNeedsRecipient);
        if (recipients.Any(r => !people.Contains(r))) throw new InputException("recipients", Rules.NoticeOnlyChangePeople);
        foreach (var person in recipients.Distinct())
            _notifications.Add(new Mail.Notification(Mail.NotificationKind.Notice, person, null, null, at) { Subject = title, Body = body });
        Record(ChangeEventKind.Noticed, State, $"{title}\n{body}", by.Id, at);
    }

    /// <summary>
    /// One approver's decision with its comment (from the console or a signed e-mail link); when the rule is met, or
    /// can no longer be, the change is approved or rejected.
    /// </summary>
    public ApprovalOutcome Decide(long approverId, ApprovalDecision decision, string? note, DateTimeOffset at)
    {
        var reason = RecordText.Note(note);
        Guard.Require(State == ChangeState.AwaitingApproval, Rules.ChangeNotAwaitingApproval, State);
        var approval = _approvals.SingleOrDefault(a => a.ApproverId == approverId)
            ?? throw new ForbiddenException(Rules.NotAnApprover);
        Guard.Require(approval.Decision is null, Rules.AlreadyDecided);
        approval.Decide(decision, reason, at);
        var outcome = ApprovalTally.Outcome(ApprovalRule, _approvals.Count, Quorum,
            _approvals.Count(a => a.Decision == ApprovalDecision.Approve), _approvals.Count(a => a.Decision == ApprovalDecision.Reject));
        switch (outcome)
        {
            case ApprovalOutcome.Approved:
                Record(ChangeEventKind.Approved, ChangeState.Approved, reason, approverId, at);
                break;
            case ApprovalOutcome.Rejected:
                Record(ChangeEventKind.Rejected, ChangeState.Rejected, reason, approverId, at);
                break;
            default:
                Record(ChangeEventKind.Voted, State, $"{decision}: {reason}", approverId, at);
                return outcome;
        }

        // The people of the change learn the committee's decision: its responsible (or group) and its author.
        var told = new HashSet<long> { approverId };
        if (AgentId is { } agent && told.Add(agent))
            _notifications.Add(new Mail.Notification(Mail.NotificationKind.ChangeDecided, agent, null, null, at));
        else if (AgentId is null && GroupId is { } group)
            _notifications.Add(new Mail.Notification(Mail.NotificationKind.ChangeDecided, null, group, null, at));
        if (told.Add(CreatedById))
            _notifications.Add(new Mail.Notification(Mail.NotificationKind.ChangeDecided, CreatedById, null, null, at));
        return outcome;
    }

    /// <summary>
    /// The steps after the committee, as the lifecycle allows them: scheduled in its window, under way (an emergency
    /// change may start as soon as it is approved), applied, reviewed with its verdict, closed (a rejected change too).
    /// </summary>
    public void Transition(ChangeState to, string? note, ReviewOutcome? outcome, IEnumerable<WorkTask> tasks, Actor by,
        DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        var allowed = StepsAfter(State, Type).Contains(to);
        if (allowed && to == ChangeState.Scheduled && (PlannedStart is null || PlannedEnd is null))
            throw new InputException("plannedStart", Rules.WindowRequired);
        if (allowed && to == ChangeState.Reviewed && outcome is null) throw new InputException("outcome", Rules.Required);
        Guard.Require(allowed, Rules.ChangeTransitionNotAllowed, State, to);
        if (to == ChangeState.Closed) WorkTask.RequireNoneOpen(tasks);
        if (to == ChangeState.Reviewed) ReviewOutcome = outcome;
        if (to == ChangeState.Closed) ClosedAt = at;
        var kind = to switch
        {
            ChangeState.Scheduled => ChangeEventKind.Scheduled,
            ChangeState.InProgress => ChangeEventKind.Started,
            ChangeState.Implemented => ChangeEventKind.Implemented,
            ChangeState.Reviewed => ChangeEventKind.Reviewed,
            _ => ChangeEventKind.Closed,
        };
        Record(kind, to, reason, by.Id, at);
    }

    /// <summary>
    /// The moves <see cref="Transition"/> allows from a state (the committee's own steps, submitting and deciding, are
    /// apart): scheduled in its window, under way (an emergency change as soon as it is approved), applied, reviewed,
    /// closed (a rejected change too).
    /// </summary>
    public static IReadOnlyList<ChangeState> StepsAfter(ChangeState state, ChangeType type) => state switch
    {
        ChangeState.Approved when type == ChangeType.Emergency => [ChangeState.Scheduled, ChangeState.InProgress],
        ChangeState.Approved => [ChangeState.Scheduled],
        ChangeState.Scheduled => [ChangeState.InProgress],
        ChangeState.InProgress => [ChangeState.Implemented],
        ChangeState.Implemented => [ChangeState.Reviewed],
        ChangeState.Reviewed or ChangeState.Rejected => [ChangeState.Closed],
        _ => [],
    };

    public void CheckVersion(long? version)
    {
        if (version is { } v && v != Version) throw new StaleVersionException();
    }

    private void Apply(ChangeRequestForm form)
    {
        var title = RecordText.Text("title", form.Title, TitleMaxLength, required: true)!;
        var description = RecordText.Text("description", form.Description, TextMaxLength, required: true)!;
        var reason = RecordText.Text("reason", form.Reason, TextMaxLength, required: false);
        // A standard change is a model whose plans were approved once for all (Guía §5).
        var planned = form.Type != ChangeType.Standard;
        var implementation = RecordText.Text("implementationPlan", form.ImplementationPlan, TextMaxLength, required: planned);
        var backout = RecordText.Text("backoutPlan", form.BackoutPlan, TextMaxLength, required: planned);
        var test = RecordText.Text("testPlan", form.TestPlan, TextMaxLength, required: false);
        if (form.PlannedStart is null != form.PlannedEnd is null)
            throw new InputException(form.PlannedStart is null ? "plannedStart" : "plannedEnd", Rules.Required);
        if (form.PlannedStart is { } start && form.PlannedEnd is { } end && end <= start)
            throw new InputException("plannedEnd", Rules.WindowEndsBeforeStart);
        if (form.Category is { } category && category.ServiceId != form.Service?.Id)
            throw new InputException("category", Rules.UnknownCategory, category.Path);
        var approvers = form.Approvers.Distinct().ToList();
        if (form.ApprovalRule == ApprovalRule.Quorum && (form.Quorum < 1 || form.Quorum > approvers.Count))
            throw new InputException("quorum", Rules.OutOfRange, 1, Math.Max(1, approvers.Count));
        if (form.Group is null && form.Agent is not null) throw new InputException("group", Rules.Required);
        if (form.Group is { } responsible) RequireResponsible(responsible, form.Agent);

        (Title, Description, Reason, Type, Risk, Impact) = (title, description, reason, form.Type, form.Risk, form.Impact);
        (ImplementationPlan, BackoutPlan, TestPlan) = (implementation, backout, test);
        (PlannedStart, PlannedEnd) = (form.PlannedStart, form.PlannedEnd);
        (ServiceId, CategoryId) = (form.Service?.Id, form.Category?.Id);
        SearchText = Common.SearchText.Fold($"{Code} {Title} {Description}");
        (ApprovalRule, Quorum) = (form.ApprovalRule, form.ApprovalRule == ApprovalRule.Quorum ? form.Quorum : 0);
        _approvals.RemoveAll(a => !approvers.Contains(a.ApproverId));
        _approvals.AddRange(approvers.Where(id => _approvals.All(a => a.ApproverId != id)).Select(id => new ChangeApproval(id)));

        (GroupId, AgentId) = (form.Group?.Id, form.Agent?.Id);
        SetTeamMembers(form.TeamAgents, form.TeamGroups);
    }

    private void SetTeamMembers(IReadOnlyList<User> agents, IReadOnlyList<SupportGroup> groups)
    {
        var wanted = agents.Select(a => (Kind: ChangeTeamMemberKind.Agent, a.Id))
            .Concat(groups.Select(g => (Kind: ChangeTeamMemberKind.Group, g.Id))).Distinct().ToList();
        _team.RemoveAll(m => !wanted.Contains((m.Kind, m.MemberId)));
        _team.AddRange(wanted.Where(w => !_team.Any(m => m.Kind == w.Kind && m.MemberId == w.Id))
            .Select(w => new ChangeTeamMember(w.Kind, w.Id)));
    }

    private static void RequireResponsible(SupportGroup group, User? agent)
    {
        Guard.Require(group.Active, Rules.GroupInactive, group.Name);
        Guard.Require(agent is null || group.HasMember(agent.Id), Rules.AgentNotInGroup, agent?.UserName ?? "", group.Name);
    }

    private void Move(ChangeState from, ChangeState to) => Guard.Require(State == from, Rules.ChangeTransitionNotAllowed, State, to);

    private void Record(ChangeEventKind kind, ChangeState to, string? note, long actorId, DateTimeOffset at)
    {
        _events.Add(new ChangeEvent(kind, actorId, at, State, to, note));
        State = to;
        UpdatedAt = at;
        Version++;
    }
}

/// <summary>What a person fills in to register a change (the names already turned into the records they stand for).</summary>
public sealed record ChangeRequestForm(string? Title, string? Description, ChangeType Type, ChangeRisk Risk,
    string? ImplementationPlan, string? BackoutPlan, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd,
    IReadOnlyList<long> Approvers, ApprovalRule ApprovalRule = ApprovalRule.All, int Quorum = 0)
{
    public string? Reason { get; init; }

    public Level Impact { get; init; } = Level.Medium;

    public string? TestPlan { get; init; }

    public Service? Service { get; init; }

    public Category? Category { get; init; }

    public SupportGroup? Group { get; init; }

    public User? Agent { get; init; }

    public IReadOnlyList<User> TeamAgents { get; init; } = [];

    public IReadOnlyList<SupportGroup> TeamGroups { get; init; } = [];
}
