using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>
/// Where a ticket stands, as far as what may be done to it now. The aggregate's guards ask these questions, and the
/// console, the portal and the API offer exactly what <see cref="Allows"/> answers, so that a screen never shows a
/// form the domain refuses nor hides one it accepts.
/// </summary>
/// <remarks>
/// A Resuelta ticket is still editable: the guide finishes a ticket only at Cerrada ("estado final", Guía §10) or
/// Rechazada, and while the requester has not confirmed, an Incorrecta sends it back to Asignada (§14.4); the agents
/// keep correcting its classification and people until then, as the API always allowed.
/// </remarks>
public sealed record TicketStanding(
    TicketState State,
    long RequesterId,
    IReadOnlyCollection<long> InformedUserIds,
    long? GroupId,
    long? AgentId,
    bool FirstResponseGiven,
    bool Rated,
    bool AwaitingApproval = false)
{
    /// <summary>"En curso": Nueva, Asignada or Resuelta.</summary>
    public bool IsOpen => TicketStates.IsOpen(State);

    /// <summary>Whether this person follows the ticket in the portal: its requester or an informed user.</summary>
    public bool IsParticipant(long userId) => RequesterId == userId || InformedUserIds.Contains(userId);

    /// <summary>Who works the ticket: its agent, a member of its group, or a supervisor of the group.</summary>
    public bool IsWorkedBy(Actor by) =>
        by.IsStaff && (AgentId == by.Id || by.BelongsTo(GroupId) || by.SupervisesGroup(GroupId));

    /// <summary>Guía §14.2: the General tab's fields change until the ticket is finished.</summary>
    public bool IsEditable => IsOpen;

    /// <summary>Guía §7, §12, §14.2: still to be placed or being worked, so it may be (re)assigned or closed at first line.</summary>
    public bool IsBeingPlaced => State is TicketState.New or TicketState.Assigned;

    /// <summary>Guía §14.2 "Flujo de trabajo": a request waiting for its approvers is neither assigned nor closed.</summary>
    public bool MayBePlaced => IsBeingPlaced && !AwaitingApproval;

    /// <summary>Guía §14.3: the investigation's actions (other than a plain note) need an Asignada ticket.</summary>
    public bool IsAssigned => State == TicketState.Assigned;

    /// <summary>Guía §13: the assigned agent (or, for a group-only ticket, a member of the group), or a supervisor.</summary>
    public bool MayRevoke(Actor by) =>
        AgentId == by.Id || (AgentId is null && by.BelongsTo(GroupId)) || by.SupervisesGroup(GroupId);

    public bool Allows(TicketCommand command, Actor by) => command switch
    {
        TicketCommand.Edit => by.IsStaff && IsEditable,
        TicketCommand.Assign => by.IsStaff && MayBePlaced,
        TicketCommand.Revoke or TicketCommand.RevokeAndReject => by.IsStaff && IsAssigned && MayRevoke(by),
        TicketCommand.Reject => by.IsStaff && State == TicketState.New,
        TicketCommand.CloseAtFirstLine => by.IsStaff && by.IsFirstLine && MayBePlaced,
        TicketCommand.FirstResponse => by.IsStaff && IsAssigned && !FirstResponseGiven,
        TicketCommand.Question or TicketCommand.TechnicianAnswer or TicketCommand.Solution or TicketCommand.Substate =>
            by.IsStaff && IsAssigned,
        TicketCommand.Note => by.IsStaff && IsOpen,
        TicketCommand.Reply => IsParticipant(by.Id) && IsOpen,
        TicketCommand.Attach => IsOpen && (by.IsStaff || IsParticipant(by.Id)),
        TicketCommand.Confirm => State == TicketState.Resolved && RequesterId == by.Id,
        TicketCommand.Rate => State == TicketState.Closed && RequesterId == by.Id && !Rated,
        TicketCommand.Notify or TicketCommand.Relate or TicketCommand.Refer => by.IsStaff,
        TicketCommand.Merge or TicketCommand.Split => by.IsStaff && IsOpen,
        _ => false,
    };

    /// <summary>Every command <paramref name="by"/> may give now, in the enum's order.</summary>
    public IReadOnlySet<TicketCommand> Available(Actor by) =>
        new SortedSet<TicketCommand>(Enum.GetValues<TicketCommand>().Where(c => Allows(c, by)));
}
