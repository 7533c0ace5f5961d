using Mesa.Core.Common;
using Mesa.Core.Problems;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Problems;

/// <summary>
/// One problem: what it is, who has it, its root cause and workaround (error conocido), its incidents and its history.
/// Every button posts to one handler that calls one <see cref="ProblemService"/> method; a broken rule comes back as a
/// message beside the form, which keeps what was typed.
/// </summary>
public sealed class DetailsModel(ProblemService problems, TicketChoices choices, IStringLocalizer<Ui> text,
    Core.Changes.ChangeService changes, Core.Tasks.TaskService tasks) : ConsolePage
{
    [FromRoute]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Edit { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public EditForm Input { get; set; } = new();

    [BindProperty]
    public AssignForm Assign { get; set; } = new();

    [BindProperty]
    public StepForm Step { get; set; } = new();

    public Core.Problems.ProblemDetails Problem { get; private set; } = null!;

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    /// <summary>The changes (RFC) that solve the problem.</summary>
    public IReadOnlyList<Core.Changes.ChangeSummary> Changes { get; private set; } = [];

    public IReadOnlyList<Core.Tasks.TaskSummary> Tasks { get; private set; } = [];

    /// <summary>Which form failed, so that the page opens it again with its message.</summary>
    public string? FailedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Problem.Version;
        Input = new EditForm
        {
            Title = Problem.Title,
            Description = Problem.Description,
            RootCause = Problem.RootCause,
            Workaround = Problem.Workaround,
        };
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) => ActAsync(nameof(Input), async actor =>
        await problems.EditAsync(actor, Key, Input.Title, Input.Description, Input.RootCause, Input.Workaround, Version, ct),
        "Problems.Saved", ct);

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) => ActAsync(nameof(Assign), async actor =>
        await problems.AssignAsync(actor, Key, Assign.Group, Assign.Agent, Assign.Note, Version, ct), "Problems.Assigned", ct);

    public Task<IActionResult> OnPostKnownErrorAsync(CancellationToken ct) => ActAsync(nameof(Input), async actor =>
        await problems.DeclareKnownErrorAsync(actor, Key, Input.RootCause, Input.Workaround, Version, ct),
        "Problems.KnownErrorDone", ct);

    public Task<IActionResult> OnPostResolveAsync(CancellationToken ct) => ActAsync(nameof(Step), async actor =>
        await problems.ResolveAsync(actor, Key, Step.Solution, Version, ct), "Problems.ResolvedDone", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) => ActAsync(nameof(Step), async actor =>
        await problems.CloseAsync(actor, Key, Step.Note, Version, ct), "Problems.ClosedDone", ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => ActAsync(nameof(Step), async actor =>
        await problems.ReopenAsync(actor, Key, Step.Note, Version, ct), "Problems.ReopenedDone", ct);

    private string Key => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult> ActAsync(string form, Func<Core.People.Actor, Task> act, string doneKey,
        CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => act(actor), prefix: form))
        {
            Flash(text[doneKey]);
            return RedirectToPage(new { id = Id });
        }

        FailedForm = form;
        Edit = form == nameof(Input) && Edit;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Problem = await problems.GetAsync(await ActorAsync(), Key, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        if (Problem.IsOpen) Groups = await choices.GroupsAsync(ct);
        Changes = await changes.OfProblemAsync(Id, ct);
        Tasks = await tasks.OfAsync(new Core.Tasks.TaskParent(Core.Tasks.TaskParentKind.Problem, Id), ct);
        return true;
    }

    public sealed class EditForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? RootCause { get; set; }
        public string? Workaround { get; set; }
    }

    public sealed class AssignForm
    {
        public string? Group { get; set; }
        public string? Agent { get; set; }
        public string? Note { get; set; }
    }

    public sealed class StepForm
    {
        public string? Solution { get; set; }
        public string? Note { get; set; }
    }
}
