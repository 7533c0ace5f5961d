namespace Mesa.Core.Routing;

/// <summary>How the automatic assignment picks an agent inside the group a rule chose.</summary>
public enum AssignmentMode
{
    /// <summary>Each member in turn.</summary>
    RoundRobin,

    /// <summary>The member with the fewest open tickets.</summary>
    LeastLoaded,

    /// <summary>No agent: "Asignada a un grupo" until a member takes it.</summary>
    GroupOnly,
}
