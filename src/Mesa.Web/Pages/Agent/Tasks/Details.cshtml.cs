using Mesa.Core.Common;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tasks;

/// <summary>One task, activity or milestone: the record it belongs to, who has it, its steps and its history.</summary>
public sealed class DetailsModel(TaskService tasks, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public StepForm Step { get; set; } = new();

    public TaskSummary Task { get; private set; } = null!;

    public IReadOnlyList<TaskHistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Task.Version;
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        ActAsync(async actor => await tasks.StartAsync(actor, Id, Version, ct), "Tasks.Started", ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        ActAsync(async actor => await tasks.CompleteAsync(actor, Id, Version, ct), "Tasks.Completed", ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ActAsync(async actor => await tasks.CancelAsync(actor, Id, Step.Note, Version, ct), "Tasks.Cancelled", ct);

    public Task<IActionResult> OnPostReassignAsync(CancellationToken ct) =>
        ActAsync(async actor => await tasks.ReassignAsync(actor, Id, Step.Group, Step.Agent, Step.Note, Version, ct),
            "Tasks.Reassigned", ct);

    private async Task<IActionResult> ActAsync(Func<Core.People.Actor, Task> act, string doneKey, CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => act(actor), prefix: nameof(Step)))
        {
            Flash(text[doneKey]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        try
        {
            Task = await tasks.GetAsync(actor, Id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        History = await tasks.HistoryAsync(actor, Id, ct);
        if (Task.IsOpen) Groups = await choices.GroupsAsync(ct);
        return true;
    }

    public sealed class StepForm
    {
        public string? Note { get; set; }

        public string? Group { get; set; }

        public string? Agent { get; set; }
    }
}
