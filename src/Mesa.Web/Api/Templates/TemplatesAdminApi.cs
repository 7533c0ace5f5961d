using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Templates;

/// <summary>The admin's upkeep of templates (Guía §5 Plantilla); a template is retired with "active": false.</summary>
public static class TemplatesAdminApi
{
    public sealed record TemplateRequest(
        string? Name,
        string? Type,
        string? Service,
        string? Category,
        string? Impact,
        string? Urgency,
        string? Instructions,
        string? Title,
        string? Description,
        bool? ForRequesters,
        bool? Active,
        IReadOnlyList<TemplateFieldRequest?>? Fields,
        string? ApprovalFlow = null);

    public sealed record TemplateFieldRequest(string? Label, string? Kind, bool? Required, IReadOnlyList<string>? Options,
        string? Default, string? Hint);

    public static void MapTemplatesAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/templates", async (TicketTemplates templates, HttpContext http) =>
            (await templates.AllAsync(http.RequestAborted)).Select(TemplateJson.Summary));
        admin.MapGet("/templates/{id:long}", async (long id, TicketTemplates templates, HttpContext http) =>
            TemplateJson.Full(await templates.GetAsync(id, http.RequestAborted)));
        admin.MapPost("/templates", async (TemplateRequest? body, TicketTemplates templates, RequestReader read,
            HttpContext http) =>
        {
            var template = await templates.SaveAsync(null, ToDefinition(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/templates/{template.Id}", TemplateJson.Full(template));
        }).Refuses(400);
        admin.MapPut("/templates/{id:long}", async (long id, TemplateRequest? body, TicketTemplates templates,
            RequestReader read, HttpContext http) =>
            TemplateJson.Full(await templates.SaveAsync(id, ToDefinition(body, read), http.RequestAborted))).Refuses(400);
    }

    private static TemplateDefinition ToDefinition(TemplateRequest? body, RequestReader read)
    {
        body ??= new TemplateRequest(null, null, null, null, null, null, null, null, null, null, null, null);
        var type = read.Enum<TicketType>("type", body.Type, required: true);
        var impact = read.Enum<Level>("impact", body.Impact);
        var urgency = read.Enum<Level>("urgency", body.Urgency);
        var fields = new List<TemplateFieldInput>();
        foreach (var (row, index) in (body.Fields ?? []).Select((row, index) => (row, index)))
        {
            var kind = read.Enum<TemplateFieldKind>($"fields[{index}]", row?.Kind);
            read.Require($"fields[{index}]", !string.IsNullOrWhiteSpace(row?.Label));
            if (row is null) continue;
            fields.Add(new TemplateFieldInput(row.Label, kind ?? TemplateFieldKind.Text, row.Required ?? false,
                row.Options is null ? null : string.Join('\n', row.Options), row.Default, row.Hint));
        }

        read.ThrowIfInvalid();
        return new TemplateDefinition(body.Name, type!.Value, fields, body.Service, body.Category,
            impact ?? Level.Medium, urgency ?? Level.Medium, body.Instructions, body.Title, body.Description,
            body.ForRequesters ?? true, body.Active ?? true, body.ApprovalFlow);
    }
}
