using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Tickets;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>
/// Guía §11 "Incidentes / Peticiones – En curso": the guide's columns, server-side sorting, filters, search over code,
/// title and description (accents and case ignored), paging, and each agent's saved filters.
/// </summary>
public sealed class IndexModel(TicketQueries queries, TicketChoices choices, ListFilterChoices filterChoices,
    SavedFilters saved, OrganisationTime time, IStringLocalizer<Ui> text, RuleText rules) : ConsolePage
{
    public static readonly int[] PageSizes = [25, 50, 100, 200];

    public TicketListQuery Query { get; private set; } = TicketListQuery.Read(new QueryCollection());

    [BindProperty]
    public string? FilterName { get; set; }

    public PageOf<TicketDetails> Result { get; private set; } = new([], 0);

    public TicketFilter Filter { get; private set; } = new();

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public IReadOnlyList<PersonChoice> Agents { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public IReadOnlyList<SubstateSummary> Substates { get; private set; } = [];

    public IReadOnlyList<SavedFilter> SavedFilters { get; private set; } = [];

    public int Pages => Math.Max(1, (Result.Total + Filter.PageSize - 1) / Filter.PageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveFilterAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        // The filter as this list writes its own links: known pairs, percent-encoded, so that the saved address is
        // one a redirect and a link can carry whatever was typed in its search.
        var query = QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers
                .ParseQuery(Request.Form["query"].ToString())
                .Where(q => q.Key.Length > 0 && q.Key != "page" && !q.Key.StartsWith("handler", StringComparison.Ordinal)))
            .ToUriComponent().TrimStart('?');
        if (await TryAsync(() => saved.SaveAsync(actor.Id, FilterName, query, ct), prefix: ""))
        {
            Flash(text["List.FilterSaved", FilterName!.Trim()]);
            return LocalRedirect(TicketListLinks.Path + (query.Length > 0 ? "?" + query : ""));
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteFilterAsync(long filterId, CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => saved.DeleteAsync(actor.Id, filterId, ct), prefix: ""))
            Flash(text["List.FilterDeleted"]);
        return LocalRedirect(TicketListLinks.Path);
    }

    /// <summary>The address of this list with one parameter changed (sorting, paging), keeping every filter.</summary>
    public string With(string name, string? value)
    {
        var pairs = Request.Query.Where(q => q.Key != name && q.Key != "page" && !q.Key.StartsWith("handler", StringComparison.Ordinal))
            .SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? "")))
            .Where(p => p.Value.Length > 0).ToList();
        if (!string.IsNullOrEmpty(value)) pairs.Add((name, value));
        return TicketListLinks.Path + (pairs.Count == 0 ? "" : "?" + string.Join('&',
            pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }

    public string PageLink(int page) =>
        With("page", null) + (With("page", null).Contains('?') ? "&" : "?") + $"page={page}";

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Query = TicketListQuery.Read(Request.Query);
        Filter = Query.ToFilter(time.Zone, (field, rule, arguments) =>
            ModelState.AddModelError($"Query.{char.ToUpperInvariant(field[0])}{field[1..]}", rules.Message(rule, arguments)));
        Result = await queries.ListAsync(actor, Filter, ct);
        var options = await filterChoices.GetAsync(choices, ct);
        Groups = options.Groups;
        Agents = options.Agents;
        Catalog = options.Catalog;
        Substates = options.Substates;
        SavedFilters = await saved.ListAsync(actor.Id, ct);
    }
}
