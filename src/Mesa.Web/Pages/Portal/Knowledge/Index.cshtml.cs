using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Portal.Knowledge;

/// <summary>
/// Guía §5: the knowledge base "se consulta a través del Portal de Usuarios" as self-help: users search the public
/// articles before, or instead of, writing a request.
/// </summary>
public sealed class IndexModel(KnowledgeBase knowledge) : ConsolePage
{
    public const int Suggested = 5;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>Read from the query by hand: "page" is also the name of Razor Pages' own route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public PageOf<ArticleSummary> Result { get; private set; } = new([], 0);

    public int Pages => Math.Max(1, (Result.Total + KnowledgeBase.PageSize - 1) / KnowledgeBase.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        var actor = await ActorAsync();
        Result = await ListOrRefuseAsync(() => knowledge.SearchAsync(actor, Query, null, retired: false, PageNumber, ct), "q", new([], 0));
    }

    /// <summary>The articles for what a user is writing in a new request, as a fragment the form shows beside it.</summary>
    public async Task<IActionResult> OnGetSuggestAsync(string? text, CancellationToken ct) =>
        Partial("_ArticleSuggestions", await knowledge.SuggestAsync(await ActorAsync(), text, Suggested, ct));

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
