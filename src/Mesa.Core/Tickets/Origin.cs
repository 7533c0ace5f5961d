namespace Mesa.Core.Tickets;

/// <summary>Where the ticket came from (Guía §6 channels, §14.2 "Origen").</summary>
public enum Origin
{
    Portal,
    Email,
    Phone,
    Agent,
}
