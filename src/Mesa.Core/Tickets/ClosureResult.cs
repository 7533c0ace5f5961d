namespace Mesa.Core.Tickets;

/// <summary>How a ticket reached Cerrada (Guía §10, §14.2, §14.4).</summary>
public enum ClosureResult
{
    /// <summary>The user confirmed the solution as Correcta.</summary>
    Correct,

    /// <summary>Closed by the automatic closure after the configured time.</summary>
    Automatic,

    /// <summary>Solved at first contact: Servicio 1ª Línea filled and signed.</summary>
    FirstLine,

    /// <summary>A duplicate merged into another ticket, where the follow-up continues.</summary>
    Merged,
}
