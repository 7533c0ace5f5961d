namespace Mesa.Core.People;

/// <summary>
/// Who is acting, with the facts the rules of the guide ask about: their roles and the groups they belong to or
/// supervise. Built once per request from the database.
/// </summary>
public sealed record Actor(
    long Id,
    string UserName,
    IReadOnlySet<string> Roles,
    IReadOnlySet<long> MemberOf,
    IReadOnlySet<long> Supervises,
    bool IsFirstLine)
{
    /// <summary>Agents, supervisors and administrators work tickets; requesters only follow their own.</summary>
    public bool IsStaff => Roles.Contains(People.Roles.Agent) || Roles.Contains(People.Roles.Supervisor) || IsAdmin;

    public bool IsAdmin => Roles.Contains(People.Roles.Admin);

    /// <summary>Reports and the list of every ticket are for supervisors and administrators (Guía §4).</summary>
    public bool ReadsReports => Roles.Contains(People.Roles.Supervisor) || IsAdmin;

    public bool SupervisesGroup(long? groupId) => IsAdmin || (groupId is { } id && Supervises.Contains(id));

    public bool BelongsTo(long? groupId) => groupId is { } id && MemberOf.Contains(id);

    /// <summary>
    /// The author of a change known only by id: enough to sign the history lines that the change's consequences add
    /// on save (the ANS recomputation), which ask nothing of roles or groups.
    /// </summary>
    public static Actor Signing(long id) => new(id, "", new HashSet<string>(), new HashSet<long>(), new HashSet<long>(), false);
}
