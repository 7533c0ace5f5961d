using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>
/// Guía §11 "Incidentes / Peticiones – En curso": the guide's columns, server-side sorting, filters, search over code,
/// title and description (accents and case ignored), paging, and each agent's saved filters.
/// </summary>
public sealed class IndexModel(TicketQueries queries, TicketChoices choices, SavedFilters saved, OrganisationTime time,
    IStringLocalizer<Ui> text) : ConsolePage
{
    public static readonly int[] PageSizes = [25, 50, 100, 200];

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

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
        var query = Request.Form["query"].ToString().TrimStart('?');
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
        Filter = Query.ToFilter(time, ModelState, text);
        Result = await queries.ListAsync(actor, Filter, ct);
        Groups = await choices.GroupsAsync(ct);
        Agents = await choices.StaffAsync(ct);
        Catalog = await choices.CatalogAsync(ct);
        Substates = await choices.SubstatesAsync(ct);
        SavedFilters = await saved.ListAsync(actor.Id, ct);
    }

    /// <summary>The list's query string. Names are the API's (kebab-case); a value that means nothing is reported beside its field.</summary>
    public sealed class ListQuery
    {
        [FromQuery(Name = "view")] public string? View { get; set; }
        [FromQuery(Name = "state")] public string? State { get; set; }
        [FromQuery(Name = "substate")] public string? Substate { get; set; }
        [FromQuery(Name = "type")] public string? Type { get; set; }
        [FromQuery(Name = "group")] public string? Group { get; set; }
        [FromQuery(Name = "agent")] public string? Agent { get; set; }
        [FromQuery(Name = "agent-set")] public string? AgentSet { get; set; }
        [FromQuery(Name = "service")] public string? Service { get; set; }
        [FromQuery(Name = "category")] public string? Category { get; set; }
        [FromQuery(Name = "priority")] public string? Priority { get; set; }
        [FromQuery(Name = "breached")] public string? Breached { get; set; }
        [FromQuery(Name = "unplaced")] public string? Unplaced { get; set; }
        [FromQuery(Name = "from")] public string? From { get; set; }
        [FromQuery(Name = "to")] public string? To { get; set; }
        [FromQuery(Name = "q")] public string? Q { get; set; }
        [FromQuery(Name = "sort")] public string? Sort { get; set; }
        [FromQuery(Name = "page")] public int? Page { get; set; }
        [FromQuery(Name = "size")] public int? Size { get; set; }

        public TicketFilter ToFilter(OrganisationTime time, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors,
            IStringLocalizer<Ui> text)
        {
            T? Parse<T>(string field, string? value) where T : struct, Enum
            {
                if (string.IsNullOrWhiteSpace(value)) return null;
                if (ApiEnums.TryParse<T>(value, out var parsed)) return parsed;
                errors.AddModelError($"Query.{field}", text["List.InvalidValue"]);
                return null;
            }

            bool? YesNo(string field, string? value) => value switch
            {
                null or "" => null,
                "yes" => true,
                "no" => false,
                _ => Invalid<bool?>(field),
            };

            DateTimeOffset? Day(string field, string? value, int plusDays)
            {
                if (string.IsNullOrWhiteSpace(value)) return null;
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    return Invalid<DateTimeOffset?>(field);
                var local = day.AddDays(plusDays).ToDateTime(TimeOnly.MinValue);
                return new DateTimeOffset(local, time.Zone.GetUtcOffset(local));
            }

            TResult? Invalid<TResult>(string field)
            {
                errors.AddModelError($"Query.{field}", text["List.InvalidValue"]);
                return default;
            }

            var size = PageSizes.Contains(Size ?? 0) ? Size!.Value : 50;
            return new TicketFilter(Parse<TicketListView>(nameof(View), View), Parse<TicketState>(nameof(State), State),
                Q?.Trim(), Math.Max(Page ?? 1, 1), size, Parse<TicketSort>(nameof(Sort), Sort) ?? TicketSort.Newest)
            {
                Type = Parse<TicketType>(nameof(Type), Type),
                Substate = Blank(Substate),
                Group = Blank(Group),
                Agent = Blank(Agent),
                HasAgent = YesNo(nameof(AgentSet), AgentSet),
                Service = Blank(Service),
                Category = Blank(Category),
                Priority = Parse<Level>(nameof(Priority), Priority),
                Breached = YesNo(nameof(Breached), Breached),
                Unplaced = YesNo(nameof(Unplaced), Unplaced) == true,
                CreatedFrom = Day(nameof(From), From, 0),
                CreatedBefore = Day(nameof(To), To, 1),
            };
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
