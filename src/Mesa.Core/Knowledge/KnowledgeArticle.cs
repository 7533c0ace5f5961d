using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Knowledge;

/// <summary>
/// Guía §5 "Base de datos de conocimiento": one article of the repository of technical and procedural knowledge,
/// categorised by service, written by agents, read by agents while they solve tickets and, when public, by users in
/// the portal as self-help. Articles are retired rather than deleted: the tickets that cite one keep pointing at it.
/// </summary>
public sealed class KnowledgeArticle
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;
    public const int KeywordsMaxLength = 500;
    public const string CodePrefix = "KB-";

    private KnowledgeArticle()
    {
    }

    public KnowledgeArticle(string? title, string? body, string? keywords, KnowledgeAudience audience, long? serviceId,
        Actor by, DateTimeOffset at)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        CreatedById = by.Id;
        CreatedAt = at;
        Apply(title, body, keywords, audience, serviceId, by, at);
    }

    public long Id { get; private set; }

    /// <summary>How people cite it in a ticket or a conversation: KB-12.</summary>
    public string Code => CodeOf(Id);

    public string Title { get; private set; } = "";

    /// <summary>Plain text; blank lines separate paragraphs.</summary>
    public string Body { get; private set; } = "";

    /// <summary>Words users search with that the text may not contain ("impresora" for an article on "plotter").</summary>
    public string? Keywords { get; private set; }

    public KnowledgeAudience Audience { get; private set; }

    /// <summary>The service of the catalogue it belongs to; none for general articles.</summary>
    public long? ServiceId { get; private set; }

    /// <summary>Title, keywords and body folded (<see cref="Common.SearchText"/>), so search ignores accents and case.</summary>
    public string SearchText { get; private set; } = "";

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    public long? RetiredById { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    public static string CodeOf(long id) => CodePrefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads "KB-12", "kb12" or "12" as an article's id.</summary>
    public static long? ParseCode(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.StartsWith("KB", StringComparison.OrdinalIgnoreCase)) value = value[2..].TrimStart('-', ' ');
        return long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
            out var id) && id > 0 ? id : null;
    }

    /// <summary>An agent corrects or completes the article; the panel's Avisos tell the others it changed.</summary>
    public void Revise(string? title, string? body, string? keywords, KnowledgeAudience audience, long? serviceId,
        Actor by, DateTimeOffset at)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        if (IsRetired) throw new DomainException(Rules.ArticleRetired, Code);
        Apply(title, body, keywords, audience, serviceId, by, at);
    }

    /// <summary>Takes the article out of search and of the portal; tickets that cite it still show it, marked retired.</summary>
    public void Retire(Actor by, DateTimeOffset at)
    {
        if (!by.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
        if (IsRetired) return;
        RetiredAt = at;
        RetiredById = by.Id;
    }

    public bool VisibleTo(Actor actor) => actor.IsStaff || (Audience == KnowledgeAudience.Public && !IsRetired);

    private void Apply(string? title, string? body, string? keywords, KnowledgeAudience audience, long? serviceId,
        Actor by, DateTimeOffset at)
    {
        var t = title?.Trim();
        if (string.IsNullOrEmpty(t)) throw new InputException("title", Rules.Required);
        if (t.Length > TitleMaxLength) throw new InputException("title", Rules.TooLong, TitleMaxLength);
        var b = body?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(b)) throw new InputException("body", Rules.Required);
        if (b.Length > BodyMaxLength) throw new InputException("body", Rules.TooLong, BodyMaxLength);
        var k = string.IsNullOrWhiteSpace(keywords) ? null : keywords.Trim();
        if (k?.Length > KeywordsMaxLength) throw new InputException("keywords", Rules.TooLong, KeywordsMaxLength);
        if (!Enum.IsDefined(audience)) throw new InputException("audience", Rules.InvalidValue, audience.ToString());
        Title = t;
        Body = b;
        Keywords = k;
        Audience = audience;
        ServiceId = serviceId;
        SearchText = Common.SearchText.Fold($"{t} {k} {b}");
        UpdatedById = by.Id;
        UpdatedAt = at;
    }
}
