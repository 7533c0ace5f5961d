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

    /// <summary>The outcome of a preview or a run: each person and, when refused, why.</summary>
    public IReadOnlyList<(string UserName, string? Problem)>? Outcomes { get; private set; }

    public bool Previewed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Core.Common.Paging.IsValid(page) ? page : 1;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostPreviewAsync(CancellationToken ct) => RunAsync(dryRun: true, ct);

    public Task<IActionResult> OnPostApplyAsync(CancellationToken ct) => RunAsync(dryRun: false, ct);

    private async Task<IActionResult> RunAsync(bool dryRun, CancellationToken ct)
    {
        if (Action is null) ModelState.AddModelError(nameof(Action), rules.Message(Core.Common.Rules.Required));
        var targets = AllMatching ? await people.UserNamesAsync(Filter(), ct) : Selected;
        if (targets.Count == 0) ModelState.AddModelError(nameof(Selected), text["PeopleBulk.NobodySelected"]);
        if (ModelState.IsValid)
        {
            await TryAsync(async () =>
            {
                var outcomes = await bulk.RunAsync(await ActorAsync(), targets,
                    new PeopleBulk.Change(Action!.Value, TargetGroup, TargetRoles), dryRun, ct);
                Outcomes = outcomes.Select(o => (o.UserName, o.Problem is null ? null : rules.For(o.Problem))).ToList();
                Previewed = dryRun;
            }, prefix: "");
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
