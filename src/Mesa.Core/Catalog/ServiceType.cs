using Mesa.Core.Common;

namespace Mesa.Core.Catalog;

/// <summary>
/// A kind of service (Guía §4: second-line agents "especializados según el tipo de servicio"; §6: one mailbox per
/// service type). Assignment rules may match on it.
/// </summary>
public sealed class ServiceType
{
    private ServiceType()
    {
    }

    public ServiceType(string name) => Rename(name);

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public bool Active { get; private set; } = true;

    public void Rename(string name) => Name = CatalogNames.Check("name", name);

    public void SetActive(bool active) => Active = active;
}
