using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Catalog;

/// <summary>
/// Service types, services with their category trees, and the locations tree, as the admin keeps
/// them. Nothing is ever deleted, because tickets keep pointing at it: a node is deactivated instead, which takes
/// it (and everything under it) out of the pickers and the rules while old tickets still show it.
/// </summary>
public sealed class CatalogAdministration(MesaDbContext db, SlaCatalog sla, TicketReferences refs)
{
    /// <summary>A service as the admin saves it; without <paramref name="RequiresTimeSpent"/> the service keeps its choice.</summary>
    public sealed record ServiceInput(string Name, string? ServiceType, string? Policy, bool Active = true,
        bool? RequiresTimeSpent = null);

    public sealed record ServiceView(long Id, string Name, string? ServiceType, string? Policy, string? Calendar, bool Active,
        string? Owner = null, bool RequiresTimeSpent = false);

    public sealed record NodeView(long Id, long? ParentId, string Name, string Path, string? Policy, bool Active,
        string? ApprovalFlow = null);

    public async Task<IReadOnlyList<ServiceType>> ServiceTypesAsync(CancellationToken ct) =>
        await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);

    /// <summary>Creates a service type, or renames and (de)activates the one with <paramref name="id"/>.</summary>
    public async Task<ServiceType> SaveServiceTypeAsync(int? id, string name, bool active, CancellationToken ct)
    {
        var type = id is { } key
            ? await db.ServiceTypes.SingleOrDefaultAsync(t => t.Id == key, ct) ?? throw new NotFoundException(Rules.UnknownServiceType, key)
            : db.ServiceTypes.Add(new ServiceType(name)).Entity;
        type.Rename(name);
        await RequireFreeAsync(db.ServiceTypes.Where(t => t.Id != type.Id).Select(t => t.Name), type.Name, ct);
        type.SetActive(active);
        await db.SaveChangesAsync(ct);
        return type;
    }

    public async Task<IReadOnlyList<ServiceView>> ServicesAsync(CancellationToken ct) =>
        await (from s in db.Services.AsNoTracking()
               orderby s.Name
               select new ServiceView(s.Id, s.Name,
                   db.ServiceTypes.Where(t => t.Id == s.ServiceTypeId).Select(t => t.Name).FirstOrDefault(),
                   db.SlaPolicies.Where(p => p.Id == s.SlaPolicyId).Select(p => p.Name).FirstOrDefault(),
                   db.SlaPolicies.Where(p => p.Id == s.SlaPolicyId).Select(p => p.Calendar!.Name).FirstOrDefault(),
                   s.Active,
                   db.Users.Where(u => u.Id == s.OwnerId).Select(u => u.UserName).FirstOrDefault(),
                   s.RequiresTimeSpent)).ToListAsync(ct);

    public async Task<ServiceView> ServiceAsync(long id, CancellationToken ct) =>
        (await ServicesAsync(ct)).SingleOrDefault(s => s.Id == id) ?? throw new NotFoundException(Rules.UnknownService, id);

    /// <summary>Creates a service, or changes the one with <paramref name="id"/>; the ANS also gives the calendar.</summary>
    public async Task<Service> SaveServiceAsync(long? id, ServiceInput input, CancellationToken ct)
    {
        var service = id is { } key
            ? await db.Services.SingleOrDefaultAsync(s => s.Id == key, ct) ?? throw new NotFoundException(Rules.UnknownService, key)
            : db.Services.Add(new Service(input.Name)).Entity;
        service.Rename(input.Name);
        await RequireFreeAsync(db.Services.Where(s => s.Id != service.Id).Select(s => s.Name), service.Name, ct);
        service.ChangeType(await ServiceTypeIdAsync(input.ServiceType, ct));
        service.UseSlaPolicy(await PolicyIdAsync(input.Policy, ct));
        service.SetActive(input.Active);
        if (input.RequiresTimeSpent is { } required) service.RequireTimeSpent(required);
        await SaveAsync(ct);
        return service;
    }

    public async Task<IReadOnlyList<NodeView>> CategoriesAsync(long serviceId, CancellationToken ct) =>
        await db.Categories.AsNoTracking().Where(c => c.ServiceId == serviceId).OrderBy(c => c.Path)
            .Select(c => new NodeView(c.Id, c.ParentId, c.Name, c.Path,
                db.SlaPolicies.Where(p => p.Id == c.SlaPolicyId).Select(p => p.Name).FirstOrDefault(), c.Active,
                c.ApprovalFlow == null ? null : c.ApprovalFlow.Name))
            .ToListAsync(ct);

    /// <summary>
    /// Adds a category by its whole path ("/Hardware/Impresoras"), creating the missing nodes above it, as an
    /// import file or an admin writes it. An existing path is left as it is and returned.
    /// </summary>
    public async Task<Category> AddCategoryAsync(long serviceId, string path, string? policy, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, ct)
            ?? throw new NotFoundException(Rules.UnknownService, serviceId);
        var existing = await db.Categories.Where(c => c.ServiceId == service.Id).ToDictionaryAsync(c => c.Path, ct);
        var node = TreeNodes.Ensure(PathNames("path", path), existing,
            (parent, name) => db.Categories.Add(parent is null ? Category.Root(service, name) : parent.Child(name)).Entity);
        if (policy is not null) node.UseSlaPolicy(await PolicyIdAsync(policy, ct));
        await SaveAsync(ct);
        return node;
    }

    /// <summary>Renames (moving the paths under it), sets the ANS of, and (de)activates a category.</summary>
    public async Task<Category> UpdateCategoryAsync(long id, string name, string? policy, bool active, CancellationToken ct)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(Rules.UnknownCategory, id);
        var tree = await db.Categories.Where(c => c.ServiceId == category.ServiceId).ToListAsync(ct);
        if (TreeNodes.Rename(category, name, tree) && tree.Count(c => c.Path == category.Path) > 1)
            throw new InputException("name", Rules.DuplicateName, category.Path);
        category.UseSlaPolicy(await PolicyIdAsync(policy, ct));
        TreeNodes.SetActive(category, active, tree);
        await SaveAsync(ct);
        return category;
    }

    public async Task<IReadOnlyList<NodeView>> LocationsAsync(CancellationToken ct) =>
        await db.Locations.AsNoTracking().OrderBy(l => l.Path)
            .Select(l => new NodeView(l.Id, l.ParentId, l.Name, l.Path, null, l.Active))
            .ToListAsync(ct);

    /// <summary>Adds a location by its whole path, creating the missing nodes above it; an existing one is returned.</summary>
    public async Task<Location> AddLocationAsync(string path, CancellationToken ct)
    {
        var existing = await db.Locations.ToDictionaryAsync(l => l.Path, ct);
        var node = TreeNodes.Ensure(PathNames("path", path), existing,
            (parent, name) => db.Locations.Add(parent is null ? Location.Root(name) : parent.Child(name)).Entity);
        await db.SaveChangesAsync(ct);
        return node;
    }

    public async Task<Location> UpdateLocationAsync(long id, string name, bool active, CancellationToken ct)
    {
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException(Rules.UnknownLocation, id);
        var tree = await db.Locations.ToListAsync(ct);
        if (TreeNodes.Rename(location, name, tree) && tree.Count(l => l.Path == location.Path) > 1)
            throw new InputException("name", Rules.DuplicateName, location.Path);
        TreeNodes.SetActive(location, active, tree);
        await db.SaveChangesAsync(ct);
        return location;
    }

    /// <summary>Where a person works: their new tickets take this location (Guía §14.2).</summary>
    public async Task SetUserLocationAsync(string userName, string? path, CancellationToken ct)
    {
        var user = await refs.UserAsync("user", userName, ct);
        user.LocationId = string.IsNullOrWhiteSpace(path) ? null : (await refs.LocationAsync(path, ct)).Id;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"/A/B/C" as its names; every name checked like a node's name.</summary>
    public static IReadOnlyList<string> PathNames(string field, string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InputException(field, Rules.Required);
        var names = path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new InputException(field, Rules.Required);
        return names.Select(n => CatalogNames.CheckNode(field, n)).ToList();
    }

    private async Task<int?> ServiceTypeIdAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = name.Trim();
        return (await db.ServiceTypes.SingleOrDefaultAsync(t => t.Name == key, ct)
                ?? throw new InputException("serviceType", Rules.UnknownServiceType, key)).Id;
    }

    private async Task<int?> PolicyIdAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = name.Trim();
        return (await db.SlaPolicies.SingleOrDefaultAsync(p => p.Name == key, ct)
                ?? throw new InputException("policy", Rules.UnknownPolicy, key)).Id;
    }

    private static async Task RequireFreeAsync(IQueryable<string> names, string name, CancellationToken ct)
    {
        if (await names.AnyAsync(n => n == name, ct)) throw new InputException("name", Rules.DuplicateName, name);
    }

    /// <summary>A service's or category's ANS decides new tickets' terms: the cached terms are read again.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        sla.Invalidate();
    }
}
