namespace Mesa.Core.Knowledge;

/// <summary>One article in a list of results: enough to choose it.</summary>
public sealed record ArticleSummary(long Id, string Title, KnowledgeAudience Audience, string? Service,
    DateTimeOffset UpdatedAt, string UpdatedBy, bool Retired, string Excerpt)
{
    public string Code => KnowledgeArticle.CodeOf(Id);
}

/// <summary>One article as it is read, with the tickets that cite it (for agents only).</summary>
public sealed record ArticleDetails(long Id, string Title, string Body, string? Keywords, KnowledgeAudience Audience,
    long? ServiceId, string? Service, string CreatedBy, DateTimeOffset CreatedAt, string UpdatedBy,
    DateTimeOffset UpdatedAt, DateTimeOffset? RetiredAt, IReadOnlyList<CitingTicket> Tickets)
{
    public string Code => KnowledgeArticle.CodeOf(Id);

    /// <summary>The body's paragraphs, split at blank lines, as the page draws them.</summary>
    public IEnumerable<string> Paragraphs =>
        Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A ticket that cites an article or belongs to a problem.</summary>
public sealed record CitingTicket(long Id, string Code, string Title, Tickets.TicketState State, DateTimeOffset LinkedAt);

/// <summary>What an agent or a user writes in the article's form.</summary>
public sealed record ArticleInput(string? Title, string? Body, string? Keywords, KnowledgeAudience Audience, string? Service);
