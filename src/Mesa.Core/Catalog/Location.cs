namespace Mesa.Core.Catalog;

/// <summary>
/// A place or client of the organisation (Guía §14.2 "Localización / Cliente"), a tree shown as a path like a
/// category: "/Sistema de usuarios/Cultura TIC/Servicio de información". A ticket takes its requester's location
/// unless one is given; assignment rules may match on a location and everything under it.
/// </summary>
public sealed class Location : ITreeNode
{
    private Location()
    {
    }

    private Location(Location? parent, string name)
    {
        Parent = parent;
        Name = CatalogNames.CheckNode("name", name);
        Path = (parent?.Path ?? "") + "/" + Name;
    }

    public const int PathMaxLength = 500;

    public long Id { get; private set; }

    public long? ParentId { get; private set; }

    public Location? Parent { get; private set; }

    public string Name { get; private set; } = "";

    public string Path { get; private set; } = "";

    public bool Active { get; private set; } = true;

    public static Location Root(string name) => new(null, name);

    public Location Child(string name) => new(this, name);

    public void SetActive(bool active) => Active = active;

    /// <summary>Renames the node; the caller moves the paths of its descendants with <see cref="ReplacePathPrefix"/>.</summary>
    public void Rename(string name)
    {
        Name = CatalogNames.CheckNode("name", name);
        Path = CatalogNames.SiblingPath(Path, Name);
    }

    public void ReplacePathPrefix(string oldPrefix, string newPrefix) => Path = newPrefix + Path[oldPrefix.Length..];
}
