using System.Text.Json;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace Mesa.Web.Api.Tickets;

/// <summary>
/// <c>POST /tickets/bulk</c>: one command for many tickets, chosen by id or by the list's filter, each given exactly as
/// the single command and answered as it would answer; <c>dryRun</c> previews without changing anything.
/// </summary>
public static class TicketBulkApi
{
    public sealed record BulkRequest(IReadOnlyList<long>? Ids, Dictionary<string, JsonElement>? Filter, BulkActionRequest? Action,
        string? Note, bool? DryRun);

    public sealed record BulkActionRequest(string? Kind, string? Group, string? Agent, string? Substate, string? Text,
        bool? Published, int? MinutesSpent);

    public sealed record BulkItemJson(long Id, string? Code, bool Ok, ProblemDetails? Problem);

    public sealed record BulkJson(bool DryRun, int Done, int Refused, IReadOnlyList<BulkItemJson> Results);

    public static void MapTicketBulk(this RouteGroupBuilder tickets)
    {
        tickets.MapPost("/bulk", async (HttpContext http, BulkRequest? body, TicketBulk bulk, RequestReader read,
            ProblemWriter problems, OrganisationTime time) =>
        {
            var kind = read.Enum<BulkKind>("action.kind", body?.Action?.Kind, required: true);
            read.Require("ids", body?.Ids is { Count: > 0 } || body?.Filter is not null);
            if (body?.Ids is { Count: > 0 } && body.Filter is not null) read.Fail("filter", Rules.InvalidValue, "filter");
            read.Text("note", body?.Note, Ticket.NoteMaxLength);
            read.Text("action.group", body?.Action?.Group, Mesa.Core.Routing.SupportGroup.NameMaxLength, required: kind == BulkKind.Assign);
            read.Text("action.agent", body?.Action?.Agent, Mesa.Core.People.User.UserNameMaxLength);
            read.Text("action.substate", body?.Action?.Substate, Substate.CodeMaxLength);
            read.Text("action.text", body?.Action?.Text, Ticket.TextMaxLength);
            read.Number("action.minutesSpent", body?.Action?.MinutesSpent, 1, Ticket.MaxMinutesPerAction);
            var filter = body?.Filter is { } given ? FilterOf(given, time, read) : null;
            read.ThrowIfInvalid();

            var actor = await http.ActorAsync();
            var ids = filter is not null ? await bulk.MatchingAsync(actor, filter, http.RequestAborted) : body!.Ids!;
            var a = body!.Action!;
            var results = await bulk.RunAsync(actor, ids, new BulkAction(kind!.Value, a.Group, a.Agent, a.Substate, a.Text,
                a.Published, a.MinutesSpent), body.Note, body.DryRun ?? false, http.RequestAborted);
            var items = results.Select(r => new BulkItemJson(r.Id, r.Code, r.Ok,
                r.Problem is { } refused ? problems.Describe(http, refused) : null)).ToList();
            return TypedResults.Ok(new BulkJson(body.DryRun ?? false, items.Count(i => i.Ok), items.Count(i => !i.Ok), items));
        }).Refuses(400, 403);
    }

    /// <summary>The list's filter as a JSON object with the query string's names and values (<c>{"view": "all-open"}</c>).</summary>
    private static TicketFilter FilterOf(Dictionary<string, JsonElement> given, OrganisationTime time, RequestReader read)
    {
        var query = new QueryCollection(given.ToDictionary(p => p.Key, p => new StringValues(p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString(),
            JsonValueKind.Null => null,
            _ => p.Value.GetRawText(),
        }), StringComparer.OrdinalIgnoreCase));
        return TicketListQuery.Read(query).ToFilter(time.Zone, (field, rule, args) => read.Fail("filter." + field, rule, args))
            with
        { CustomFields = TicketListQuery.FieldConditions(query) };
    }
}
