using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Substates as the operation needs them (Guía §10): the guide's fifteen and the approval flow's are
/// there from the start; administrators add their own to a state, rename, reorder and retire them, with their clock flags.
/// </summary>
public static class SubstatesAdminApi
{
    public sealed record SubstateRequest(string? Code, string? Name, string? Description, string? State, bool? StopsClock,
        bool? ExtendsDueDate, bool? Automatic, int? Position, bool? Active);

    public sealed record SubstateJson(string Code, string Name, string Description, string State, bool StopsClock,
        bool ExtendsDueDate, bool Automatic, int Position, bool Active, int OpenTickets);

    public static void MapSubstatesAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/substates", async (SubstateAdministration substates, HttpContext http) =>
            (await substates.ListAsync(http.RequestAborted)).Select(Json).ToList());
        admin.MapGet("/substates/{code}", async (string code, SubstateAdministration substates, HttpContext http) =>
            Json(await substates.GetAsync(code, http.RequestAborted))).Refuses(404);
        admin.MapPost("/substates", async (SubstateRequest? body, SubstateAdministration substates, RequestReader read,
            HttpContext http) =>
        {
            var input = Input(body, read);
            var created = await substates.CreateAsync(input, http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/substates/{created.Code}", Json(await substates.GetAsync(created.Code, http.RequestAborted)));
        }).Refuses(400);
        admin.MapPatch("/substates/{code}", async (string code, SubstateRequest? body, SubstateAdministration substates,
            RequestReader read, HttpContext http) =>
        {
            var input = Input(body, read);
            var changed = await substates.UpdateAsync(code, input, http.RequestAborted);
            return Json(await substates.GetAsync(changed.Code, http.RequestAborted));
        }).Refuses(400, 404, 409);
    }

    private static SubstateAdministration.SubstateInput Input(SubstateRequest? body, RequestReader read)
    {
        var state = read.Enum<TicketState>("state", body?.State);
        read.Number("position", body?.Position, 1, 1_000);
        read.ThrowIfInvalid();
        return new(body?.Code, body?.Name, body?.Description, state, body?.StopsClock, body?.ExtendsDueDate, body?.Automatic,
            body?.Position, body?.Active);
    }

    private static SubstateJson Json(SubstateAdministration.SubstateView s) => new(s.Code, s.Name, s.Description,
        ApiEnums.Name(s.State), s.StopsClock, s.ExtendsDueDate, s.Automatic, s.Position, s.Active, s.OpenTickets);
}
