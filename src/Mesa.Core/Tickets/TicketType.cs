namespace Mesa.Core.Tickets;

/// <summary>Guía §5: an incidencia is a failure of a service; a petición asks for a service.</summary>
public enum TicketType
{
    Incident,
    Request,
}
