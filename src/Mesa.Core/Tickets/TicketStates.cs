using System.Linq.Expressions;

namespace Mesa.Core.Tickets;

/// <summary>The allowed moves between states, in one table (Guía §7, §10, §12, §13, §14.2–§14.4).</summary>
public static class TicketStates
{
    private static readonly HashSet<(TicketState From, TicketState To)> Moves =
    [
        (TicketState.New, TicketState.Assigned),       // §7 automatic assignment, §12 manual assignment
        (TicketState.New, TicketState.Rejected),       // §13 only from Nueva
        (TicketState.New, TicketState.Closed),         // §14.2 firma en Servicio 1ª Línea
        (TicketState.Assigned, TicketState.Assigned),  // §12 escalation or reassignment
        (TicketState.Assigned, TicketState.New),       // §13 revocar la asignación
        (TicketState.Assigned, TicketState.Resolved),  // §14.3 firma solución
        (TicketState.Assigned, TicketState.Closed),    // §14.2 firma en Servicio 1ª Línea
        (TicketState.Resolved, TicketState.Closed),    // §14.4 Correcta, or automatic closure
        (TicketState.Resolved, TicketState.Assigned),  // §14.4 Incorrecta: back to the signer
    ];

    public static bool CanMove(TicketState from, TicketState to) => Moves.Contains((from, to));

    /// <summary>Open tickets are those still "en curso": the guide's listing shows Nueva, Asignada and Resuelta.</summary>
    public static bool IsOpen(TicketState state) => state is TicketState.New or TicketState.Assigned or TicketState.Resolved;

    public static IReadOnlyList<TicketState> Open { get; } = [TicketState.New, TicketState.Assigned, TicketState.Resolved];

    /// <summary>
    /// The open-ticket filter for queries, written with constants so that the SQL says
    /// <c>"State" IN ('New', 'Assigned', 'Resolved')</c> and the partial index of open tickets applies.
    /// </summary>
    public static Expression<Func<Ticket, bool>> IsOpenTicket { get; } =
        t => t.State == TicketState.New || t.State == TicketState.Assigned || t.State == TicketState.Resolved;
}
