using Mesa.Core.Common;
using Mesa.Core.Problems;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Agent.Problems;

/// <summary>
/// Guía §11 "Pestaña problemas y errores conocidos": the problems of a view (all, assigned to me, to my groups), by
/// state; each panel counter links here with exactly its filter.
/// </summary>
public sealed class IndexModel(ProblemService problems) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public ProblemView View { get; set; } = ProblemView.All;

    [BindProperty(SupportsGet = true)]
    public ProblemState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    /// <summary>Read from the query by hand: "page" is also the name of Razor Pages' own route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public PageOf<ProblemSummary> Result { get; private set; } = new([], 0);

    public int Pages => Math.Max(1, (Result.Total + ProblemService.PageSize - 1) / ProblemService.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        var actor = await ActorAsync();
        Result = await ListOrRefuseAsync(() => problems.ListAsync(actor, new ProblemFilter(View, State, Query, Closed, PageNumber), ct), "q", new([], 0));
    }

    /// <summary>The list of one view and state, as the panel's counters link to it.</summary>
    public static string Link(ProblemView view, ProblemState? state = null) =>
        $"/agent/problems?view={view}" + (state is { } s ? $"&state={s}" : "");

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = View.ToString(),
        ["state"] = State?.ToString(),
        ["q"] = Query,
        ["closed"] = Closed ? "true" : null,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
