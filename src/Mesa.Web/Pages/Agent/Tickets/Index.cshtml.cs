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
    SavedFilters saved, OrganisationTime time, IStringLocalizer<Ui> text, RuleText rules,
    Core.CustomFields.TicketCustomFields customFields, TicketListFile files) : FilteredListPage(saved, text)
{
    public static readonly int[] PageSizes = [25, 50, 100, 200];

    public TicketListQuery Query { get; private set; } = TicketListQuery.Read(new QueryCollection());

    public PageOf<TicketDetails> Result { get; private set; } = new([], 0);

    public TicketFilter Filter { get; private set; } = new();

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public IReadOnlyList<PersonChoice> Agents { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public IReadOnlyList<SubstateSummary> Substates { get; private set; } = [];

    /// <summary>Guía §14.5: the active custom fields, to filter by and to show as columns.</summary>
    public IReadOnlyList<Core.CustomFields.CustomField> CustomFields { get; private set; } = [];

    /// <summary>The custom fields asked for as columns (<c>column=name</c>, repeated).</summary>
    public IReadOnlyList<Core.CustomFields.CustomField> FieldColumns { get; private set; } = [];

    /// <summary>The conditions on custom fields, by name (<c>field.name=value</c>).</summary>
    public IReadOnlyDictionary<string, string> FieldConditions { get; private set; } = new Dictionary<string, string>();

    /// <summary>Supervisors and administrators also see every ticket, closed ones included, where reports lead.</summary>
    public bool ReadsReports { get; private set; }

    public int Pages => Math.Max(1, (Result.Total + Filter.PageSize - 1) / Filter.PageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The list as CSV or XLSX (<c>format=xlsx</c>), with every column and custom field, for the same filter.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        var file = await files.MakeAsync(await ActorAsync(), Filter, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase),
            time.ToLocal(time.UtcNow), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    protected override SavedFilterList List => SavedFilterList.Tickets;

    public override string ListPath => TicketListLinks.Path;

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

    /// <summary>This list, every filter kept, as a file.</summary>
    public string ExportLink(string format)
    {
        var list = With("format", format);
        return list + (list.Contains('?') ? "&" : "?") + "handler=Export";
    }

    public string PageLink(int page) =>
        With("page", null) + (With("page", null).Contains('?') ? "&" : "?") + $"page={page}";

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Query = TicketListQuery.Read(Request.Query);
        Filter = Query.ToFilter(time.Zone, (field, rule, arguments) =>
            ModelState.AddModelError($"Query.{char.ToUpperInvariant(field[0])}{field[1..]}", rules.Message(rule, arguments)));
        ReadsReports = actor.ReadsReports;
        if (Filter.View == TicketListView.All && !ReadsReports)
        {
            ModelState.AddModelError("Query.View", rules.Message(Rules.ReportsForSupervisors));
            Filter = Filter with { View = null };
        }
        var fields = await customFields.AllAsync(ct);
        CustomFields = fields.Where(f => f.Active && Core.CustomFields.TicketCustomFields.MaySee(actor, f)).ToList();
        var columns = Request.Query["column"].ToHashSet();
        FieldColumns = CustomFields.Where(f => columns.Contains(f.Name)).ToList();
        FieldConditions = TicketListQuery.FieldConditions(Request.Query);
        Filter = Filter with { CustomFields = FieldConditions };
        Result = await ListOrRefuseAsync(() => queries.ListAsync(actor, Filter, ct), "Query.Fields", new PageOf<TicketDetails>([], 0));
        var options = await filterChoices.GetAsync(choices, ct);
        Groups = options.Groups;
        Agents = options.Agents;
        Catalog = options.Catalog;
        Substates = options.Substates;
        await LoadSavedFiltersAsync(ct);
    }
}
