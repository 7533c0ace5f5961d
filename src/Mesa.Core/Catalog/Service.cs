namespace Mesa.Core.Catalog;

/// <summary>A service of the catalogue (Guía §14.2 "Servicio / Categoría"), with its tree of categories.</summary>
public sealed class Service
{
    private Service()
    {
    }

    public Service(string name, int? serviceTypeId = null)
    {
        Rename(name);
        ServiceTypeId = serviceTypeId;
    }

    public const int NameMaxLength = CatalogNames.MaxLength;

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public bool Active { get; private set; } = true;

    /// <summary>Guía §4, §6: the kind of service; rules and mailboxes may be set per type.</summary>
    public int? ServiceTypeId { get; private set; }

    /// <summary>The ANS for tickets of this node, when it has its own; the most specific one wins.</summary>
    public int? SlaPolicyId { get; private set; }

    public void UseSlaPolicy(int? policyId) => SlaPolicyId = policyId;

    /// <summary>Who answers for the service: the approver of a flow's "owner of the service" step.</summary>
    public long? OwnerId { get; private set; }

    public void ChangeOwner(long? ownerId) => OwnerId = ownerId;

    /// <summary>
    /// Whether every action an agent writes on a ticket of this service must say the minutes it took, so that the
    /// workload report counts all the work of the service.
    /// </summary>
    public bool RequiresTimeSpent { get; private set; }

    public void RequireTimeSpent(bool required) => RequiresTimeSpent = required;

    public void Rename(string name) => Name = CatalogNames.Check("name", name);

    public void ChangeType(int? serviceTypeId) => ServiceTypeId = serviceTypeId;

    public void SetActive(bool active) => Active = active;
}
