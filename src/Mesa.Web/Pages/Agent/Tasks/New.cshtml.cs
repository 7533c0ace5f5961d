using Mesa.Core.Common;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tasks;

/// <summary>Adds a task, activity or milestone to a ticket, a problem or a change, at the end of its list.</summary>
public sealed class NewModel(TaskService tasks, TicketChoices choices, OrganisationTime time, IStringLocalizer<Ui> text)
    : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public TaskParentKind Record { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public long RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public TaskForm Input { get; set; } = new();

    public IReadOnlyList<TaskSummary> Siblings { get; private set; } = [];

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var due = LocalInstant.Read(ModelState, time, "Input.DueAt", Input.DueAt, text["Changes.InvalidDate"]);
        if (ModelState.IsValid && await TryAsync(async () => await tasks.AddAsync(actor, Record, Key, new NewTask(Input.Title, Input.Kind)
        {
            Description = Input.Description,
            Group = Input.Group,
            Agent = Input.Agent,
            DueAt = due,
            After = Input.After,
        }, ct)))
        {
            Flash(text["Tasks.Added"]);
            return LocalRedirect(Back);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>Where to go back: the page that asked, when it is one of Mesa's own.</summary>
    public string Back => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/agent/tasks";

    private string Key => RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Siblings = await tasks.OfRecordAsync(await ActorAsync(), Record, Key, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Groups = await choices.GroupsAsync(ct);
        return true;
    }

    public sealed class TaskForm
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public WorkTaskKind Kind { get; set; } = WorkTaskKind.Task;

        public string? Group { get; set; }

        public string? Agent { get; set; }

        public string? DueAt { get; set; }

        public List<long> After { get; set; } = [];
    }
}
