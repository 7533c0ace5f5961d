namespace Mesa.Web.Pages.Common;

/// <summary>
/// Guía §14.2 "Servicio / Categoría" chosen in one picker over the tree: an option is a service alone or a service
/// with one of its category paths, sent as "service::/path".
/// </summary>
public static class Classification
{
    private const string Separator = "::";

    public static string Value(string? service, string? category) =>
        service is null ? "" : category is null ? service : service + Separator + category;

    public static string? Service(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split(Separator, 2)[0];

    public static string? Category(string? value) =>
        string.IsNullOrWhiteSpace(value) || !value.Contains(Separator, StringComparison.Ordinal)
            ? null
            : value.Split(Separator, 2)[1];
}
