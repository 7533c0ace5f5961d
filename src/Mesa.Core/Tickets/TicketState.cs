namespace Mesa.Core.Tickets;

/// <summary>Guía §10 "Estados de las Incidencias / peticiones".</summary>
public enum TicketState
{
    /// <summary>Nueva: registered, numbered, waiting for the assignment sweep.</summary>
    New,

    /// <summary>Asignada (to an agent) or Asignada a un grupo (group only).</summary>
    Assigned,

    /// <summary>Resuelta: solution signed, waiting for the user's confirmation.</summary>
    Resolved,

    /// <summary>Rechazada: outside the catalogue or the procedure; the reason is in Servicio 1ª Línea.</summary>
    Rejected,

    /// <summary>Cerrada: confirmed by the user, closed automatically, or solved at first contact.</summary>
    Closed,
}
