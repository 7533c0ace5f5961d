namespace Mesa.Core.Catalog;

/// <summary>
/// A node of a service's category tree. <see cref="Path"/> is the whole way from the root, as the guide shows it:
/// "/Sistemas de Información Interiores/PROACTIVANET/Roles y Clave de Usuario".
/// </summary>
public sealed class Category : ITreeNode
{
    private Category()
    {
    }

    private Category(long serviceId, Category? parent, string name)
    {
        ServiceId = serviceId;
        Parent = parent;
        Name = CatalogNames.CheckNode("name", name);
        Path = (parent?.Path ?? "") + "/" + Name;
    }

    public const int PathMaxLength = 500;

    public long Id { get; private set; }

    public long ServiceId { get; private set; }

    public long? ParentId { get; private set; }

    public Category? Parent { get; private set; }

    public string Name { get; private set; } = "";

    public string Path { get; private set; } = "";

    public bool Active { get; private set; } = true;

    /// <summary>The ANS for tickets of this node, when it has its own; the most specific one wins.</summary>
    public int? SlaPolicyId { get; private set; }

    public void UseSlaPolicy(int? policyId) => SlaPolicyId = policyId;

    /// <summary>
    /// Guía §14.2 "Flujo de trabajo": the approvals a request of this node (or of a node below it without its own) needs
    /// before it is assigned. A template's own flow comes first.
    /// </summary>
    public int? ApprovalFlowId { get; private set; }

    public Approvals.ApprovalFlow? ApprovalFlow { get; private set; }

    public void UseApprovalFlow(Approvals.ApprovalFlow? flow) => (ApprovalFlow, ApprovalFlowId) = (flow, flow?.Id);

    public static Category Root(Service service, string name) => new(service.Id, null, name);

    public Category Child(string name) => new(ServiceId, this, name);

    public void SetActive(bool active) => Active = active;

    /// <summary>Renames the node; the caller moves the paths of its descendants with <see cref="ReplacePathPrefix"/>.</summary>
    public void Rename(string name)
    {
        Name = CatalogNames.CheckNode("name", name);
        Path = CatalogNames.SiblingPath(Path, Name);
    }

    public void ReplacePathPrefix(string oldPrefix, string newPrefix) => Path = newPrefix + Path[oldPrefix.Length..];
}
