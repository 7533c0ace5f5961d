using Mesa.Core.Knowledge;

namespace Mesa.Web.Api;

/// <summary>Guía §5 "Base de datos de conocimiento": search, read, write, revise and retire articles.</summary>
public static class KnowledgeApi
{
    public sealed record ArticleRequest(string? Title, string? Body, string? Keywords, string? Audience, string? Service);

    public static RouteGroupBuilder MapKnowledge(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/knowledge");
        // Every word of q, accents and case ignored; users get public articles only.
        articles.MapGet("", async (HttpContext http, KnowledgeBase knowledge, RequestReader read, string? q, string? service,
            bool? retired, string? page) =>
        {
            var number = read.Page("page", page);
            read.ThrowIfInvalid();
            return await knowledge.SearchAsync(await http.ActorAsync(), q, service, retired == true, number, http.RequestAborted);
        }).Refuses(400);
        // What the portal proposes while a request is written: the articles sharing its most telling words.
        articles.MapGet("/suggestions", async (HttpContext http, KnowledgeBase knowledge, string? text) =>
            await knowledge.SuggestAsync(await http.ActorAsync(), text, 5, http.RequestAborted));
        articles.MapGet("/{id}", async (HttpContext http, string id, KnowledgeBase knowledge) =>
            await knowledge.GetAsync(await http.ActorAsync(), id, http.RequestAborted)).Refuses(404);
        articles.MapPost("", async (HttpContext http, ArticleRequest? body, KnowledgeBase knowledge, RequestReader read) =>
        {
            var input = Read(body, read);
            var actor = await http.ActorAsync();
            var id = await knowledge.CreateAsync(actor, input, http.RequestAborted);
            return TypedResults.Created($"/api/v1/knowledge/{id}", await knowledge.GetAsync(actor, id.ToString(System.Globalization.CultureInfo.InvariantCulture), http.RequestAborted));
        }).Refuses(400, 403);
        articles.MapPut("/{id}", async (HttpContext http, string id, ArticleRequest? body, KnowledgeBase knowledge, RequestReader read) =>
        {
            var input = Read(body, read);
            var actor = await http.ActorAsync();
            await knowledge.ReviseAsync(actor, id, input, http.RequestAborted);
            return await knowledge.GetAsync(actor, id, http.RequestAborted);
        }).Refuses(403, 409);
        // Retiring keeps the article for the tickets that cite it; it leaves search and the portal.
        articles.MapDelete("/{id}", async (HttpContext http, string id, KnowledgeBase knowledge) =>
        {
            var actor = await http.ActorAsync();
            await knowledge.RetireAsync(actor, id, http.RequestAborted);
            return await knowledge.GetAsync(actor, id, http.RequestAborted);
        }).Refuses(403);
        return api;
    }

    private static ArticleInput Read(ArticleRequest? body, RequestReader read)
    {
        read.Text("title", body?.Title, KnowledgeArticle.TitleMaxLength, required: true);
        read.Text("body", body?.Body, KnowledgeArticle.BodyMaxLength, required: true);
        read.Text("keywords", body?.Keywords, KnowledgeArticle.KeywordsMaxLength);
        var audience = read.Enum<KnowledgeAudience>("audience", body?.Audience);
        read.ThrowIfInvalid();
        return new ArticleInput(body!.Title, body.Body, body.Keywords, audience ?? KnowledgeAudience.Public, body.Service);
    }
}
