using Mesa.Core.People.Directory;
using Mesa.Web.Jobs;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// The agency's directory as administrators see it: where Mesa reads it, the sync runs (with their progress while one
/// runs, and what each changed), the accounts made when people signed in, and every account with its origin.
/// </summary>
public sealed class DirectoryModel(DirectoryActivity activity, IOptions<DirectoryOptions> options, JobRunner jobs,
    IStringLocalizer<Ui> text) : Common.ConsolePage
{
    public const int RunsShown = 10;

    private const string SyncJob = "directory-sync";

    public DirectoryOptions Settings => options.Value;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The run whose changes are shown.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Run { get; set; }

    public IReadOnlyList<DirectoryActivity.SyncSummary> Runs { get; private set; } = [];

    public DirectoryActivity.SyncDetail? Detail { get; private set; }

    public IReadOnlyList<DirectoryActivity.ChangeLine> SignInChanges { get; private set; } = [];

    public IReadOnlyList<DirectoryActivity.AccountLine> Accounts { get; private set; } = [];

    /// <summary>A sync this instance runs now; its progress is the last run's record, saved every 200 people.</summary>
    public bool Running => jobs.IsRunning(SyncJob);

    public DirectoryActivity.SyncSummary? Current => Running && Runs is [{ FinishedAt: null } last, ..] ? last : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Runs = await activity.RecentSyncsAsync(RunsShown, ct);
        if (Run is { } id)
        {
            try
            {
                Detail = await activity.SyncAsync(id, ct);
            }
            catch (Core.Common.NotFoundException)
            {
                return NotFound();
            }
        }

        SignInChanges = await activity.SignInChangesAsync(20, ct);
        Accounts = await activity.AccountsAsync(Q, ct);
        return Page();
    }

    /// <summary>The running sync's progress, for the page to show while it runs.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken ct)
    {
        var runs = await activity.RecentSyncsAsync(1, ct);
        if (!Running) return new JsonResult(new { running = false, text = text["Directory.ProgressDone"].Value });
        var (read, changed) = runs is [{ FinishedAt: null } last] ? (last.Read, last.Changed) : (0, 0);
        return new JsonResult(new
        {
            running = true,
            text = text["Directory.Progress", read, changed].Value,
        });
    }

    /// <summary>
    /// Starts a sync and comes straight back: a directory of tens of thousands of people takes minutes, and the page
    /// shows its progress meanwhile. The run is the scheduler's own (one at a time, recorded like any job run).
    /// </summary>
    public IActionResult OnPostSync()
    {
        if (!Settings.IsConfigured)
        {
            Flash(text["Directory.NotConfigured"]);
            return RedirectToPage();
        }

        if (!Running) jobs.Start(jobs.Find(SyncJob)!);
        Flash(text["Directory.SyncStarted"]);
        return RedirectToPage();
    }
}
