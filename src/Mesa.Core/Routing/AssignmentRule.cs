using Mesa.Core.Tickets;

namespace Mesa.Core.Routing;

/// <summary>
/// Guía §7: "la asignación a los agentes de servicio según los criterios de tipo de servicio y categoría
/// parametrizados". A rule matches on ticket type, service and category subtree (empty = any) and names a group;
/// the most specific matching rule wins.
/// </summary>
public sealed class AssignmentRule
{
    private AssignmentRule()
    {
    }

    public AssignmentRule(string name, long groupId, TicketType? type = null, long? serviceId = null, long? categoryId = null)
    {
        Name = name;
        GroupId = groupId;
        Type = type;
        ServiceId = serviceId;
        CategoryId = categoryId;
    }

    public const int NameMaxLength = 150;

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public TicketType? Type { get; private set; }

    public long? ServiceId { get; private set; }

    /// <summary>A category and everything under it.</summary>
    public long? CategoryId { get; private set; }

    public long GroupId { get; private set; }

    public bool Active { get; private set; } = true;
}
