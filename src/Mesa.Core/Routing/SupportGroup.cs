namespace Mesa.Core.Routing;

/// <summary>
/// A group of agents (Guía §4: primera línea, segunda línea). Tickets are assigned to a group and, optionally, to
/// one of its members; supervisors see the group's tickets under "Bajo mi supervisión".
/// </summary>
public sealed class SupportGroup
{
    private readonly List<GroupMembership> _memberships = [];

    private SupportGroup()
    {
    }

    public SupportGroup(string name, int tier)
    {
        Rename(name);
        ChangeTier(tier);
    }

    public const int NameMaxLength = Catalog.CatalogNames.MaxLength;

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>1 for first line (Mesa de Servicio), 2 for second line (specialists).</summary>
    public int Tier { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>How the automatic assignment picks an agent in this group.</summary>
    public AssignmentMode Mode { get; private set; } = AssignmentMode.RoundRobin;

    /// <summary>Round-robin's place: the member who got the last ticket.</summary>
    public long? LastAssignedAgentId { get; private set; }

    public void Rename(string name) => Name = Catalog.CatalogNames.Check("name", name);

    /// <summary>Only two lines exist in the guide (§4): first line and second line.</summary>
    public void ChangeTier(int tier) =>
        Tier = tier is 1 or 2 ? tier : throw new Common.InputException("tier", Common.Rules.OutOfRange, 1, 2);

    public void SetActive(bool active) => Active = active;

    public void ChangeMode(AssignmentMode mode) => Mode = mode;

    public void RecordAssignmentTo(long agentId) => LastAssignedAgentId = agentId;

    public IReadOnlyCollection<GroupMembership> Memberships => _memberships;

    public bool HasMember(long userId) =>
        _memberships.Any(m => m.UserId == userId && m.Role == GroupRole.Member);

    public void AddMember(long userId) => Add(userId, GroupRole.Member);

    public void AddSupervisor(long userId) => Add(userId, GroupRole.Supervisor);

    public void Remove(long userId, GroupRole role) => _memberships.RemoveAll(m => m.UserId == userId && m.Role == role);

    public void Add(long userId, GroupRole role)
    {
        if (!_memberships.Any(m => m.UserId == userId && m.Role == role))
            _memberships.Add(new GroupMembership(userId, role));
    }
}
