using Mesa.Core.Routing;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Admin;

/// <summary>Issue 4: assignment rules and each group's assignment mode.</summary>
public static class RoutingAdminApi
{
    public sealed record RuleRequest(string? Name, string? Group, string? Type, string? Service, string? Category);

    public sealed record ModeRequest(string? Mode);

    public static void MapRoutingAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/assignment-rules", async (RoutingAdministration routing, HttpContext http) =>
            await routing.RulesAsync(http.RequestAborted));
        admin.MapPost("/assignment-rules", async (RuleRequest? body, RoutingAdministration routing, RequestReader read,
            HttpContext http) =>
        {
            read.Text("name", body?.Name, AssignmentRule.NameMaxLength, required: true);
            read.Text("group", body?.Group, 200, required: true);
            var type = read.Enum<TicketType>("type", body?.Type);
            read.Text("service", body?.Service, 200);
            read.Text("category", body?.Category, 400);
            read.ThrowIfInvalid();
            var id = await routing.AddRuleAsync(body!.Name!, body.Group!, type, body.Service, body.Category, http.RequestAborted);
            return Results.Created($"/api/v1/admin/assignment-rules/{id}", new { id });
        });
        admin.MapPut("/groups/{name}/mode", async (string name, ModeRequest? body, RoutingAdministration routing,
            RequestReader read, HttpContext http) =>
        {
            var mode = read.Enum<AssignmentMode>("mode", body?.Mode, required: true);
            read.ThrowIfInvalid();
            await routing.SetModeAsync(name, mode!.Value, http.RequestAborted);
            return Results.NoContent();
        });
    }
}
