using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Tickets;

public static class TicketResponse
{
    /// <summary>200 with the ticket as it now stands, and its new version as ETag.</summary>
    public static async Task<Ok<TicketJson>> OkAsync(HttpContext http, Actor actor, long ticketId, TicketQueries queries,
        OrganisationTime time)
    {
        var details = await queries.GetAsync(actor, ticketId, http.RequestAborted);
        Versions.SetETag(http.Response, details.Version);
        return TypedResults.Ok(TicketJson.From(details, actor, time));
    }
}
