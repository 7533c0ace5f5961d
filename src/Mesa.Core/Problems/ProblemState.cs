namespace Mesa.Core.Problems;

/// <summary>
/// Guía §11 "Pestaña problemas y errores conocidos": a problem is registered (Nuevo), given to a group or agent
/// (Asignado), becomes an error conocido once its root cause and a workaround are known, is resolved when the fix is
/// in place and closed once it is confirmed.
/// </summary>
public enum ProblemState
{
    New,
    Assigned,
    KnownError,
    Resolved,
    Closed,
}
