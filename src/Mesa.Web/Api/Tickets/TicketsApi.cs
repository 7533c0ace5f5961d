using Mesa.Core.Common;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>Reading, registering and editing tickets.</summary>
public static class TicketsApi
{
    public static RouteGroupBuilder MapTickets(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets");
        tickets.MapGet("", ListAsync);
        tickets.MapPost("", CreateAsync);
        tickets.MapGet("/{id}", GetAsync);
        tickets.MapPatch("/{id}", UpdateAsync);
        tickets.MapDelete("/{id}", DeleteAsync);
        tickets.MapGet("/{id}/history", HistoryAsync);
        tickets.MapGet("/{id}/actions", ActionsAsync);
        tickets.MapTicketCommands();
        tickets.MapTicketAttachments();
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, TicketQueries queries, RequestReader read,
        OrganisationTime time, [AsParameters] TicketListQuery query)
    {
        var filter = query.ToFilter(time.Zone, read.Fail);
        read.ThrowIfInvalid();
        var actor = await http.ActorAsync();
        var result = await queries.ListAsync(actor, filter, http.RequestAborted);
        return Results.Ok(new PageJson<TicketJson>(
            result.Items.Select(t => TicketJson.From(t, actor, time)).ToList(), result.Total, filter.Page, filter.PageSize));
    }

    private static async Task<IResult> GetAsync(HttpContext http, string id, TicketQueries queries, OrganisationTime time)
    {
        var actor = await http.ActorAsync();
        var ticket = await queries.GetAsync(actor, id, http.RequestAborted);
        Versions.SetETag(http.Response, ticket.Version);
        return Results.Ok(TicketJson.From(ticket, actor, time));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CreateTicketRequest? body, TicketService service,
        TicketQueries queries, RequestReader read, OrganisationTime time)
    {
        var input = body.ToNewTicket(read);
        var actor = await http.ActorAsync();
        var ticket = await service.RegisterAsync(actor, input, http.RequestAborted);
        var details = await queries.GetAsync(actor, ticket.Id.ToString(), http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return Results.Created($"/api/v1/tickets/{ticket.Id}", TicketJson.From(details, actor, time));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string id, UpdateTicketRequest? body,
        TicketService service, TicketQueries queries, RequestReader read, Problems.ProblemWriter text, OrganisationTime time)
    {
        var changes = body.ToChanges(read);
        var version = Versions.FromIfMatch(http.Request, text);
        var actor = await http.ActorAsync();
        var ticket = await service.UpdateAsync(actor, id, changes, version, http.RequestAborted);
        return await TicketResponse.OkAsync(http, actor, ticket.Id, queries, time);
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, string id, TicketService service)
    {
        await service.DeleteAsync(await http.ActorAsync(), id, http.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> HistoryAsync(HttpContext http, string id, TicketQueries queries, OrganisationTime time)
    {
        var entries = await queries.HistoryAsync(await http.ActorAsync(), id, http.RequestAborted);
        return Results.Ok(entries.Select(e => new HistoryJson(time.ToLocal(e.At), e.Actor, e.Kind, e.FromState,
            e.ToState, e.FromSubstate, e.ToSubstate, e.Field, e.OldValue, e.NewValue, e.Note)));
    }

    private static async Task<IResult> ActionsAsync(HttpContext http, string id, TicketQueries queries, OrganisationTime time)
    {
        var actions = await queries.ActionsAsync(await http.ActorAsync(), id, http.RequestAborted);
        return Results.Ok(actions.Select(a => new ActionJson(a.Id, a.Kind, a.Text, a.Published, a.Author,
            time.ToLocal(a.At))));
    }
}
