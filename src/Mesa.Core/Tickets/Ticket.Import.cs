using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Sla;
using Mesa.Core.Tickets.Import;

namespace Mesa.Core.Tickets;

/// <summary>Tickets brought from the desk before Mesa (ProactivaNET), with their codes, dates and actions.</summary>
public sealed partial class Ticket
{
    /// <summary>
    /// A ticket of the old desk in the state its listing shows (Guía §10), under the code its users already quote
    /// (§9). Its history holds its registration at its own instant, each action at its own instant by its author
    /// (§14.3), and one line of the import itself. Nobody is written to: the old desk already did, and its breaches
    /// are its past. The due date the old desk estimated is kept: the resolution target becomes the working time from
    /// the registration to that date on the calendar of Mesa's ANS (§14.2), so that a later clock stop pushes it as
    /// it pushes any other.
    /// </summary>
    public static Ticket Import(ImportedTicket data, string importNote, PriorityMatrix matrix, double warningShare,
        Actor importer, DateTimeOffset now)
    {
        RequireText(data.Title, nameof(Title), TitleMaxLength);
        RequireText(data.Description, nameof(Description), DescriptionMaxLength);
        if (data.State == TicketState.Assigned && data.GroupId is null)
            throw new InputException(nameof(Group), Rules.Required);

        var placed = data.State != TicketState.New;
        var ticket = new Ticket
        {
            Code = data.Code,
            Type = data.Type,
            Title = data.Title.Trim(),
            Description = data.Description.Trim(),
            State = data.State,
            SubstateId = data.State == TicketState.Assigned ? data.Substate?.Id : null,
            // The listing does not say how a ticket arrived; an agent of the old desk is the one who typed it there.
            Origin = Origin.Agent,
            CreatedAt = data.RegisteredAt,
            RequesterId = data.RequesterId,
            RegisteredById = data.RequesterId,
            ServiceId = data.ServiceId,
            CategoryId = data.CategoryId,
            Impact = Level.Medium,
            Urgency = Level.Medium,
            Priority = matrix.PriorityOf(Level.Medium, Level.Medium),
            GroupId = placed ? data.GroupId : null,
            AgentId = placed ? data.AgentId : null,
        };
        ticket.RefreshSearchText();
        ticket.Record(new TicketEvent(TicketEventKind.Created, data.RequesterId, data.RegisteredAt, null, published: true)
        {
            ToState = TicketState.New,
        });
        foreach (var action in data.Actions.OrderBy(a => a.At))
        {
            ticket.AddAction(action.Kind, RequireActionText(action.Text), action.Published, Actor.Signing(action.AuthorId), action.At);
            if (action.Kind == TicketActionKind.FirstResponse) ticket.FirstResponseAt ??= action.At;
            if (action.Kind == TicketActionKind.Solution) ticket.SolutionSignedById = action.AuthorId;
        }

        ticket.RespondedAt = ticket.FirstResponseAt;
        ticket.Close(data, importer);
        ticket.Record(new TicketEvent(TicketEventKind.Imported, importer.Id, now, importNote, published: false)
        {
            ToState = data.State,
            ToSubstate = ticket.SubstateId is null ? null : data.Substate?.Code,
        });
        // Guía §10: a clock-stopping substate stops it from now on; how long it stood there before is in the old date.
        if (ticket.SubstateId is not null && data.Substate is { PausesSla: true } stopping)
            ticket._clockStops.Add(new ClockStop(now, stopping.Code, stopping.StopsClock, stopping.ExtendsDueDate));
        ticket.Touch(importer, now);
        if (data.Terms is { } terms) ticket.KeepImportedDueDate(data.ResolutionDueAt, terms, warningShare, importer, now);
        return ticket;
    }

    /// <summary>The end of the story for a resolved, closed or rejected ticket: its solution and its instants.</summary>
    private void Close(ImportedTicket data, Actor importer)
    {
        var solution = string.IsNullOrWhiteSpace(data.Solution) ? null : data.Solution.Trim();
        var signer = AgentId ?? importer.Id;
        switch (State)
        {
            case TicketState.Resolved or TicketState.Closed:
                var resolvedAt = data.ResolvedAt ?? _actions.LastOrDefault(a => a.Kind == TicketActionKind.Solution)?.At
                    ?? _actions.LastOrDefault()?.At ?? CreatedAt;
                if (solution is not null && _actions.All(a => a.Kind != TicketActionKind.Solution || a.Text != solution))
                {
                    AddAction(TicketActionKind.Solution, RequireActionText(solution), published: true, Actor.Signing(signer), resolvedAt);
                    SolutionSignedById = signer;
                }

                SolutionSignedById ??= signer;
                ResolvedAt = resolvedAt;
                RespondedAt ??= resolvedAt;
                if (State == TicketState.Resolved)
                {
                    // Guía §14.4: the clock waits for the user's confirmation, as after any signature.
                    _clockStops.Add(new ClockStop(resolvedAt, ClockStop.Resolved));
                }
                else
                {
                    ClosedAt = data.ClosedAt ?? resolvedAt;
                    // Guía §10 Cerrada: a rated ticket was confirmed by its user; how any other closed is not exported.
                    ClosureResult = data.Rated ? Tickets.ClosureResult.Correct : null;
                }

                break;
            case TicketState.Rejected:
                FirstLineService = solution;
                break;
            default:
                // Guía §14.4: a solution the user found "Incorrecta" stays written on a ticket the agent works again.
                if (solution is not null) AddAction(TicketActionKind.Note, RequireActionText(solution), published: false, importer, CreatedAt);
                break;
        }
    }

    private void KeepImportedDueDate(DateTimeOffset? resolutionDueAt, SlaService.SlaTerms terms, double warningShare,
        Actor importer, DateTimeOffset now)
    {
        ApplySlaTerms(terms.Policy, terms.Calendar, importer, now);
        if (resolutionDueAt is { } due && due > CreatedAt)
            ResolutionTargetMinutes = Math.Max(1, (int)Math.Ceiling(SlaClock.WorkingTimeBetween(terms.Schedule, CreatedAt, due, []).TotalMinutes));
        // The ticket is written without its policy and calendar objects: they belong to the reading, not to the save.
        SlaPolicy = null;
        Calendar = null;
        RecomputeDueDates(terms.Schedule, warningShare);
        RecordBreaches(importer, now, tell: false);
    }
}
