using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Groups;

/// <summary>
/// A group — its name, line (Guía §4), assignment mode, state — and exactly who are its members (agents)
/// and supervisors. An agent may be in several groups.
/// </summary>
public sealed class EditModel(RoutingAdministration routing, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class GroupForm
    {
        public string? Name { get; set; }

        public int Tier { get; set; } = 1;

        public AssignmentMode Mode { get; set; } = AssignmentMode.RoundRobin;

        public bool Active { get; set; } = true;

        public List<string> Members { get; set; } = [];

        public List<string> Supervisors { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public GroupForm Input { get; set; } = new();

    public IReadOnlyList<PersonChoice> Agents { get; private set; } = [];

    public IReadOnlyList<PersonChoice> SupervisorChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            RoutingAdministration.GroupView group;
            try
            {
                group = await routing.GroupAsync(id, ct);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }

            Input = new GroupForm
            {
                Name = group.Name,
                Tier = group.Tier,
                Mode = group.Mode,
                Active = group.Active,
                Members = group.Members.Select(m => m.UserName).ToList(),
                Supervisors = group.Supervisors.Select(m => m.UserName).ToList(),
            };
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        RoutingAdministration.GroupInput input = new(Input.Name ?? "", Input.Tier, Input.Mode, Input.Active, Input.Members,
            Input.Supervisors);
        if (await TryAsync(() => routing.SaveGroupAsync(Id, input, ct)))
        {
            Flash(text["Group.Saved"]);
            return RedirectToPage("Index");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Agents = await choices.InRoleAsync(Roles.Agent, ct);
        SupervisorChoices = await choices.InRoleAsync(Roles.Supervisor, ct);
    }
}
