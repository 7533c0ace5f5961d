namespace Mesa.Core.Following;

/// <summary>What a line of the bell tells (Guía §11 "mantener un monitoreo constante de su bandeja").</summary>
public enum BellKind
{
    /// <summary>The ticket was assigned to me (Guía §7, §12).</summary>
    AssignedToMe,

    /// <summary>A ticket I follow went to another group or agent.</summary>
    Assigned,

    /// <summary>Its user answered or commented (Guía §14.3, §15).</summary>
    UserReplied,

    /// <summary>Most of its resolution time is used.</summary>
    SlaWarning,

    /// <summary>A due date passed unmet (Guía §14.2 "caduca").</summary>
    SlaBreached,

    /// <summary>A solution was signed (Guía §14.3).</summary>
    Resolved,

    /// <summary>It reached Cerrada (Guía §10, §14.4).</summary>
    Closed,
}
