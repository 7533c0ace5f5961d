using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>
/// Guía §11 "Pestaña cambios y entregas": the changes of a view (all open, assigned to me, to my groups, in my work
/// team, in my groups' work team), by state, type and risk; each panel counter links here with exactly its filter.
/// </summary>
public sealed class IndexModel(ChangeService changes, SavedFilters saved, IStringLocalizer<Ui> text) : FilteredListPage(saved, text)
{
    [BindProperty(SupportsGet = true)]
    public ChangeView View { get; set; } = ChangeView.AllOpen;

    [BindProperty(SupportsGet = true)]
    public ChangeState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public ChangeType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ChangeRisk? Risk { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true)]
    public ChangeSort Sort { get; set; } = ChangeSort.Newest;

    /// <summary>Read from the query by hand: "page" is also the name of Razor Pages' own route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public PageOf<ChangeSummary> Result { get; private set; } = new([], 0);

    public int Pages => Math.Max(1, (Result.Total + ChangeService.PageSize - 1) / ChangeService.PageSize);

    protected override SavedFilterList List => SavedFilterList.Changes;

    public override string ListPath => "/agent/changes";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        var actor = await ActorAsync();
        Result = await ListOrRefuseAsync(() => changes.ListAsync(actor,
            new ChangeFilter(View, State, Type, Risk, Query, Closed, PageNumber, Sort), ct), "q", new([], 0));
        await LoadSavedFiltersAsync(ct);
    }

    /// <summary>The list of one view and state, as the panel's counters link to it.</summary>
    public static string Link(ChangeView view, ChangeState? state = null) =>
        $"/agent/changes?view={view}" + (state is { } s ? $"&state={s}" : "");

    public static string Slug(ChangeView view) => view switch
    {
        ChangeView.AllOpen => "all-open",
        ChangeView.AssignedToMe => "assigned-to-me",
        ChangeView.MyGroups => "my-groups",
        ChangeView.MyTeam => "my-team",
        _ => "my-groups-team",
    };

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = View.ToString(),
        ["state"] = State?.ToString(),
        ["type"] = Type?.ToString(),
        ["risk"] = Risk?.ToString(),
        ["q"] = Query,
        ["closed"] = Closed ? "true" : null,
        ["sort"] = Sort == ChangeSort.Newest ? null : Sort.ToString(),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
