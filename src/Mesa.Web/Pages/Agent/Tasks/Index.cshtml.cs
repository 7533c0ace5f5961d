using Mesa.Core.Common;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tasks;

/// <summary>
/// Guía §11 "Pestaña mis tareas": the activities, milestones and tasks given to me or to my groups, on any record,
/// the nearest due date first; each counter of the panel links here with exactly its filter.
/// </summary>
public sealed class IndexModel(TaskService tasks, SavedFilters saved, IStringLocalizer<Ui> text) : FilteredListPage(saved, text)
{
    [BindProperty(SupportsGet = true)]
    public TaskView View { get; set; } = TaskView.AssignedToMe;

    [BindProperty(SupportsGet = true)]
    public WorkTaskKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskParentKind? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkTaskState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskSort Sort { get; set; } = TaskSort.Due;

    public int PageNumber { get; private set; } = 1;

    public PageOf<TaskSummary> Result { get; private set; } = new([], 0);

    public int Pages => Math.Max(1, (Result.Total + TaskService.PageSize - 1) / TaskService.PageSize);

    protected override SavedFilterList List => SavedFilterList.Tasks;

    public override string ListPath => "/agent/tasks";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        var actor = await ActorAsync();
        Result = await tasks.ListAsync(actor, new TaskFilter(View, State, Kind, Record, Done, PageNumber, Sort), ct);
        await LoadSavedFiltersAsync(ct);
    }

    public static string Link(TaskView view, WorkTaskKind? kind = null) =>
        $"/agent/tasks?view={view}" + (kind is { } k ? $"&kind={k}" : "");

    /// <summary>The page of the record a task belongs to.</summary>
    public static string RecordLink(TaskSummary t) => t.ParentKind switch
    {
        TaskParentKind.Ticket => $"/agent/tickets/{t.ParentId}?tab=general",
        TaskParentKind.Problem => $"/agent/problems/{t.ParentId}",
        _ => $"/agent/changes/{t.ParentId}?tab=plan",
    };

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = View.ToString(),
        ["kind"] = Kind?.ToString(),
        ["record"] = Record?.ToString(),
        ["state"] = State?.ToString(),
        ["done"] = Done ? "true" : null,
        ["sort"] = Sort == TaskSort.Due ? null : Sort.ToString(),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
