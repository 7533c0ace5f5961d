using Mesa.Core.Catalog;
using Mesa.Core.Tickets;

namespace Mesa.Core.Routing;

/// <summary>
/// Guía §7: "la asignación a los agentes de servicio según los criterios de tipo de servicio y categoría
/// parametrizados". A rule matches on ticket type, service type, service, category subtree and location subtree
/// (empty = any) and names a group; the most specific matching rule wins (<see cref="Router"/>).
/// </summary>
public sealed class AssignmentRule
{
    private AssignmentRule()
    {
    }

    public AssignmentRule(string name, long groupId, RuleCriteria criteria)
    {
        Rename(name);
        GroupId = groupId;
        Change(criteria);
    }

    public const int NameMaxLength = CatalogNames.MaxLength;

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public TicketType? Type { get; private set; }

    public int? ServiceTypeId { get; private set; }

    public long? ServiceId { get; private set; }

    /// <summary>A category and everything under it.</summary>
    public long? CategoryId { get; private set; }

    /// <summary>A location and everything under it.</summary>
    public long? LocationId { get; private set; }

    public long GroupId { get; private set; }

    public bool Active { get; private set; } = true;

    public RuleCriteria Criteria => new(Type, ServiceTypeId, ServiceId, CategoryId, LocationId);

    public void Rename(string name) => Name = CatalogNames.Check("name", name);

    public void SendTo(long groupId) => GroupId = groupId;

    public void Change(RuleCriteria criteria)
    {
        Type = criteria.Type;
        ServiceTypeId = criteria.ServiceTypeId;
        ServiceId = criteria.ServiceId;
        CategoryId = criteria.CategoryId;
        LocationId = criteria.LocationId;
    }

    public void SetActive(bool active) => Active = active;
}

/// <summary>What a rule matches on; a null criterion matches anything.</summary>
public sealed record RuleCriteria(
    TicketType? Type = null,
    int? ServiceTypeId = null,
    long? ServiceId = null,
    long? CategoryId = null,
    long? LocationId = null);
