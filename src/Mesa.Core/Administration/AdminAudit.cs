namespace Mesa.Core.Administration;

/// <summary>
/// Who is administering in this scope (a request to an admin page or to <c>/api/v1/admin</c>): while someone is, every
/// save records what it changes in the configuration (<see cref="AdminAuditInterceptor"/>). Scoped: one per request.
/// </summary>
public sealed class AdminAudit
{
    /// <summary>The administrator, or null outside administration (a ticket's lifecycle, a job, the demo set).</summary>
    public long? AdminId { get; private set; }

    public void Begin(long adminId) => AdminId = adminId;
}
