namespace Mesa.Core.Catalog;

/// <summary>A service of the catalogue (Guía §14.2 "Servicio / Categoría"), with its tree of categories.</summary>
public sealed class Service
{
    private Service()
    {
    }

    public Service(string name)
    {
        Name = name;
    }

    public const int NameMaxLength = 150;

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public bool Active { get; private set; } = true;

    /// <summary>The ANS for tickets of this node, when it has its own; the most specific one wins (issue 3).</summary>
    public int? SlaPolicyId { get; private set; }

    public void UseSlaPolicy(int? policyId) => SlaPolicyId = policyId;
}
