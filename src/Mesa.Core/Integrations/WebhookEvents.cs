using Mesa.Core.Changes;
using Mesa.Core.Tickets;

namespace Mesa.Core.Integrations;

/// <summary>The events an integration may be told of, by the names its webhook subscribes with.</summary>
public static class WebhookEvents
{
    public const string TicketRegistered = "ticket.registered";
    public const string TicketAssigned = "ticket.assigned";
    public const string TicketResolved = "ticket.resolved";
    public const string TicketClosed = "ticket.closed";
    public const string TicketBreached = "ticket.breached";
    public const string ChangeApproved = "change.approved";

    public static IReadOnlyList<string> All { get; } =
        [TicketRegistered, TicketAssigned, TicketResolved, TicketClosed, TicketBreached, ChangeApproved];

    /// <summary>
    /// The event a line of a ticket's history is, if any: registration (Guía §9), an assignment or escalation (§7, §12),
    /// the solution signed (§14.3), any way into Cerrada (§10, §14.2, §14.4), a due date passed unmet (§14.2 "caduca").
    /// </summary>
    public static string? Of(TicketEvent e) => e.Kind switch
    {
        TicketEventKind.Created => TicketRegistered,
        TicketEventKind.Assigned => TicketAssigned,
        TicketEventKind.SolutionSigned => TicketResolved,
        TicketEventKind.SlaBreached => TicketBreached,
        _ when e.ToState == TicketState.Closed && e.FromState != TicketState.Closed => TicketClosed,
        _ => null,
    };

    /// <summary>The committee (or the standard path) approved a change (Guía §10 "En Comité de control de Cambios").</summary>
    public static string? Of(ChangeEvent e) => e.Kind == ChangeEventKind.Approved ? ChangeApproved : null;
}
