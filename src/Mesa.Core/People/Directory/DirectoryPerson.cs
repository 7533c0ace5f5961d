namespace Mesa.Core.People.Directory;

/// <summary>
/// A person as the directory describes them, read for a sign-in or by the sync: who they are, where they work, whether
/// the directory still lets them in, which of the directory groups Mesa maps they belong to (normalized DNs), and the
/// DN of their manager (the <c>manager</c> attribute), who approves their requests' "manager" steps.
/// </summary>
public sealed record DirectoryPerson(
    string Key,
    string Dn,
    string UserName,
    string DisplayName,
    string? Email,
    string? Department,
    string? Phone,
    bool Enabled,
    IReadOnlySet<string> Groups,
    string? ManagerDn = null);
