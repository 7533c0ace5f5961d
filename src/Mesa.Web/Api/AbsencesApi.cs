using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Web.Api;

/// <summary>Agents away for a period get no new tickets; supervisors see who is away.</summary>
public static class AbsencesApi
{
    public sealed record AbsenceRequest(string? UserName, string? From, string? To, string? Reason);

    public static RouteGroupBuilder MapAbsences(this RouteGroupBuilder api)
    {
        var absences = api.MapGroup("/absences");
        absences.MapGet("", async (HttpContext http, Absences service) =>
            await service.ListAsync(await http.ActorAsync(), http.RequestAborted));
        absences.MapPost("", async (HttpContext http, AbsenceRequest? body, Absences service, RequestReader read) =>
        {
            read.Text("userName", body?.UserName, User.UserNameMaxLength);
            var from = read.Date("from", body?.From, required: true);
            var to = read.Date("to", body?.To, required: true);
            read.Text("reason", body?.Reason, Absence.ReasonMaxLength);
            read.ThrowIfInvalid();
            var absence = await service.AddAsync(await http.ActorAsync(), body!.UserName, from!.Value, to!.Value, body.Reason,
                http.RequestAborted);
            return TypedResults.Created($"/api/v1/absences/{absence.Id}", absence);
        }).Refuses(400, 403);
        absences.MapDelete("/{id:long}", async (HttpContext http, long id, Absences service) =>
        {
            await service.RemoveAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        return api;
    }
}
