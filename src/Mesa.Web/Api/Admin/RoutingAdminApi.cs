using Mesa.Core.Catalog;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Admin;

/// <summary>Groups (members, supervisors, mode) and assignment rules.</summary>
public static class RoutingAdminApi
{
    public sealed record GroupRequest(string? Name, int? Tier, string? Mode, bool? Active, IReadOnlyList<string>? Members,
        IReadOnlyList<string>? Supervisors);

    public sealed record RuleRequest(string? Name, string? Group, string? Type, string? ServiceType, string? Service,
        string? Category, string? Location, bool? Active);

    public sealed record ModeRequest(string? Mode);

    public static void MapRoutingAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/groups", async (RoutingAdministration routing, HttpContext http) =>
            await routing.GroupsAsync(http.RequestAborted));
        admin.MapGet("/groups/{id:long}", async (long id, RoutingAdministration routing, HttpContext http) =>
            await routing.GroupAsync(id, http.RequestAborted));
        admin.MapPost("/groups", async (GroupRequest? body, RoutingAdministration routing, RequestReader read,
            HttpContext http) =>
        {
            var group = await routing.SaveGroupAsync(null, ToInput(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/groups/{group.Id}", await routing.GroupAsync(group.Id, http.RequestAborted));
        }).Refuses(400);
        admin.MapPut("/groups/{id:long}", async (long id, GroupRequest? body, RoutingAdministration routing,
            RequestReader read, HttpContext http) =>
        {
            await routing.SaveGroupAsync(id, ToInput(body, read), http.RequestAborted);
            return await routing.GroupAsync(id, http.RequestAborted);
        }).Refuses(400);
        admin.MapPut("/groups/{name}/mode", async (string name, ModeRequest? body, RoutingAdministration routing,
            RequestReader read, HttpContext http) =>
        {
            var mode = read.Enum<AssignmentMode>("mode", body?.Mode, required: true);
            read.ThrowIfInvalid();
            await routing.SetModeAsync(name, mode!.Value, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400);

        admin.MapGet("/assignment-rules", async (RoutingAdministration routing, HttpContext http) =>
            await routing.RulesAsync(http.RequestAborted));
        admin.MapGet("/assignment-rules/{id:int}", async (int id, RoutingAdministration routing, HttpContext http) =>
            await routing.RuleAsync(id, http.RequestAborted));
        admin.MapPost("/assignment-rules", async (RuleRequest? body, RoutingAdministration routing, RequestReader read,
            HttpContext http) =>
        {
            var rule = await routing.SaveRuleAsync(null, ToInput(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/assignment-rules/{rule.Id}", await routing.RuleAsync(rule.Id, http.RequestAborted));
        }).Refuses(400);
        admin.MapPut("/assignment-rules/{id:int}", async (int id, RuleRequest? body, RoutingAdministration routing,
            RequestReader read, HttpContext http) =>
        {
            await routing.SaveRuleAsync(id, ToInput(body, read), http.RequestAborted);
            return await routing.RuleAsync(id, http.RequestAborted);
        }).Refuses(400);
    }

    private static RoutingAdministration.GroupInput ToInput(GroupRequest? body, RequestReader read)
    {
        read.Text("name", body?.Name, CatalogNames.MaxLength, required: true);
        read.Number("tier", body?.Tier, 1, 2, required: true);
        var mode = read.Enum<AssignmentMode>("mode", body?.Mode);
        read.ThrowIfInvalid();
        return new(body!.Name!, body.Tier!.Value, mode ?? AssignmentMode.RoundRobin, body.Active ?? true,
            body.Members ?? [], body.Supervisors ?? []);
    }

    private static RoutingAdministration.RuleInput ToInput(RuleRequest? body, RequestReader read)
    {
        read.Text("name", body?.Name, CatalogNames.MaxLength, required: true);
        read.Text("group", body?.Group, CatalogNames.MaxLength, required: true);
        var type = read.Enum<TicketType>("type", body?.Type);
        read.Text("serviceType", body?.ServiceType, CatalogNames.MaxLength);
        read.Text("service", body?.Service, CatalogNames.MaxLength);
        read.Text("category", body?.Category, Category.PathMaxLength);
        read.Text("location", body?.Location, Location.PathMaxLength);
        read.ThrowIfInvalid();
        return new(body!.Name!, body.Group!, type, body.ServiceType, body.Service, body.Category, body.Location,
            body.Active ?? true);
    }
}
