using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.Routing;

namespace Mesa.Core.Tickets;

/// <summary>Who works the ticket: assignment, escalation, revocation, rejection, first-line closure (Guía §7, §12–§14.2).</summary>
public sealed partial class Ticket
{
    /// <summary>
    /// Guía §7 and §12: assigns (or escalates) to a group and, optionally, one of its members. The note says what
    /// was done and why, so that the receiving agent knows where the case stands.
    /// </summary>
    public void Assign(SupportGroup group, User? agent, string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        Require(Standing.IsBeingPlaced, Rules.TransitionNotAllowed, State, TicketState.Assigned);
        Require(!AwaitingApproval, Rules.AwaitingApproval);
        Require(group.Active, Rules.GroupInactive, group.Name);
        Require(agent is null || group.HasMember(agent.Id), Rules.AgentNotInGroup, agent?.UserName ?? "", group.Name);
        Require(State == TicketState.New || group.Id != GroupId || agent?.Id != AgentId, Rules.AlreadyAssignedThere);

        var from = Describe(Group, Agent);
        MoveTo(TicketState.Assigned, TicketEventKind.Assigned, reason, by, at);
        var e = _events[^1];
        e.Field = nameof(Group);
        e.OldValue = from;
        e.NewValue = Describe(group, agent);
        Group = group;
        GroupId = group.Id;
        Agent = agent;
        AgentId = agent?.Id;
        UnplacedReason = null;
        CountAssignment(group, at);
        Notify(NotificationKind.Assignment, null, by, at);
        Touch(by, at);
    }

    /// <summary>
    /// Guía §7 and §12: a rule places the ticket, signed by "Escalado Automático"; the note names the rule and the
    /// occasion, and a group that shares its tickets in turn records whose turn it was.
    /// </summary>
    public void AssignByRule(AssignmentRule rule, SupportGroup group, User? agent, RuleOccasion occasion, HistoryText words,
        Actor system, DateTimeOffset at)
    {
        Assign(group, agent, words[$"RuleAssignment.{occasion}", rule.Name], system, at);
        if (agent is not null) group.RecordAssignmentTo(agent.Id);
    }

    /// <summary>
    /// Guía §13 "revocar la asignación": the assigned agent (or, for a group-only ticket, a member of the group), or
    /// a supervisor of the group, returns the ticket to Nueva, e.g. so that it can be rejected.
    /// </summary>
    public void RevokeAssignment(string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        Require(Standing.IsAssigned, Rules.TransitionNotAllowed, State, TicketState.New);
        Require(Standing.MayRevoke(by), Rules.RevokeOnlyAssignedAgentOrSupervisor);

        var from = Describe(Group, Agent);
        MoveTo(TicketState.New, TicketEventKind.Revoked, reason, by, at);
        RevokedAt = at;
        Revocations++;
        var e = _events[^1];
        e.Field = nameof(Group);
        e.OldValue = from;
        Group = null;
        GroupId = null;
        Agent = null;
        AgentId = null;
        Touch(by, at);
    }

    /// <summary>
    /// Guía §13: only a Nueva ticket is rejected, and the reason is written in "Servicio 1ª Línea" so that the
    /// requester and later readers know why.
    /// </summary>
    public void Reject(string? note, Actor by, DateTimeOffset at)
    {
        var reason = RequireNote(note);
        Require(State == TicketState.New, Rules.RejectOnlyFromNew, State);

        WithdrawApproval();
        MoveTo(TicketState.Rejected, TicketEventKind.Rejected, reason, by, at, notePublished: true);
        FirstLineService = reason;
        Notify(NotificationKind.Rejection, null, by, at);
        Touch(by, at);
    }

    /// <summary>
    /// Guía §13 in one step: the two moves the guide describes (revoke, then reject before the sweep re-assigns),
    /// done together so that no sweep can come between them. The reason goes to "Servicio 1ª Línea".
    /// </summary>
    public void RevokeAndReject(string? note, Actor by, DateTimeOffset at)
    {
        RevokeAssignment(note, by, at);
        Reject(note, by, at);
    }

    /// <summary>
    /// Guía §14.2: a first-line agent who solved the case on first contact (by phone) fills "Servicio 1ª Línea" and
    /// signs; the ticket closes at once.
    /// </summary>
    public void CloseAtFirstLine(string? text, Actor by, DateTimeOffset at)
    {
        var solution = RequireActionText(text);
        Require(Standing.IsBeingPlaced, Rules.TransitionNotAllowed, State, TicketState.Closed);
        Require(!AwaitingApproval, Rules.AwaitingApproval);
        Require(by.IsFirstLine, Rules.CloseAtFirstLineNeedsFirstLineAgent);

        MoveTo(TicketState.Closed, TicketEventKind.ClosedAtFirstLine, solution, by, at, notePublished: true);
        FirstLineService = solution;
        AgentId ??= by.Id;
        SolutionSignedById = by.Id;
        ResolvedAt = at;
        RespondedAt ??= at;
        ClosedAt = at;
        ClosureResult = Tickets.ClosureResult.FirstLine;
        Notify(NotificationKind.Closure, null, by, at);
        Touch(by, at);
    }

    /// <summary>
    /// Guía §13: after a revocation the agent must be able to reject before the system re-assigns; the automatic
    /// assignment leaves a ticket revoked this recently alone.
    /// </summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Why the automatic assignment could not place this Nueva ticket; null once placed.</summary>
    public UnplacedReason? UnplacedReason { get; private set; }

    /// <summary>
    /// The sweep found no place for this Nueva ticket: it stays Nueva and shows on the supervisors' panel with the
    /// reason. Recorded once per reason, so that a sweep every five minutes does not fill the history.
    /// </summary>
    public bool MarkUnplaced(UnplacedReason reason, Actor system, DateTimeOffset at)
    {
        if (State != TicketState.New || UnplacedReason == reason) return false;
        UnplacedReason = reason;
        Record(new TicketEvent(TicketEventKind.Unplaced, system.Id, at, null, published: false)
        {
            Field = "unplaced",
            NewValue = reason.ToString(),
        });
        Touch(system, at);
        return true;
    }

    private static string Describe(SupportGroup? group, User? agent) =>
        group is null ? "" : agent is null ? group.Name : $"{group.Name} / {agent.UserName}";
}
