using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Agent.Knowledge;

/// <summary>
/// Guía §5 "Base de datos de conocimiento", the agents' side: search every article (public and internal, retired ones
/// on request) by words that ignore accents and case, by service; write a new one.
/// </summary>
public sealed class IndexModel(KnowledgeBase knowledge, TicketChoices choices) : ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    /// <summary>Read from the query by hand: "page" is also the name of Razor Pages' own route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public PageOf<ArticleSummary> Result { get; private set; } = new([], 0);

    public IReadOnlyList<string> Services { get; private set; } = [];

    public int Pages => Math.Max(1, (Result.Total + KnowledgeBase.PageSize - 1) / KnowledgeBase.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        Services = (await choices.CatalogAsync(ct)).Select(s => s.Name).ToList();
        var actor = await ActorAsync();
        Result = await ListOrRefuseAsync(() => knowledge.SearchAsync(actor, Query, Service, Retired, PageNumber, ct), "q", new([], 0));
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["service"] = Service,
        ["retired"] = Retired ? "true" : null,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
