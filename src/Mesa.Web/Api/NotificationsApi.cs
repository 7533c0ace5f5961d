using Mesa.Core.Common;
using Mesa.Core.Following;
using Mesa.Core.Tickets;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Api;

/// <summary>
/// Following tickets and the console's bell: <c>PUT</c>/<c>DELETE /tickets/{id}/follow</c>, and what changed on the
/// tickets I work or follow (<c>/notifications</c>), in the caller's language.
/// </summary>
public static class NotificationsApi
{
    public sealed record TicketCodeJson(long Id, string Code);

    public sealed record BellJson(long Id, DateTimeOffset At, BellKind Kind, TicketCodeJson Ticket, string Text, bool Read);

    public sealed record ReadRequest(IReadOnlyList<long>? Ids);

    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api)
    {
        api.MapPut("/tickets/{id}/follow", async (HttpContext http, TicketRef id, TicketFollowing following) =>
        {
            await following.FollowAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        api.MapDelete("/tickets/{id}/follow", async (HttpContext http, TicketRef id, TicketFollowing following) =>
        {
            await following.UnfollowAsync(await http.ActorAsync(), id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(403, 404);

        var bell = api.MapGroup("/notifications");
        bell.MapGet("", async (HttpContext http, bool? unread, TicketFollowing following, IStringLocalizer<Ui> text,
            OrganisationTime time) =>
        {
            var lines = await following.BellAsync(await http.ActorAsync(), unread ?? false, http.RequestAborted);
            return lines.Select(l => new BellJson(l.Id, time.ToLocal(l.At), l.Kind, new TicketCodeJson(l.TicketId, l.Code),
                Text(text, l), l.Read)).ToList();
        }).Refuses(400);
        // What the person has seen: the lines named, or all of them.
        bell.MapPost("/read", async (HttpContext http, ReadRequest? body, TicketFollowing following) =>
        {
            await following.MarkReadAsync(await http.ActorAsync(), body?.Ids, http.RequestAborted);
            return TypedResults.NoContent();
        });
        return api;
    }

    /// <summary>A line as the bell says it: who did what to which ticket.</summary>
    public static string Text(IStringLocalizer<Ui> text, TicketFollowing.BellLine line) =>
        text[$"Bell.{line.Kind}", line.Actor, line.Code, line.Title];
}
