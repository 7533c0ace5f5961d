using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Tickets;

/// <summary>Reading, registering and editing tickets.</summary>
public static class TicketsApi
{
    public static RouteGroupBuilder MapTickets(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets");
        tickets.MapGet("", ListAsync).Refuses(400, 403);
        tickets.MapPost("", CreateAsync).Refuses(400);
        tickets.MapGet("/{id}", GetAsync).Refuses(404);
        tickets.MapPatch("/{id}", UpdateAsync).Refuses(400, 403, 409);
        tickets.MapDelete("/{id}", DeleteAsync).Refuses(403, 409);
        tickets.MapGet("/{id}/history", HistoryAsync).Refuses(404);
        tickets.MapGet("/{id}/actions", ActionsAsync).Refuses(404);
        tickets.MapTicketBulk();
        tickets.MapTicketCommands();
        tickets.MapTicketAttachments();
        return api;
    }

    private static async Task<Ok<PageJson<TicketJson>>> ListAsync(HttpContext http, TicketQueries queries, RequestReader read,
        OrganisationTime time, [AsParameters] TicketListQuery query)
    {
        var filter = query.ToFilter(time.Zone, read.Fail) with { CustomFields = TicketListQuery.FieldConditions(http.Request.Query) };
        read.ThrowIfInvalid();
        var actor = await http.ActorAsync();
        var result = await queries.ListAsync(actor, filter, http.RequestAborted);
        return TypedResults.Ok(new PageJson<TicketJson>(
            result.Items.Select(t => TicketJson.From(t, actor, time)).ToList(), result.Total, filter.Page, filter.PageSize));
    }

    private static async Task<Ok<TicketJson>> GetAsync(HttpContext http, TicketRef id, TicketQueries queries, OrganisationTime time)
    {
        var actor = await http.ActorAsync();
        var ticket = await queries.GetAsync(actor, id, http.RequestAborted);
        Versions.SetETag(http.Response, ticket.Version);
        return TypedResults.Ok(TicketJson.From(ticket, actor, time));
    }

    private static async Task<Created<TicketJson>> CreateAsync(HttpContext http, CreateTicketRequest? body, TicketService service,
        TicketQueries queries, RequestReader read, OrganisationTime time)
    {
        var input = body.ToNewTicket(read);
        var actor = await http.ActorAsync();
        var ticket = await service.RegisterAsync(actor, input, http.RequestAborted);
        return await TicketResponse.CreatedAsync(http, actor, ticket, queries, time);
    }

    private static async Task<Ok<TicketJson>> UpdateAsync(HttpContext http, TicketRef id, UpdateTicketRequest? body,
        TicketService service, TicketQueries queries, RequestReader read, Problems.ProblemWriter text, OrganisationTime time)
    {
        var changes = body.ToChanges(read);
        var version = Versions.FromIfMatch(http.Request, text);
        var actor = await http.ActorAsync();
        var ticket = await service.UpdateAsync(actor, id, changes, version, http.RequestAborted);
        return await TicketResponse.OkAsync(http, actor, ticket, queries, time);
    }

    /// <summary>Guía §14: a registered ticket is kept for ever, so this only ever refuses (403 or 409).</summary>
    private static async Task DeleteAsync(HttpContext http, TicketRef id, TicketService service) =>
        await service.DeleteAsync(await http.ActorAsync(), id, http.RequestAborted);

    private static async Task<IReadOnlyList<HistoryJson>> HistoryAsync(HttpContext http, TicketRef id, TicketQueries queries,
        OrganisationTime time)
    {
        var entries = await queries.HistoryAsync(await http.ActorAsync(), id, http.RequestAborted);
        return entries.Select(e => new HistoryJson(time.ToLocal(e.At), e.Actor, e.Kind, e.FromState, e.ToState,
            e.FromSubstate, e.ToSubstate, e.Field, e.OldValue, e.NewValue, e.Note)).ToList();
    }

    private static async Task<IReadOnlyList<ActionJson>> ActionsAsync(HttpContext http, TicketRef id, TicketQueries queries,
        OrganisationTime time)
    {
        var actions = await queries.ActionsAsync(await http.ActorAsync(), id, http.RequestAborted);
        return actions.Select(a => new ActionJson(a.Id, a.Kind, a.Text, a.Published, a.Author, time.ToLocal(a.At))
        {
            MinutesSpent = a.MinutesSpent,
        }).ToList();
    }
}
