using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>
/// One change (Guía §5 RFC), in tabs as a ticket is: General (what, who, the work team), Plan (window, plans, the
/// activities), Comité (approvers and their decisions), Información adicional (the tickets and problems it solves) and
/// Historial. The next steps of its lifecycle stand above the tabs. Every button posts to one handler that calls one
/// <see cref="ChangeService"/> method; a refusal comes back beside the form that caused it.
/// </summary>
public sealed class DetailsModel(ChangeService changes, ReleaseService releases, TicketChoices choices, OrganisationTime time,
    Display show, Mesa.Web.Reports.ChangeReport report, IStringLocalizer<Ui> text) : ConsolePage
{
    public static readonly string[] Tabs = ["general", "plan", "committee", "related", "history"];

    /// <summary>What a step says when it is done, when it has more to say than its usual message.</summary>
    private string? _done;

    [FromRoute]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Tab { get; set; } = "general";

    [BindProperty(SupportsGet = true)]
    public bool Edit { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public ChangeForm Input { get; set; } = new();

    [BindProperty]
    public StepForm Step { get; set; } = new();

    [BindProperty]
    public AssignForm Assign { get; set; } = new();

    [BindProperty]
    public LinkForm Link { get; set; } = new();

    public ChangeDetails Change { get; private set; } = null!;

    public ChangeChoices Choices { get; private set; } = ChangeChoices.None;

    /// <summary>The person asking is one of the change's approvers and has not decided yet.</summary>
    public bool MayDecide { get; private set; }

    public bool IsStaff { get; private set; }

    /// <summary>The open release the change goes to production with, if any.</summary>
    public ReleaseSummary? Release { get; private set; }

    /// <summary>Which form failed, so that the page opens it again with its message.</summary>
    public string? FailedForm { get; private set; }

    public IReadOnlyList<ChangeState> NextSteps => ChangeRequest.StepsAfter(Change.State, Change.Type);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Tabs.Contains(Tab)) Tab = "general";
        if (!await LoadAsync(ct)) return NotFound();
        Version = Change.Version;
        Input = ChangeForm.Of(Change, show);
        Assign = new AssignForm { Group = Change.Group?.Key, Agent = Change.Agent?.Key };
        return Page();
    }

    /// <summary>The change's PDF report, for the committee's minutes and the change's file.</summary>
    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct)
    {
        try
        {
            var (fileName, content) = await report.PdfAsync(await ActorAsync(), Key, ct);
            return File(content, "application/pdf", fileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct)
    {
        var input = Input.ToNewChange(ModelState, time, text["Changes.InvalidDate"], [], []);
        return ActAsync(nameof(Input), "general", async actor => await changes.EditAsync(actor, Key, input, Version, ct),
            "Changes.Saved", ct);
    }

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) => ActAsync(nameof(Assign), "general", async actor =>
        await changes.AssignAsync(actor, Key, Assign.Group, Assign.Agent, Assign.Note, Version, ct), "Changes.Assigned", ct);

    public Task<IActionResult> OnPostEvaluateAsync(CancellationToken ct) => ActAsync(nameof(Step), Tab, async actor =>
        await changes.TransitionAsync(actor, Key, ChangeState.Evaluation, Step.Note, null, null, Version, ct), "Changes.StepDone", ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => ActAsync(nameof(Step), Tab, async actor =>
        await changes.SubmitAsync(actor, Key, Step.Note, Version, ct), "Changes.StepDone", ct);

    public Task<IActionResult> OnPostDecideAsync(CancellationToken ct) => ActAsync(nameof(Step), "committee", async actor =>
        await changes.DecideAsync(actor, Key, Step.Decision, Step.Note, Version, ct), "Changes.Decided", ct);

    public Task<IActionResult> OnPostTransitionAsync(CancellationToken ct) => ActAsync(nameof(Step), Tab, async actor =>
    {
        var result = await changes.TransitionAsync(actor, Key, Step.To, Step.Note, Step.Outcome, Step.TicketSolution, Version, ct);
        if (result.TicketsNotResolved.Count > 0)
            _done = text["Changes.TicketsNotResolved", string.Join(", ", result.TicketsNotResolved)];
    }, "Changes.StepDone", ct);

    public Task<IActionResult> OnPostRescheduleAsync(CancellationToken ct)
    {
        var start = LocalInstant.Read(ModelState, time, "Step.PlannedStart", Step.PlannedStart, text["Changes.InvalidDate"]);
        var end = LocalInstant.Read(ModelState, time, "Step.PlannedEnd", Step.PlannedEnd, text["Changes.InvalidDate"]);
        return ActAsync(nameof(Step), "plan", async actor =>
            await changes.RescheduleAsync(actor, Key, start, end, Step.Note, Version, ct), "Changes.Rescheduled", ct);
    }

    public Task<IActionResult> OnPostLinkAsync(CancellationToken ct) => ActAsync(nameof(Link), "related", async actor =>
    {
        if (Link.Kind == "problem") await changes.LinkProblemAsync(actor, Key, Link.Code ?? "", link: true, Version, ct);
        else await changes.LinkTicketAsync(actor, Key, Link.Code ?? "", link: true, Version, ct);
    }, "Changes.Linked", ct);

    public Task<IActionResult> OnPostUnlinkAsync(CancellationToken ct) => ActAsync(nameof(Link), "related", async actor =>
    {
        if (Link.Kind == "problem") await changes.LinkProblemAsync(actor, Key, Link.Code ?? "", link: false, Version, ct);
        else await changes.LinkTicketAsync(actor, Key, Link.Code ?? "", link: false, Version, ct);
    }, "Changes.Unlinked", ct);

    private string Key => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs one step unless the page already found a field it could not read; then post/redirect/get to the tab the
    /// step belongs to, or the page again with the message beside the form.
    /// </summary>
    private async Task<IActionResult> ActAsync(string form, string tab, Func<Core.People.Actor, Task> act, string doneKey,
        CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (ModelState.IsValid && await TryAsync(() => act(actor), prefix: form))
        {
            Flash(_done ?? text[doneKey]);
            return RedirectToPage(new { id = Id, tab = Tabs.Contains(tab) ? tab : "general" });
        }

        FailedForm = form;
        Tab = Tabs.Contains(tab) ? tab : "general";
        Edit = form == nameof(Input);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        try
        {
            Change = await changes.GetAsync(actor, Key, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        IsStaff = actor.IsStaff;
        Release = await releases.OfChangeAsync(Change.Id, ct);
        MayDecide = Change.State == ChangeState.AwaitingApproval
            && Change.Approvals.Any(a => a.ApproverUserName == actor.UserName && a.Decision is null);
        if (IsStaff && Change.IsOpen) Choices = await ChangeChoices.LoadAsync(choices, ct);
        return true;
    }

    public sealed class StepForm
    {
        public ChangeState To { get; set; }

        public string? Note { get; set; }

        public ReviewOutcome? Outcome { get; set; }

        public string? TicketSolution { get; set; }

        public ApprovalDecision Decision { get; set; }

        public string? PlannedStart { get; set; }

        public string? PlannedEnd { get; set; }
    }

    public sealed class AssignForm
    {
        public string? Group { get; set; }

        public string? Agent { get; set; }

        public string? Note { get; set; }
    }

    public sealed class LinkForm
    {
        /// <summary>"ticket" or "problem".</summary>
        public string? Kind { get; set; }

        public string? Code { get; set; }
    }
}
