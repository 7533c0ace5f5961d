namespace Mesa.Core.Tickets;

/// <summary>The four checkboxes of "Otros usuarios informados" (Guía §14.2), plus None for agent-only mail.</summary>
public enum NotificationAudience
{
    None,
    Creation,
    Actions,
    Resolution,
    Closure,
}
