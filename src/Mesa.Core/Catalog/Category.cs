namespace Mesa.Core.Catalog;

/// <summary>
/// A node of a service's category tree. <see cref="Path"/> is the whole way from the root, as the guide shows it:
/// "/Sistemas de Información Interiores/PROACTIVANET/Roles y Clave de Usuario".
/// </summary>
public sealed class Category
{
    private Category()
    {
    }

    private Category(long serviceId, Category? parent, string name)
    {
        ServiceId = serviceId;
        Parent = parent;
        Name = name;
        Path = (parent?.Path ?? "") + "/" + name;
    }

    public const int PathMaxLength = 500;

    public long Id { get; private set; }

    public long ServiceId { get; private set; }

    public long? ParentId { get; private set; }

    public Category? Parent { get; private set; }

    public string Name { get; private set; } = "";

    public string Path { get; private set; } = "";

    public bool Active { get; private set; } = true;

    /// <summary>The ANS for tickets of this node, when it has its own; the most specific one wins (issue 3).</summary>
    public int? SlaPolicyId { get; private set; }

    public void UseSlaPolicy(int? policyId) => SlaPolicyId = policyId;

    public static Category Root(Service service, string name) => new(service.Id, null, name);

    public Category Child(string name) => new(ServiceId, this, name);
}
