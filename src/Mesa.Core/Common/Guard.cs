using Mesa.Core.People;

namespace Mesa.Core.Common;

/// <summary>The checks a record's methods start with: a rule of the guide that holds, and who may act at all.</summary>
public static class Guard
{
    /// <summary>A broken rule of the lifecycle: 409 on the API, a message on the form.</summary>
    public static void Require(bool condition, string rule, params object[] arguments)
    {
        if (!condition) throw new DomainException(rule, arguments);
    }

    /// <summary>Agents, supervisors and administrators only: 403 for anybody else.</summary>
    public static void RequireStaff(Actor by)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
    }
}
