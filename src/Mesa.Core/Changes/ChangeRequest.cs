using Mesa.Core.Common;
using Mesa.Core.People;

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

    private readonly List<ChangeEvent> _events = [];
    private readonly List<ChangeApproval> _approvals = [];

    private ChangeRequest()
    {
    }

    public ChangeRequest(string code, ChangeRequestForm form, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Code = code;
        Title = RecordText.Text("title", form.Title, TitleMaxLength, required: true)!;
        Description = RecordText.Text("description", form.Description, TextMaxLength, required: true)!;
        Type = form.Type;
        Risk = form.Risk;
        ImplementationPlan = RecordText.Text("implementationPlan", form.ImplementationPlan, TextMaxLength, required: form.Type != ChangeType.Standard);
        BackoutPlan = RecordText.Text("backoutPlan", form.BackoutPlan, TextMaxLength, required: form.Type != ChangeType.Standard);
        if (form.PlannedStart is { } start && form.PlannedEnd is { } end && end <= start)
            throw new InputException("plannedEnd", Rules.WindowEndsBeforeStart);
        PlannedStart = form.PlannedStart;
        PlannedEnd = form.PlannedEnd;
        ApprovalRule = form.ApprovalRule;
        Quorum = form.Quorum;
        var approvers = form.Approvers.Distinct().ToList();
        if (ApprovalRule == ApprovalRule.Quorum && (Quorum < 1 || Quorum > approvers.Count))
            throw new InputException("quorum", Rules.OutOfRange, 1, Math.Max(1, approvers.Count));
        _approvals.AddRange(approvers.Select(id => new ChangeApproval(id)));
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

    public ChangeType Type { get; private set; }

    public ChangeRisk Risk { get; private set; }

    public string? ImplementationPlan { get; private set; }

    public string? BackoutPlan { get; private set; }

    public DateTimeOffset? PlannedStart { get; private set; }

    public DateTimeOffset? PlannedEnd { get; private set; }

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
                break;
        }

        return outcome;
    }

    /// <summary>
    /// The steps after the committee, as the lifecycle allows them: scheduled in its window, under way (an emergency
    /// change may start as soon as it is approved), applied, reviewed with its verdict, closed (a rejected change too).
    /// </summary>
    public void Transition(ChangeState to, string? note, ReviewOutcome? outcome, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        var allowed = (State, to) switch
        {
            (ChangeState.Approved, ChangeState.Scheduled) => PlannedStart is not null && PlannedEnd is not null
                ? true : throw new InputException("plannedStart", Rules.WindowRequired),
            (ChangeState.Approved, ChangeState.InProgress) => Type == ChangeType.Emergency,
            (ChangeState.Scheduled, ChangeState.InProgress) => true,
            (ChangeState.InProgress, ChangeState.Implemented) => true,
            (ChangeState.Implemented, ChangeState.Reviewed) => outcome is not null
                ? true : throw new InputException("outcome", Rules.Required),
            (ChangeState.Reviewed or ChangeState.Rejected, ChangeState.Closed) => true,
            _ => false,
        };
        Guard.Require(allowed, Rules.ChangeTransitionNotAllowed, State, to);
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

    public void CheckVersion(long? version)
    {
        if (version is { } v && v != Version) throw new StaleVersionException();
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

/// <summary>What a person fills in to register a change.</summary>
public sealed record ChangeRequestForm(string? Title, string? Description, ChangeType Type, ChangeRisk Risk,
    string? ImplementationPlan, string? BackoutPlan, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd,
    IReadOnlyList<long> Approvers, ApprovalRule ApprovalRule = ApprovalRule.All, int Quorum = 0);
