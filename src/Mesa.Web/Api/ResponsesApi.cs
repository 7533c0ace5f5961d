using Mesa.Core.Common;
using Mesa.Core.Responses;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api;

/// <summary>
/// Prepared answers (<i>respuestas predefinidas</i>): personal or of a group, with marks filled for a ticket
/// (<c>?ticket=</c>) when an agent uses them.
/// </summary>
public static class ResponsesApi
{
    public sealed record AnswerRequest(string? Name, string? Text, string? Scope, string? Group);

    public static RouteGroupBuilder MapResponses(this RouteGroupBuilder api)
    {
        var responses = api.MapGroup("/responses");
        responses.MapGet("", async (HttpContext http, string? ticket, PreparedAnswers answers, RequestReader read) =>
        {
            read.Text("ticket", ticket, Ticket.CodeMaxLength);
            read.ThrowIfInvalid();
            TicketRef? about = string.IsNullOrWhiteSpace(ticket) ? null : TicketRef.Parse(ticket);
            return await answers.UsableAsync(await http.ActorAsync(), about, http.RequestAborted);
        }).Refuses(400, 403, 404);
        responses.MapPost("", async (HttpContext http, AnswerRequest? body, PreparedAnswers answers, RequestReader read) =>
        {
            Check(body, read);
            var scope = read.Enum<AnswerScope>("scope", body?.Scope);
            read.Text("group", body?.Group, Mesa.Core.Routing.SupportGroup.NameMaxLength, required: scope == AnswerScope.Group);
            read.ThrowIfInvalid();
            var created = await answers.CreateAsync(await http.ActorAsync(), body!.Name, body.Text, scope ?? AnswerScope.Personal,
                body.Group, http.RequestAborted);
            return TypedResults.Created($"/api/v1/responses/{created.Id}", created);
        }).Refuses(400, 403);
        responses.MapPut("/{id:long}", async (HttpContext http, long id, AnswerRequest? body, PreparedAnswers answers,
            RequestReader read) =>
        {
            Check(body, read);
            read.ThrowIfInvalid();
            return await answers.ChangeAsync(await http.ActorAsync(), id, body!.Name, body.Text, http.RequestAborted);
        }).Refuses(400, 403, 404);
        responses.MapDelete("/{id:long}", async (HttpContext http, long id, PreparedAnswers answers) =>
        {
            await answers.DeleteAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        return api;
    }

    private static void Check(AnswerRequest? body, RequestReader read)
    {
        read.Text("name", body?.Name, PreparedAnswer.NameMaxLength, required: true);
        read.Text("text", body?.Text, PreparedAnswer.TextMaxLength, required: true);
    }
}
