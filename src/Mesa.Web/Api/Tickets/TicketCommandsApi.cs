using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Problems;

namespace Mesa.Web.Api.Tickets;

/// <summary>The lifecycle commands. Each is one call of <see cref="TicketService"/>.</summary>
public static class TicketCommandsApi
{
    public static void MapTicketCommands(this RouteGroupBuilder tickets)
    {
        tickets.MapPost("/{id}/assign", AssignAsync);
        tickets.MapPost("/{id}/revoke", RevokeAsync);
        tickets.MapPost("/{id}/reject", RejectAsync);
        tickets.MapPost("/{id}/revoke-and-reject", RevokeAndRejectAsync);
        tickets.MapPost("/{id}/close-first-line", CloseAtFirstLineAsync);
        tickets.MapPost("/{id}/substate", SubstateAsync);
        tickets.MapPost("/{id}/confirm", ConfirmAsync);
        tickets.MapPost("/{id}/actions", AddActionAsync);
        tickets.MapPost("/{id}/replies", ReplyAsync);
        tickets.MapPost("/{id}/notify", NotifyAsync);
        tickets.MapPost("/{id}/rating", RateAsync);
        tickets.MapGet("/{id}/related", RelatedAsync);
        tickets.MapPost("/{id}/related", RelateAsync);
        tickets.MapDelete("/{id}/related/{other}", UnrelateAsync);
        tickets.MapGet("/{id}/articles", ArticlesAsync);
        tickets.MapPost("/{id}/articles", LinkArticleAsync);
        tickets.MapDelete("/{id}/articles/{article}", UnlinkArticleAsync);
        tickets.MapGet("/{id}/problems", ProblemsAsync);
        tickets.MapPost("/{id}/problems", LinkProblemAsync);
        tickets.MapDelete("/{id}/problems/{problem}", UnlinkProblemAsync);
        tickets.MapGet("/{id}/report", ReportAsync);
    }

    private static async Task<IResult> AssignAsync(HttpContext http, string id, AssignRequest? body, Context c)
    {
        c.Read.Text("group", body?.Group, 200, required: true);
        c.Read.Text("agent", body?.Agent, 200);
        c.Read.Text("note", body?.Note, Ticket.NoteMaxLength);
        c.Read.ThrowIfInvalid();
        return await c.RunAsync(http, (actor, version) =>
            c.Tickets.AssignAsync(actor, id, body!.Group!, body.Agent, body.Note, version, http.RequestAborted));
    }

    private static Task<IResult> RevokeAsync(HttpContext http, string id, NoteRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.RevokeAsync(actor, id, body?.Note, version, http.RequestAborted));

    private static Task<IResult> RevokeAndRejectAsync(HttpContext http, string id, NoteRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.RevokeAndRejectAsync(actor, id, body?.Note, version, http.RequestAborted));

    private static Task<IResult> RejectAsync(HttpContext http, string id, NoteRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.RejectAsync(actor, id, body?.Note, version, http.RequestAborted));

    private static Task<IResult> CloseAtFirstLineAsync(HttpContext http, string id, TextRequest? body, Context c) =>
        c.RunAsync(http, (actor, version) =>
            c.Tickets.CloseAtFirstLineAsync(actor, id, body?.Text, version, http.RequestAborted));

    private static async Task<IResult> SubstateAsync(HttpContext http, string id, SubstateRequest? body, Context c)
    {
        c.Read.Text("substate", body?.Substate, 60);
        c.Read.ThrowIfInvalid();
        return await c.RunAsync(http, (actor, version) =>
            c.Tickets.SetSubstateAsync(actor, id, body?.Substate, body?.Note, version, http.RequestAborted));
    }

    private static async Task<IResult> ConfirmAsync(HttpContext http, string id, ConfirmRequest? body, Context c)
    {
        c.Read.Require("correct", body?.Correct is not null);
        c.Read.Text("comment", body?.Comment, Ticket.CommentMaxLength);
        c.Read.ThrowIfInvalid();
        return await c.RunAsync(http, (actor, version) => c.Tickets.ConfirmAsync(actor, id, body!.Correct!.Value,
            body.Rating, body.Comment, version, http.RequestAborted));
    }

    private static async Task<IResult> AddActionAsync(HttpContext http, string id, ActionRequest? body, Context c)
    {
        var kind = c.Read.Enum<TicketActionKind>("kind", body?.Kind, required: true);
        if (kind is TicketActionKind.UserReply or TicketActionKind.Notice) c.Read.Require("kind", false);
        c.Read.Text("text", body?.Text, Ticket.TextMaxLength);
        c.Read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, c.Text);
        var actor = await http.ActorAsync();
        var action = await c.Tickets.AddActionAsync(actor, id, kind!.Value, body?.Text, body?.Published, version,
            http.RequestAborted);
        return await c.CreatedAsync(http, actor, id, action);
    }

    private static async Task<IResult> ReplyAsync(HttpContext http, string id, TextRequest? body, Context c)
    {
        c.Read.Text("text", body?.Text, Ticket.TextMaxLength);
        c.Read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, c.Text);
        var actor = await http.ActorAsync();
        var action = await c.Tickets.ReplyAsync(actor, id, body?.Text, version, http.RequestAborted);
        return await c.CreatedAsync(http, actor, id, action);
    }

    /// <summary>The survey of a closed ticket not yet rated (automatic or first-line closure): its requester, once.</summary>
    private static Task<IResult> RateAsync(HttpContext http, string id, RatingRequest? body, Context c)
    {
        c.Read.Number("rating", body?.Rating, Ticket.MinRating, Ticket.MaxRating, required: true);
        c.Read.Text("comment", body?.Comment, Ticket.CommentMaxLength);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.RateAsync(actor, id, body!.Rating, body.Comment, version,
            http.RequestAborted));
    }

    /// <summary>Guía §14 Información adicional: the related tickets (staff only: they are other people's).</summary>
    private static async Task<IResult> RelatedAsync(HttpContext http, string id, TicketQueries queries, OrganisationTime time)
    {
        var related = await queries.RelatedAsync(await http.ActorAsync(), id, http.RequestAborted);
        return Results.Ok(related.Select(r => new { r.Id, r.Code, r.Title, r.State, r.Agent, RelatedAt = time.ToLocal(r.RelatedAt) }));
    }

    private static Task<IResult> RelateAsync(HttpContext http, string id, RelateRequest? body, Context c)
    {
        c.Read.Text("code", body?.Code, 100, required: true);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.RelateAsync(actor, id, body!.Code, version, http.RequestAborted));
    }

    private static Task<IResult> UnrelateAsync(HttpContext http, string id, string other, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.UnrelateAsync(actor, id, other, version, http.RequestAborted));

    /// <summary>Guía §11.5 Información adicional: the knowledge articles the ticket cites (staff only).</summary>
    private static async Task<IResult> ArticlesAsync(HttpContext http, string id, TicketQueries queries) =>
        Results.Ok(await queries.ArticlesAsync(await http.ActorAsync(), id, http.RequestAborted));

    private static Task<IResult> LinkArticleAsync(HttpContext http, string id, RelateRequest? body, Context c)
    {
        c.Read.Text("code", body?.Code, 100, required: true);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.LinkArticleAsync(actor, id, body!.Code, version, http.RequestAborted));
    }

    private static Task<IResult> UnlinkArticleAsync(HttpContext http, string id, string article, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.UnlinkArticleAsync(actor, id, article, version, http.RequestAborted));

    /// <summary>Guía §11.5 Información adicional: the problems the ticket is a case of (staff only).</summary>
    private static async Task<IResult> ProblemsAsync(HttpContext http, string id, TicketQueries queries) =>
        Results.Ok(await queries.ProblemsAsync(await http.ActorAsync(), id, http.RequestAborted));

    private static Task<IResult> LinkProblemAsync(HttpContext http, string id, RelateRequest? body, Context c)
    {
        c.Read.Text("code", body?.Code, 100, required: true);
        c.Read.ThrowIfInvalid();
        return c.RunAsync(http, (actor, version) => c.Tickets.LinkProblemAsync(actor, id, body!.Code, version, http.RequestAborted));
    }

    private static Task<IResult> UnlinkProblemAsync(HttpContext http, string id, string problem, Context c) =>
        c.RunAsync(http, (actor, version) => c.Tickets.UnlinkProblemAsync(actor, id, problem, version, http.RequestAborted));

    /// <summary>
    /// Guía §15.1 Notificar: the message goes to the chosen people of the ticket; with <c>includeReport</c> the
    /// ticket's PDF report (in the organisation's language) goes with it and stays with the action.
    /// </summary>
    private static async Task<IResult> NotifyAsync(HttpContext http, string id, NoticeRequest? body, Context c,
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
        var action = await c.Tickets.NotifyAsync(actor, id, new NoticeInput(body.Subject, body.Text,
            body.Recipients!.Select(r => r ?? "").ToList(), file, body.Template), version, http.RequestAborted);
        return await c.CreatedAsync(http, actor, id, action);
    }

    /// <summary>The ticket's report (Guía §15.1 "informe PDF del registro") in the caller's language, published view only.</summary>
    private static async Task<IResult> ReportAsync(HttpContext http, string id, Reports.TicketReport report)
    {
        var (fileName, content) = await report.PdfAsync(await http.ActorAsync(), id, http.RequestAborted);
        return Results.File(content, "application/pdf", fileName);
    }

    /// <summary>What every command needs, injected once.</summary>
    public sealed class Context(TicketService tickets, TicketQueries queries, RequestReader read, ProblemWriter text,
        OrganisationTime time)
    {
        public TicketService Tickets => tickets;

        public RequestReader Read => read;

        public ProblemWriter Text => text;

        public async Task<IResult> RunAsync(HttpContext http, Func<Core.People.Actor, long?, Task<Ticket>> command)
        {
            var version = Versions.FromIfMatch(http.Request, text);
            var actor = await http.ActorAsync();
            var ticket = await command(actor, version);
            return await TicketResponse.OkAsync(http, actor, ticket.Id, queries, time);
        }

        public async Task<IResult> CreatedAsync(HttpContext http, Core.People.Actor actor, string id, TicketAction action)
        {
            var details = await queries.GetAsync(actor, id, http.RequestAborted);
            Versions.SetETag(http.Response, details.Version);
            return Results.Created($"/api/v1/tickets/{details.Id}/actions",
                new ActionJson(action.Id, action.Kind, action.Text, action.Published, actor.UserName,
                    time.ToLocal(action.At)));
        }
    }
}
