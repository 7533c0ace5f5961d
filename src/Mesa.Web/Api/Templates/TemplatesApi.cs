using Mesa.Core.Templates;

namespace Mesa.Web.Api.Templates;

/// <summary>
/// Guía §5 Plantilla: the templates the caller may fill (requesters see those offered in the portal). A ticket is
/// created from one with <c>POST /api/v1/tickets</c> and <c>template</c> plus <c>fields</c>.
/// </summary>
public static class TemplatesApi
{
    public static RouteGroupBuilder MapTemplates(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", async (HttpContext http, TicketTemplates templates) =>
            (await templates.AvailableAsync(await http.ActorAsync(), http.RequestAborted)).Select(TemplateJson.Summary));
        api.MapGet("/templates/{idOrName}", async (string idOrName, HttpContext http, TicketTemplates templates) =>
            TemplateJson.Full(await templates.AvailableAsync(await http.ActorAsync(), idOrName, http.RequestAborted))).Refuses(404);
        return api;
    }
}
