using Mesa.Core.Common;

namespace Mesa.Core.Catalog;

/// <summary>The one check for the name of a catalogue node, group or rule: present, short, no path separator.</summary>
public static class CatalogNames
{
    public const int MaxLength = 150;

    public static string Check(string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException(field, Rules.Required);
        var trimmed = name.Trim();
        if (trimmed.Length > MaxLength) throw new InputException(field, Rules.TooLong, MaxLength);
        return trimmed;
    }

    /// <summary>A node of a tree is shown as a path, so its own name cannot hold the separator.</summary>
    public static string CheckNode(string field, string? name)
    {
        var checkedName = Check(field, name);
        if (checkedName.Contains('/', StringComparison.Ordinal)) throw new InputException(field, Rules.SlashInName);
        return checkedName;
    }

    /// <summary>"/Hardware/Impresoras" renamed "Escáneres" is "/Hardware/Escáneres".</summary>
    public static string SiblingPath(string path, string name) => path[..(path.LastIndexOf('/') + 1)] + name;
}
