using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Sla;

/// <summary>
/// Which ANS each service and category asks for, as read at one moment: the rule of inheritance (the category or its
/// nearest ancestor, then the service, then the default policy) answered from memory.
/// </summary>
public sealed class PolicyChoice
{
    private readonly IReadOnlyDictionary<long, (long? ParentId, int? PolicyId)> _categories;
    private readonly IReadOnlyDictionary<long, int?> _services;
    private readonly int? _default;

    public PolicyChoice(IReadOnlyDictionary<long, (long? ParentId, int? PolicyId)> categories,
        IReadOnlyDictionary<long, int?> services, int? defaultPolicyId)
    {
        _categories = categories;
        _services = services;
        _default = defaultPolicyId;
    }

    public static async Task<PolicyChoice> ReadAsync(MesaDbContext db, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.ParentId, c.SlaPolicyId }).ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.SlaPolicyId }).ToListAsync(ct);
        var defaultId = await db.SlaPolicies.Where(p => p.IsDefault).OrderBy(p => p.Id).Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(ct);
        return new PolicyChoice(
            categories.ToDictionary(c => c.Id, c => (c.ParentId, c.SlaPolicyId)),
            services.ToDictionary(s => s.Id, s => s.SlaPolicyId),
            defaultId);
    }

    public bool Knows(long? serviceId, long? categoryId) =>
        (serviceId is null || _services.ContainsKey(serviceId.Value))
        && (categoryId is null || _categories.ContainsKey(categoryId.Value));

    public int? For(long? serviceId, long? categoryId)
    {
        for (var id = categoryId; id is not null && _categories.TryGetValue(id.Value, out var category);)
        {
            if (category.PolicyId is { } own) return own;
            id = category.ParentId;
        }

        if (serviceId is not null && _services.TryGetValue(serviceId.Value, out var service) && service is { } forService)
            return forService;
        return _default;
    }
}
