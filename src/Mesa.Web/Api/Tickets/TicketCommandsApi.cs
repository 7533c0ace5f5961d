using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Tickets;

/// <summary>The lifecycle commands. Each is one call of <see cref="TicketService"/>.</summary>
public static class TicketCommandsApi
{
    public static void MapTicketCommands(this RouteGroupBuilder tickets)
    {
        tickets.MapPost("/{id}/assign", AssignAsync).Refuses(400, 403, 409);
        tickets.MapPost("/{id}/revoke", RevokeAsync).Refuses(400, 403, 404, 409);
        tickets.MapPost("/{id}/reject", RejectAsync).Refuses(403, 409);
        tickets.MapPost("/{id}/revoke-and-reject", RevokeAndRejectAsync).Refuses(403, 409);
        tickets.MapPost("/{id}/close-first-line", CloseAtFirstLineAsync).Refuses(403, 409);
        tickets.MapPost("/{id}/substate", SubstateAsync).Refuses(400, 403, 409);
        tickets.MapPost("/{id}/confirm", ConfirmAsync).Refuses(400, 404, 409);
        tickets.MapPost("/{id}/actions", AddActionAsync).Refuses(400, 403, 409);
        tickets.MapPost("/{id}/actions/{actionId:long}/accept", AcceptMailAsync).Refuses(403, 409);
        tickets.MapPost("/{id}/actions/{actionId:long}/discard", DiscardMailAsync).Refuses(400, 403, 409);
        tickets.MapPost("/{id}/replies", ReplyAsync).Refuses(404, 409);
        tickets.MapPost("/{id}/notify", NotifyAsync).Refuses(400, 403);
        tickets.MapPost("/{id}/rating", RateAsync).Refuses(404, 409);
        tickets.MapGet("/{id}/related", RelatedAsync).Refuses(403);
        tickets.MapPost("/{id}/related", RelateAsync).Refuses(400, 403);
        tickets.MapDelete("/{id}/related/{other}", UnrelateAsync).Refuses(403, 404);
        tickets.MapGet("/{id}/articles", ArticlesAsync).Refuses(403);
        tickets.MapPost("/{id}/articles", LinkArticleAsync).Refuses(400, 403);
        tickets.MapDelete("/{id}/articles/{article}", UnlinkArticleAsync).Refuses(403, 404);
        tickets.MapGet("/{id}/problems", ProblemsAsync).Refuses(403);
        tickets.MapPost("/{id}/problems", LinkProblemAsync).Refuses(400, 403);
        tickets.MapDelete("/{id}/problems/{problem}", UnlinkProblemAsync).Refuses(403, 404);
        tickets.MapPost("/{id}/merge", MergeAsync).Refuses(400, 403, 409);
        tickets.MapPost("/{id}/split", SplitAsync).Refuses(400, 403, 409);
        tickets.MapGet("/{id}/report", ReportAsync).Produces(StatusCodes.Status200OK, contentType: "application/pdf").Refuses(404);
    }

    private static async Task<Ok<TicketJson>> AssignAsync(HttpContext http, TicketRef id, AssignRequest? body, Context c)
    {
        c.Read.Text("group", body?.Group, Mesa.Core.Routing.SupportGroup.NameMaxLength, required: true);
        c.Read.Text("agent", body?.Agent, Mesa.Core.People.User.UserNameMaxLength);
        c.Read.Text("note", body?.Note, Ticket.NoteMaxLength);
        c.Read.ThrowIfInvalid();
        return await c.RunAsync(http, (actor, version) =>
            c.Tickets.AssignAsync(actor, id, body!.Group!, body.Agent, body.Note, version, http.RequestAborted));
    }

    private static Task<Ok<TicketJson>> RevokeAsync(HttpContext http, TicketRef id, NoteRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.RevokeAsync(actor, id, body?.Note, version, http.RequestAborted));

    private static Task<Ok<TicketJson>> RevokeAndRejectAsync(HttpContext http, TicketRef id, NoteRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.RevokeAndRejectAsync(actor, id, body?.Note, version, http.RequestAborted));

    private static Task<Ok<TicketJson>> RejectAsync(HttpContext http, TicketRef id, NoteRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.RejectAsync(actor, id, body?.Note, version, http.RequestAborted));

    private static Task<Ok<TicketJson>> CloseAtFirstLineAsync(HttpContext http, TicketRef id, TextRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) =>
            c.Tickets.CloseAtFirstLineAsync(actor, id, body?.Text, version, http.RequestAborted));

    private static async Task<Ok<TicketJson>> SubstateAsync(HttpContext http, TicketRef id, SubstateRequest? body, Context c)
    {
        c.Read.Text("substate", body?.Substate, Substate.CodeMaxLength);
        c.Read.ThrowIfInvalid();
        return await c.RunAsync(http, (actor, version) =>
            c.Tickets.SetSubstateAsync(actor, id, body?.Substate, body?.Note, version, http.RequestAborted));
    }

    private static async Task<Ok<TicketJson>> ConfirmAsync(HttpContext http, TicketRef id, ConfirmRequest? body, Context c)
    {
        c.Read.Require("correct", body?.Correct is not null);
        c.Read.Text("comment", body?.Comment, Ticket.CommentMaxLength);
        c.Read.ThrowIfInvalid();
        return await c.RunAsync(http, (actor, version) => c.Tickets.ConfirmAsync(actor, id, body!.Correct!.Value,
            body.Rating, body.Comment, version, http.RequestAborted));
    }

    private static async Task<Created<ActionJson>> AddActionAsync(HttpContext http, TicketRef id, ActionRequest? body, Context c)
    {
        var kind = c.Read.Enum<TicketActionKind>("kind", body?.Kind, required: true);
        if (kind is TicketActionKind.UserReply or TicketActionKind.Notice) c.Read.Require("kind", false);
        c.Read.Text("text", body?.Text, Ticket.TextMaxLength);
        c.Read.Number("minutesSpent", body?.MinutesSpent, 1, Ticket.MaxMinutesPerAction);
        c.Read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, c.Text);
        var actor = await http.ActorAsync();
        var added = await c.Tickets.AddActionAsync(actor, id, kind!.Value, body?.Text, body?.Published, version,
            http.RequestAborted, minutesSpent: body?.MinutesSpent);
        return c.Created(http, actor, added);
    }

    /// <summary>A mail held because its sender could not be verified becomes its sender's reply or note.</summary>
    private static Task<Ok<TicketJson>> AcceptMailAsync(HttpContext http, TicketRef id, long actionId, Context c) =>
        c.RunAsync(http, async (actor, version) =>
            (await c.Tickets.AcceptMailAsync(actor, id, actionId, version, http.RequestAborted)).Ticket);

    /// <summary>A held mail judged not to be its sender's: kept, internal, with the reason.</summary>
    private static Task<Ok<TicketJson>> DiscardMailAsync(HttpContext http, TicketRef id, long actionId, NoteRequest? body,
        Context c)
    {
        c.Read.Text("note", body?.Note, Ticket.NoteMaxLength);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, async (actor, version) =>
            (await c.Tickets.DiscardMailAsync(actor, id, actionId, body?.Note, version, http.RequestAborted)).Ticket);
    }

    private static async Task<Created<ActionJson>> ReplyAsync(HttpContext http, TicketRef id, TextRequest? body, Context c)
    {
        c.Read.Text("text", body?.Text, Ticket.TextMaxLength);
        c.Read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, c.Text);
        var actor = await http.ActorAsync();
        var added = await c.Tickets.ReplyAsync(actor, id, body?.Text, version, http.RequestAborted);
        return c.Created(http, actor, added);
    }

    /// <summary>The survey of a closed ticket not yet rated (automatic or first-line closure): its requester, once.</summary>
    private static Task<Ok<TicketJson>> RateAsync(HttpContext http, TicketRef id, RatingRequest? body, Context c)
    {
        c.Read.Number("rating", body?.Rating, Ticket.MinRating, Ticket.MaxRating, required: true);
        c.Read.Text("comment", body?.Comment, Ticket.CommentMaxLength);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.RateAsync(actor, id, body!.Rating, body.Comment, version,
            http.RequestAborted));
    }

    /// <summary>Guía §14 Información adicional: the related tickets (staff only: they are other people's).</summary>
    private static async Task<IReadOnlyList<RelatedJson>> RelatedAsync(HttpContext http, TicketRef id, TicketQueries queries,
        OrganisationTime time)
    {
        var related = await queries.RelatedAsync(await http.ActorAsync(), id, http.RequestAborted);
        return related.Select(r => new RelatedJson(r.Id, r.Code, r.Title, r.State, r.Agent, time.ToLocal(r.RelatedAt)))
            .ToList();
    }

    private static Task<Ok<TicketJson>> RelateAsync(HttpContext http, TicketRef id, RelateRequest? body, Context c)
    {
        c.Read.Text("code", body?.Code, Ticket.CodeMaxLength, required: true);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.RelateAsync(actor, id, body!.Code, version, http.RequestAborted));
    }

    private static Task<Ok<TicketJson>> UnrelateAsync(HttpContext http, TicketRef id, string other, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.UnrelateAsync(actor, id, other, version, http.RequestAborted));

    /// <summary>Guía §11.5 Información adicional: the knowledge articles the ticket cites (staff only).</summary>
    private static async Task<IReadOnlyList<LinkedArticle>> ArticlesAsync(HttpContext http, TicketRef id, TicketQueries queries) =>
        await queries.ArticlesAsync(await http.ActorAsync(), id, http.RequestAborted);

    private static Task<Ok<TicketJson>> LinkArticleAsync(HttpContext http, TicketRef id, RelateRequest? body, Context c)
    {
        c.Read.Text("code", body?.Code, Ticket.CodeMaxLength, required: true);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.LinkArticleAsync(actor, id, body!.Code, version, http.RequestAborted));
    }

    private static Task<Ok<TicketJson>> UnlinkArticleAsync(HttpContext http, TicketRef id, string article, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.UnlinkArticleAsync(actor, id, article, version, http.RequestAborted));

    /// <summary>Guía §11.5 Información adicional: the problems the ticket is a case of (staff only).</summary>
    private static async Task<IReadOnlyList<LinkedProblem>> ProblemsAsync(HttpContext http, TicketRef id, TicketQueries queries) =>
        await queries.ProblemsAsync(await http.ActorAsync(), id, http.RequestAborted);

    private static Task<Ok<TicketJson>> LinkProblemAsync(HttpContext http, TicketRef id, RelateRequest? body, Context c)
    {
        c.Read.Text("code", body?.Code, Ticket.CodeMaxLength, required: true);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.LinkProblemAsync(actor, id, body!.Code, version, http.RequestAborted));
    }

    private static Task<Ok<TicketJson>> UnlinkProblemAsync(HttpContext http, TicketRef id, string problem, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.UnlinkProblemAsync(actor, id, problem, version, http.RequestAborted));

    /// <summary>This ticket is a duplicate of <c>into</c> (an id or a code): it closes and its follow-up continues there.</summary>
    private static Task<Ok<TicketJson>> MergeAsync(HttpContext http, TicketRef id, MergeRequest? body, Context c)
    {
        var into = body?.Into switch
        {
            { ValueKind: System.Text.Json.JsonValueKind.Number } number => number.GetRawText(),
            // A string read from a JsonElement skips the body's cleaning: control characters are refused here.
            { ValueKind: System.Text.Json.JsonValueKind.String } text when text.GetString() is { } code && !code.Any(char.IsControl) => code,
            null or { ValueKind: System.Text.Json.JsonValueKind.Null } => null,
            { } other => Refused(c.Read, other),
        };
        c.Read.Text("into", into, Ticket.CodeMaxLength, required: true);
        c.Read.Text("note", body?.Note, Ticket.NoteMaxLength);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) =>
            c.Tickets.MergeAsync(actor, id, into, body!.Note, version, http.RequestAborted));

        static string? Refused(RequestReader read, System.Text.Json.JsonElement value)
        {
            read.Fail("into", Rules.InvalidValue, value.GetRawText());
            return null;
        }
    }

    /// <summary>A part of this ticket's request becomes a ticket of its own, its ANS counted from this one's registration.</summary>
    private static async Task<Created<TicketJson>> SplitAsync(HttpContext http, TicketRef id, SplitRequest? body, Context c)
    {
        c.Read.Text("title", body?.Title, Ticket.TitleMaxLength, required: true);
        c.Read.Text("description", body?.Description, Ticket.DescriptionMaxLength, required: true);
        c.Read.Text("note", body?.Note, Ticket.NoteMaxLength);
        c.Read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, c.Text);
        var actor = await http.ActorAsync();
        var part = await c.Tickets.SplitAsync(actor, id, body!.Title, body.Description, body.Note, version,
            http.RequestAborted);
        return await c.CreatedAsync(http, actor, part);
    }

    /// <summary>
    /// Guía §15.1 Notificar: the message goes to the chosen people of the ticket; with <c>includeReport</c> the
    /// ticket's PDF report (in the organisation's language) goes with it and stays with the action.
    /// </summary>
    private static async Task<Created<ActionJson>> NotifyAsync(HttpContext http, TicketRef id, NoticeRequest? body, Context c,
        Reports.TicketReport report)
    {
        var fromTemplate = !string.IsNullOrWhiteSpace(body?.Template);
        c.Read.Text("subject", body?.Subject, Ticket.NoticeSubjectMaxLength, required: !fromTemplate);
        c.Read.Text("text", body?.Text, Ticket.TextMaxLength, required: !fromTemplate);
        c.Read.Text("template", body?.Template, Mesa.Core.Mail.MailTemplate.NameMaxLength);
        c.Read.Require("recipients", body?.Recipients is { Count: > 0 });
        c.Read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, c.Text);
        var actor = await http.ActorAsync();
        var file = body!.IncludeReport == true ? await report.ForNoticeAsync(actor, id, http.RequestAborted) : null;
        var added = await c.Tickets.NotifyAsync(actor, id, new NoticeInput(body.Subject, body.Text,
            body.Recipients!.Select(r => r ?? "").ToList(), file, body.Template), version, http.RequestAborted);
        return c.Created(http, actor, added);
    }

    /// <summary>The ticket's report (Guía §15.1 "informe PDF del registro") in the caller's language, published view only.</summary>
    private static async Task<FileContentHttpResult> ReportAsync(HttpContext http, TicketRef id, Reports.TicketReport report)
    {
        var (fileName, content) = await report.PdfAsync(await http.ActorAsync(), id, http.RequestAborted);
        return TypedResults.File(content, "application/pdf", fileName);
    }

    /// <summary>What every command needs, injected once.</summary>
    public sealed class Context(TicketService tickets, TicketQueries queries, RequestReader read, ProblemWriter text,
        OrganisationTime time)
    {
        public TicketService Tickets => tickets;

        public RequestReader Read => read;

        public ProblemWriter Text => text;

        public async Task<Ok<TicketJson>> RunAsync(HttpContext http, Func<Core.People.Actor, long?, Task<Ticket>> command)
        {
            var version = Versions.FromIfMatch(http.Request, text);
            var actor = await http.ActorAsync();
            var ticket = await command(actor, version);
            return await TicketResponse.OkAsync(http, actor, ticket, queries, time);
        }

        /// <summary>201 with a ticket just registered, at its address.</summary>
        public Task<Created<TicketJson>> CreatedAsync(HttpContext http, Core.People.Actor actor, Ticket saved) =>
            TicketResponse.CreatedAsync(http, actor, saved, queries, time);

        /// <summary>201 with the action just added, and the ticket's new version as ETag.</summary>
        public Created<ActionJson> Created(HttpContext http, Core.People.Actor actor, TicketAddition<TicketAction> added)
        {
            var action = added.Added;
            Versions.SetETag(http.Response, added.Ticket.Version);
            return TypedResults.Created($"/api/v1/tickets/{added.Ticket.Id}/actions",
                new ActionJson(action.Id, action.Kind, action.Text, action.Published, actor.UserName,
                    time.ToLocal(action.At))
                {
                    MinutesSpent = action.MinutesSpent,
                });
        }
    }
}
