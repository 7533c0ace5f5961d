namespace Mesa.Core.Catalog;

/// <summary>A node of a tree shown as a path (a category, a location), so both are renamed and deactivated alike.</summary>
public interface ITreeNode
{
    long Id { get; }

    long? ParentId { get; }

    string Path { get; }

    bool Active { get; }

    void Rename(string name);

    void SetActive(bool active);

    void ReplacePathPrefix(string oldPrefix, string newPrefix);
}

/// <summary>Renaming and (de)activating a node with the nodes under it.</summary>
public static class TreeNodes
{
    /// <summary>Renames a node and moves the paths of every node under it; false when the path did not change.</summary>
    public static bool Rename(ITreeNode node, string name, IEnumerable<ITreeNode> tree)
    {
        var oldPath = node.Path;
        node.Rename(name);
        if (node.Path == oldPath) return false;
        foreach (var below in Below(oldPath, tree)) below.ReplacePathPrefix(oldPath, node.Path);
        return true;
    }

    /// <summary>
    /// Deactivating a node deactivates everything under it; a node can only be reactivated under an active parent.
    /// </summary>
    public static void SetActive(ITreeNode node, bool active, IReadOnlyCollection<ITreeNode> tree)
    {
        if (active == node.Active) return;
        if (active)
        {
            var parent = tree.SingleOrDefault(n => n.Id == node.ParentId);
            if (parent is { Active: false }) throw new Common.InputException("active", Common.Rules.ParentInactive);
            node.SetActive(true);
            return;
        }

        node.SetActive(false);
        foreach (var below in Below(node.Path, tree)) below.SetActive(false);
    }

    /// <summary>
    /// The node at the path made of <paramref name="names"/>, creating the missing ones from the root down with
    /// <paramref name="create"/> (given the parent, or null for a root, and the name); <paramref name="existing"/> maps
    /// the tree's paths to its nodes and learns the new ones.
    /// </summary>
    public static T Ensure<T>(IReadOnlyList<string> names, Dictionary<string, T> existing, Func<T?, string, T> create)
        where T : class, ITreeNode
    {
        T? node = null;
        foreach (var name in names)
        {
            var path = (node?.Path ?? "") + "/" + name;
            if (!existing.TryGetValue(path, out var found))
            {
                found = create(node, name);
                existing[path] = found;
            }

            node = found;
        }

        return node ?? throw new ArgumentException("A path has at least one name.", nameof(names));
    }

    private static List<ITreeNode> Below(string path, IEnumerable<ITreeNode> tree) =>
        tree.Where(n => n.Path.StartsWith(path + "/", StringComparison.Ordinal)).ToList();
}
