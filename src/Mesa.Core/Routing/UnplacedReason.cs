namespace Mesa.Core.Routing;

/// <summary>Why the automatic assignment left a Nueva ticket where it is, for the supervisors' panel.</summary>
public enum UnplacedReason
{
    /// <summary>No active assignment rule matches its type, service and category.</summary>
    NoRule,

    /// <summary>The rule that matches sends it to a group that is no longer active.</summary>
    GroupInactive,
}
