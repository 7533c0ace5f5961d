using System.Linq.Expressions;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Mesa.Core.Knowledge;

/// <summary>
/// Guía §5 "Base de datos de conocimiento": agents write and revise articles; agents and, for public articles, users
/// in the portal search them (accent- and case-insensitive, every word of the query); the portal suggests articles
/// while a user writes a new request; the panel's Avisos tell agents what changed lately (Guía §11).
/// </summary>
public sealed class KnowledgeBase(MesaDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;
    public const int ExcerptLength = 220;

    /// <summary>Words too common in a request to say what it is about ("buenos días, tengo un problema con…").</summary>
    private static readonly HashSet<string> CommonWords =
    [
        "para", "como", "esta", "este", "esto", "estos", "estas", "tengo", "tiene", "pero", "cuando", "desde", "sobre",
        "favor", "buenas", "buenos", "dias", "tardes", "noches", "hola", "gracias", "porque", "puedo", "puede", "hace",
        "mucho", "otra", "otro", "solo", "tambien", "donde", "nada", "todo", "todos", "cual", "quiero", "necesito",
        "problema", "ayuda", "error", "funciona", "with", "from", "that", "this", "have",
    ];

    /// <summary>
    /// Articles whose title, keywords or text contain every word of <paramref name="query"/>, newest change first.
    /// Users see public articles only; retired ones show to agents who ask for them.
    /// </summary>
    public async Task<PageOf<ArticleSummary>> SearchAsync(Actor by, string? query, string? service, bool retired, int page,
        CancellationToken ct)
    {
        SearchText.CheckQuery(query);
        Paging.Check(page);
        var articles = Visible(by, retired && by.IsStaff);
        foreach (var word in Words(query)) articles = articles.Where(Contains(word));
        if (!string.IsNullOrWhiteSpace(service))
        {
            var name = service.Trim();
            articles = articles.Where(a => db.Services.Any(s => s.Id == a.ServiceId && s.Name == name));
        }

        var total = await articles.CountAsync(ct);
        var items = await Summaries(articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize), ct);
        return new PageOf<ArticleSummary>(items, total);
    }

    /// <summary>
    /// Articles for what someone is writing: those sharing the most telling words with it (any of them), best first.
    /// A user in the portal is offered public articles only; an agent (the ticket's Información adicional) every
    /// current one.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> SuggestAsync(Actor by, string? text, int count, CancellationToken ct)
    {
        var words = Words(text).Where(w => w.Length >= 4 && !CommonWords.Contains(w)).Take(8).ToList();
        if (words.Count == 0) return [];
        var any = words.Select(Contains).Aggregate((a, b) => Expression.Lambda<Func<KnowledgeArticle, bool>>(
            Expression.OrElse(a.Body, ReplacingExpressionVisitor.Replace(b.Parameters[0], a.Parameters[0], b.Body)),
            a.Parameters));
        var candidates = await Visible(by, includeRetired: false).Where(any).OrderByDescending(a => a.UpdatedAt)
            .Select(a => new { a.Id, a.SearchText, a.UpdatedAt }).Take(200).ToListAsync(ct);
        var best = candidates
            .Select(c => (c.Id, c.UpdatedAt, Score: words.Count(w => c.SearchText.Contains(w, StringComparison.Ordinal))))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.UpdatedAt).Take(count).Select(c => c.Id).ToList();
        var found = await Summaries(db.KnowledgeArticles.Where(a => best.Contains(a.Id)), ct);
        return best.Select(id => found.Single(a => a.Id == id)).ToList();
    }

    /// <summary>Guía §11 "Pestaña avisos / alertas": the articles created or changed in the last days, newest first.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> ChangedLatelyAsync(Actor by, int days, int count, CancellationToken ct)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        var since = clock.GetUtcNow().AddDays(-days);
        return await Summaries(db.KnowledgeArticles.Where(a => a.RetiredAt == null && a.UpdatedAt >= since)
            .OrderByDescending(a => a.UpdatedAt).Take(count), ct);
    }

    public async Task<ArticleDetails> GetAsync(Actor by, string? idOrCode, CancellationToken ct)
    {
        var id = KnowledgeArticle.ParseCode(idOrCode) ?? throw new NotFoundException(Rules.ArticleNotFound, idOrCode ?? "");
        var row = await (from a in db.KnowledgeArticles.Where(a => a.Id == id)
                         join c in db.Users on a.CreatedById equals c.Id
                         join u in db.Users on a.UpdatedById equals u.Id
                         from s in db.Services.Where(s => s.Id == a.ServiceId).DefaultIfEmpty()
                         select new { Article = a, CreatedBy = c.DisplayName, UpdatedBy = u.DisplayName, Service = s == null ? null : s.Name })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (row is null || !row.Article.VisibleTo(by)) throw new NotFoundException(Rules.ArticleNotFound, idOrCode ?? "");
        var article = row.Article;
        IReadOnlyList<CitingTicket> tickets = by.IsStaff ? await CitingAsync(TicketReferenceKind.Article, id, ct) : [];
        return new ArticleDetails(article.Id, article.Title, article.Body, article.Keywords, article.Audience,
            article.ServiceId, row.Service, row.CreatedBy, article.CreatedAt, row.UpdatedBy, article.UpdatedAt,
            article.RetiredAt, tickets);
    }

    public async Task<long> CreateAsync(Actor by, ArticleInput input, CancellationToken ct)
    {
        var serviceId = await ServiceIdAsync(input.Service, ct);
        var article = db.KnowledgeArticles.Add(new KnowledgeArticle(input.Title, input.Body, input.Keywords,
            input.Audience, serviceId, by, clock.GetUtcNow())).Entity;
        await db.SaveChangesAsync(ct);
        return article.Id;
    }

    public async Task ReviseAsync(Actor by, string? idOrCode, ArticleInput input, CancellationToken ct)
    {
        var article = await LoadAsync(idOrCode, ct);
        var serviceId = await ServiceIdAsync(input.Service, ct);
        article.Revise(input.Title, input.Body, input.Keywords, input.Audience, serviceId, by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task RetireAsync(Actor by, string? idOrCode, CancellationToken ct)
    {
        var article = await LoadAsync(idOrCode, ct);
        article.Retire(by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The tickets that cite an article or belong to a problem, newest link first.</summary>
    internal async Task<IReadOnlyList<CitingTicket>> CitingAsync(TicketReferenceKind kind, long id, CancellationToken ct) =>
        await (from r in db.TicketReferences
               join t in db.Tickets on r.TicketId equals t.Id
               where r.Kind == kind && r.TargetId == id
               orderby r.Id descending
               select new CitingTicket(t.Id, t.Code, t.Title, t.State, r.CreatedAt)).ToListAsync(ct);

    internal async Task<KnowledgeArticle> LoadAsync(string? idOrCode, CancellationToken ct)
    {
        var id = KnowledgeArticle.ParseCode(idOrCode);
        return (id is null ? null : await db.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == id, ct))
            ?? throw new NotFoundException(Rules.ArticleNotFound, idOrCode ?? "");
    }

    private IQueryable<KnowledgeArticle> Visible(Actor by, bool includeRetired)
    {
        var articles = db.KnowledgeArticles.AsQueryable();
        if (!by.IsStaff) articles = articles.Where(a => a.Audience == KnowledgeAudience.Public);
        if (!includeRetired) articles = articles.Where(a => a.RetiredAt == null);
        return articles;
    }

    private async Task<long?> ServiceIdAsync(string? service, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(service)) return null;
        var name = service.Trim();
        return await db.Services.Where(s => s.Name == name).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct)
            ?? throw new InputException("service", Rules.UnknownService, name);
    }

    private async Task<List<ArticleSummary>> Summaries(IQueryable<KnowledgeArticle> articles, CancellationToken ct)
    {
        var rows = await (from a in articles
                          join u in db.Users on a.UpdatedById equals u.Id
                          from s in db.Services.Where(s => s.Id == a.ServiceId).DefaultIfEmpty()
                          select new
                          {
                              a.Id,
                              a.Title,
                              a.Audience,
                              Service = s == null ? null : s.Name,
                              a.UpdatedAt,
                              UpdatedBy = u.DisplayName,
                              a.RetiredAt,
                              Start = a.Body.Substring(0, ExcerptLength + 1),
                          }).ToListAsync(ct);
        // The join does not keep the inner order: callers that sort re-sort by what they asked for.
        return rows.Select(r => new ArticleSummary(r.Id, r.Title, r.Audience, r.Service, r.UpdatedAt, r.UpdatedBy,
                r.RetiredAt is not null, Excerpt(r.Start)))
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).ToList();
    }

    private static string Excerpt(string start)
    {
        var flat = string.Join(' ', start.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength) return flat;
        var cut = flat.LastIndexOf(' ', ExcerptLength);
        return flat[..(cut > 0 ? cut : ExcerptLength)].TrimEnd('.', ',', ';', ':') + "…";
    }

    private static IEnumerable<string> Words(string? query) =>
        SearchText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).Distinct().Take(10);

    private static Expression<Func<KnowledgeArticle, bool>> Contains(string word)
    {
        var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return a => EF.Functions.Like(a.SearchText, pattern, "\\");
    }
}
