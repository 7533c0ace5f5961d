using Mesa.Core.Common;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>Contract §4: reading, registering and editing tickets.</summary>
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
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, TicketQueries queries, RequestReader read,
        OrganisationTime time, [AsParameters] ListQuery query)
    {
        var listView = read.Enum<TicketListView>("view", query.View);
        var listState = read.Enum<TicketState>("state", query.State);
        var listSort = read.Enum<TicketSort>("sort", query.Sort);
        var type = read.Enum<TicketType>("type", query.Type);
        var priority = read.Enum<Mesa.Core.Sla.Level>("priority", query.Priority);
        var from = read.Date("from", query.From);
        var to = read.Date("to", query.To);
        read.Text("q", query.Q, Ticket.TitleMaxLength);
        bool? YesNo(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (bool.TryParse(value, out var yes)) return yes;
            read.Fail(field, Rules.InvalidValue, value);
            return null;
        }

        var breached = YesNo("breached", query.Breached);
        var hasAgent = YesNo("hasAgent", query.HasAgent);
        read.ThrowIfInvalid();
        DateTimeOffset? Midnight(DateOnly? day) => day is { } d
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), time.Zone.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue)))
            : null;

        var actor = await http.ActorAsync();
        var filter = new TicketFilter(listView, listState, query.Q, Math.Max(query.Page ?? 1, 1),
            Math.Clamp(query.PageSize ?? 50, 1, TicketFilter.MaxPageSize), listSort ?? TicketSort.Newest)
        {
            Type = type,
            Substate = query.Substate,
            Group = query.Group,
            Agent = query.Agent,
            HasAgent = hasAgent,
            Service = query.Service,
            Category = query.Category,
            Priority = priority,
            Breached = breached,
            CreatedFrom = Midnight(from),
            CreatedBefore = Midnight(to?.AddDays(1)),
        };
        var result = await queries.ListAsync(actor, filter, http.RequestAborted);
        return Results.Ok(new PageJson<TicketJson>(
            result.Items.Select(t => TicketJson.From(t, actor, time)).ToList(), result.Total, filter.Page, filter.PageSize));
    }

    /// <summary>The list's query string: the contract's view, state, q, page and pageSize, and the console's filters.</summary>
    public sealed record ListQuery(string? View, string? State, string? Q, int? Page, int? PageSize, string? Sort,
        string? Type, string? Substate, string? Group, string? Agent, string? HasAgent, string? Service, string? Category,
        string? Priority, string? Breached, string? From, string? To);

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
