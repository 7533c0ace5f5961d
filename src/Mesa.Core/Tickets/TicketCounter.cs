namespace Mesa.Core.Tickets;

/// <summary>The last consecutive number handed out for a year's ticket codes (Guía §9 "número de requerimiento").</summary>
public sealed class TicketCounter
{
    public int Year { get; private set; }

    public long LastValue { get; private set; }
}
