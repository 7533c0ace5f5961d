using System.Globalization;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.People;

/// <summary>
/// People and roles: find people by name, role, group and state; select some (or every one the filter matches) and
/// add them to a group, set their roles, deactivate or reactivate them, after a preview of what each would do and
/// which ones the rules refuse, and why.
/// </summary>
public sealed class IndexModel(PeopleAdministration people, PeopleBulk bulk, TicketChoices choices, Hosting.RuleText rules,
    IStringLocalizer<Ui> text)
    : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    /// <summary>"active", "inactive" or empty for everyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; } = "active";

    [BindProperty]
    public List<string> Selected { get; set; } = [];

    [BindProperty]
    public bool AllMatching { get; set; }

    [BindProperty]
    public PeopleBulkKind? Action { get; set; }

    [BindProperty]
    public string? TargetGroup { get; set; }

    [BindProperty]
    public List<string> TargetRoles { get; set; } = [];

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<PeopleAdministration.PersonView> Found { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PeopleAdministration.PageSize - 1) / PeopleAdministration.PageSize);

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    /// <summary>The outcome of a preview, or of the run just applied: each person and, when refused, why.</summary>
    public IReadOnlyList<Outcome>? Outcomes { get; private set; }

    public bool Previewed { get; private set; }

    public sealed record Outcome(string UserName, string? Problem);

    /// <summary>What an applied action says after the redirect: how many changed, and each refusal (the first hundred).</summary>
    private sealed record Applied(int Changed, int Refused, List<Outcome> Refusals);

    private const string AppliedKey = "PeopleBulkApplied";

    /// <summary>How many the action applied just now changed, and how many it could not.</summary>
    public (int Changed, int Refused)? AppliedCounts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Core.Common.Paging.IsValid(page) ? page : 1;
        if (TempData[AppliedKey] is string json && System.Text.Json.JsonSerializer.Deserialize<Applied>(json) is { } applied)
        {
            AppliedCounts = (applied.Changed, applied.Refused);
            Outcomes = applied.Refusals;
        }

        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostPreviewAsync(CancellationToken ct) => RunAsync(dryRun: true, ct);

    public Task<IActionResult> OnPostApplyAsync(CancellationToken ct) => RunAsync(dryRun: false, ct);

    private async Task<IActionResult> RunAsync(bool dryRun, CancellationToken ct)
    {
        if (Action is null) ModelState.AddModelError(nameof(Action), rules.Message(Core.Common.Rules.Required));
        var targets = AllMatching ? await people.UserNamesAsync(Filter(), ct) : Selected;
        if (targets.Count == 0) ModelState.AddModelError(nameof(Selected), text["PeopleBulk.NobodySelected"]);
        IReadOnlyList<PeopleBulk.Outcome>? done = null;
        if (ModelState.IsValid && await TryAsync(async () => done = await bulk.RunAsync(await ActorAsync(), targets,
                new PeopleBulk.Change(Action!.Value, TargetGroup, TargetRoles), dryRun, ct), prefix: ""))
        {
            var outcomes = done!.Select(o => new Outcome(o.UserName, o.Problem is null ? null : rules.For(o.Problem))).ToList();
            if (!dryRun)
            {
                // Post/redirect/get: what was applied is told once, on the list as it now is.
                var refused = outcomes.Where(o => o.Problem is not null).ToList();
                TempData[AppliedKey] = System.Text.Json.JsonSerializer.Serialize(
                    new Applied(outcomes.Count - refused.Count, refused.Count, refused.Take(100).ToList()));
                return RedirectToPage(new { q = Q, role = Role, group = Group, state = State });
            }

            Outcomes = outcomes;
            Previewed = true;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Groups = await choices.GroupsAsync(ct);
        (Found, Total) = await ListOrRefuseAsync(() => people.FindAsync(Filter(), PageNumber, PeopleAdministration.PageSize, ct),
            nameof(Q), ((IReadOnlyList<PeopleAdministration.PersonView>)[], 0));
    }

    private PeopleAdministration.Filter Filter() => new(Q, Roles.All.Contains(Role ?? "") ? Role : null, Group,
        State switch { "active" => true, "inactive" => false, _ => null });

    public string Link(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["role"] = Role,
        ["group"] = Group,
        ["state"] = State,
        ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
