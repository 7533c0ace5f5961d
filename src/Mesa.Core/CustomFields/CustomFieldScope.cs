using Mesa.Core.Catalog;

namespace Mesa.Core.CustomFields;

/// <summary>
/// Where a custom field applies: a service, or a category and every category below it. A field without any scope
/// applies to every ticket of its type.
/// </summary>
public sealed class CustomFieldScope
{
    private CustomFieldScope()
    {
    }

    internal CustomFieldScope(Service service, Category? category)
    {
        Service = service;
        ServiceId = service.Id;
        Category = category;
        CategoryId = category?.Id;
    }

    public long Id { get; private set; }

    public long CustomFieldId { get; private set; }

    public long ServiceId { get; private set; }

    public Service Service { get; private set; } = null!;

    public long? CategoryId { get; private set; }

    public Category? Category { get; private set; }

    /// <summary>The ticket's service, or its category within this subtree.</summary>
    public bool Covers(long? serviceId, Category? category)
    {
        if (serviceId != ServiceId) return false;
        if (Category is null) return true;
        return category is not null && category.ServiceId == ServiceId
            && (category.Id == Category.Id || category.Path.StartsWith(Category.Path + "/", StringComparison.Ordinal));
    }

    /// <summary>The same, for a ticket as readers get it (its service's name and its category's path).</summary>
    public bool Covers(string? service, string? categoryPath)
    {
        if (service != Service.Name) return false;
        if (Category is null) return true;
        return categoryPath is not null && (categoryPath == Category.Path || categoryPath.StartsWith(Category.Path + "/", StringComparison.Ordinal));
    }
}
