using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Releases;

/// <summary>
/// One release: its changes (added and removed while it is put together), its next step with a note (Guía §10's
/// pre-production and production substates), a new planned date, and its history.
/// </summary>
public sealed class DetailsModel(ReleaseService releases, OrganisationTime time, Display show, IStringLocalizer<Ui> text) : ConsolePage
{
    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public StepForm Step { get; set; } = new();

    public ReleaseDetails Release { get; private set; } = null!;

    /// <summary>The release's next step, if any.</summary>
    public ReleaseState? Next => Release.State == ReleaseState.Closed ? null : Release.State + 1;

    public bool TakesChanges => Release.State is ReleaseState.Planned or ReleaseState.Built;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Release.Version;
        Step.PlannedAt = show.DateInput(Release.PlannedAt);
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        ActAsync(async actor => await releases.AddChangeAsync(actor, Id, Step.Change ?? "", Version, ct), "Releases.ChangeAdded", ct);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        ActAsync(async actor => await releases.RemoveChangeAsync(actor, Id, Step.Change ?? "", Version, ct), "Releases.ChangeRemoved", ct);

    public Task<IActionResult> OnPostAdvanceAsync(CancellationToken ct) =>
        ActAsync(async actor => await releases.AdvanceAsync(actor, Id, Step.To, Step.Note, Version, ct), "Releases.Advanced", ct);

    public Task<IActionResult> OnPostRescheduleAsync(CancellationToken ct)
    {
        var planned = LocalInstant.Read(ModelState, time, "Step.PlannedAt", Step.PlannedAt, text["Changes.InvalidDate"]);
        return ActAsync(async actor => await releases.RescheduleAsync(actor, Id, planned, Step.Note, Version, ct),
            "Releases.Rescheduled", ct);
    }

    private async Task<IActionResult> ActAsync(Func<Core.People.Actor, Task> act, string doneKey, CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (ModelState.IsValid && await TryAsync(() => act(actor), prefix: nameof(Step)))
        {
            Flash(text[doneKey]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Release = await releases.GetAsync(await ActorAsync(), Id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class StepForm
    {
        public string? Change { get; set; }

        public ReleaseState To { get; set; }

        public string? Note { get; set; }

        public string? PlannedAt { get; set; }
    }
}
