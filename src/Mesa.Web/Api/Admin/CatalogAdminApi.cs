using Mesa.Core.Catalog;

namespace Mesa.Web.Api.Admin;

/// <summary>Service types, services and their categories, locations. Deactivate with "active": false.</summary>
public static class CatalogAdminApi
{
    public sealed record ServiceTypeRequest(string? Name, bool? Active);

    public sealed record ServiceRequest(string? Name, string? ServiceType, string? Policy, bool? Active,
        bool? RequiresTimeSpent = null);

    public sealed record NewNodeRequest(string? Path, string? Policy);

    public sealed record NodeRequest(string? Name, string? Policy, bool? Active);

    public sealed record UserLocationRequest(string? Location);

    public static void MapCatalogAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/service-types", async (CatalogAdministration catalog, HttpContext http) =>
            (await catalog.ServiceTypesAsync(http.RequestAborted)).Select(t => new { t.Id, t.Name, t.Active }));
        admin.MapPost("/service-types", async (ServiceTypeRequest? body, CatalogAdministration catalog, RequestReader read,
            HttpContext http) =>
        {
            var type = await catalog.SaveServiceTypeAsync(null, Name(body?.Name, read), body?.Active ?? true, http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/service-types/{type.Id}", new { type.Id, type.Name, type.Active });
        }).Refuses(400);
        admin.MapPut("/service-types/{id:int}", async (int id, ServiceTypeRequest? body, CatalogAdministration catalog,
            RequestReader read, HttpContext http) =>
        {
            var type = await catalog.SaveServiceTypeAsync(id, Name(body?.Name, read), body?.Active ?? true, http.RequestAborted);
            return new { type.Id, type.Name, type.Active };
        }).Refuses(400);

        admin.MapGet("/services", async (CatalogAdministration catalog, HttpContext http) =>
            await catalog.ServicesAsync(http.RequestAborted));
        admin.MapGet("/services/{id:long}", async (long id, CatalogAdministration catalog, HttpContext http) =>
            await catalog.ServiceAsync(id, http.RequestAborted));
        admin.MapPost("/services", async (ServiceRequest? body, CatalogAdministration catalog, RequestReader read,
            HttpContext http) =>
        {
            var service = await catalog.SaveServiceAsync(null, ToInput(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/services/{service.Id}", await catalog.ServiceAsync(service.Id, http.RequestAborted));
        }).Refuses(400);
        admin.MapPut("/services/{id:long}", async (long id, ServiceRequest? body, CatalogAdministration catalog,
            RequestReader read, HttpContext http) =>
        {
            await catalog.SaveServiceAsync(id, ToInput(body, read), http.RequestAborted);
            return await catalog.ServiceAsync(id, http.RequestAborted);
        }).Refuses(400);

        admin.MapGet("/services/{id:long}/categories", async (long id, CatalogAdministration catalog, HttpContext http) =>
        {
            await catalog.ServiceAsync(id, http.RequestAborted);
            return await catalog.CategoriesAsync(id, http.RequestAborted);
        });
        admin.MapPost("/services/{id:long}/categories", async (long id, NewNodeRequest? body, CatalogAdministration catalog,
            RequestReader read, HttpContext http) =>
        {
            var category = await catalog.AddCategoryAsync(id, Path(body?.Path, read, Category.PathMaxLength), body?.Policy,
                http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/categories/{category.Id}", new { category.Id, category.Path });
        }).Refuses(400);
        admin.MapPut("/categories/{id:long}", async (long id, NodeRequest? body, CatalogAdministration catalog,
            RequestReader read, HttpContext http) =>
        {
            var category = await catalog.UpdateCategoryAsync(id, Name(body?.Name, read), body?.Policy, body?.Active ?? true,
                http.RequestAborted);
            return new { category.Id, category.Path, category.Active };
        }).Refuses(400);

        admin.MapGet("/locations", async (CatalogAdministration catalog, HttpContext http) =>
            await catalog.LocationsAsync(http.RequestAborted));
        admin.MapPost("/locations", async (NewNodeRequest? body, CatalogAdministration catalog, RequestReader read,
            HttpContext http) =>
        {
            var location = await catalog.AddLocationAsync(Path(body?.Path, read, Location.PathMaxLength), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/locations/{location.Id}", new { location.Id, location.Path });
        }).Refuses(400);
        admin.MapPut("/locations/{id:long}", async (long id, NodeRequest? body, CatalogAdministration catalog,
            RequestReader read, HttpContext http) =>
        {
            var location = await catalog.UpdateLocationAsync(id, Name(body?.Name, read), body?.Active ?? true, http.RequestAborted);
            return new { location.Id, location.Path, location.Active };
        }).Refuses(400);
        admin.MapPut("/users/{userName}/location", async (string userName, UserLocationRequest? body,
            CatalogAdministration catalog, RequestReader read, HttpContext http) =>
        {
            read.Text("location", body?.Location, Location.PathMaxLength);
            read.ThrowIfInvalid();
            await catalog.SetUserLocationAsync(userName, body?.Location, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400);
    }

    private static string Name(string? name, RequestReader read)
    {
        read.Text("name", name, CatalogNames.MaxLength, required: true);
        read.ThrowIfInvalid();
        return name!;
    }

    private static string Path(string? path, RequestReader read, int max)
    {
        read.Text("path", path, max, required: true);
        read.ThrowIfInvalid();
        return path!;
    }

    private static CatalogAdministration.ServiceInput ToInput(ServiceRequest? body, RequestReader read)
    {
        read.Text("name", body?.Name, CatalogNames.MaxLength, required: true);
        read.Text("serviceType", body?.ServiceType, CatalogNames.MaxLength);
        read.Text("policy", body?.Policy, CatalogNames.MaxLength);
        read.ThrowIfInvalid();
        return new(body!.Name!, body.ServiceType, body.Policy, body.Active ?? true, body.RequiresTimeSpent);
    }
}
