using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Tickets;

/// <summary>How a command answers: from the ticket it has just saved, never by reading it back.</summary>
public static class TicketResponse
{
    /// <summary>200 with the ticket as it now stands, and its new version as ETag.</summary>
    public static async Task<Ok<TicketJson>> OkAsync(HttpContext http, Actor actor, Ticket saved, TicketQueries queries,
        OrganisationTime time) =>
        TypedResults.Ok(await JsonAsync(http, actor, saved, queries, time));

    /// <summary>201 with a ticket just registered, at its address, and its version as ETag.</summary>
    public static async Task<Created<TicketJson>> CreatedAsync(HttpContext http, Actor actor, Ticket saved,
        TicketQueries queries, OrganisationTime time) =>
        TypedResults.Created($"/api/v1/tickets/{saved.Id}", await JsonAsync(http, actor, saved, queries, time));

    private static async Task<TicketJson> JsonAsync(HttpContext http, Actor actor, Ticket saved, TicketQueries queries,
        OrganisationTime time)
    {
        var details = await queries.SavedAsync(actor, saved, http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return TicketJson.From(details, actor, time);
    }
}
