using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Admin.People;

/// <summary>
/// A person's open tickets, handed over in one step to a group (and an agent) chosen here: each through the same
/// *Asignar* as one by one (Guía §14.3), with its history and mails; the ones the rules refuse stay and say why.
/// </summary>
public sealed class HandOverModel(PeopleAdministration people, PeopleHandOver handOver, TicketChoices choices, Hosting.RuleText rules)
    : ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Group { get; set; }

    [BindProperty]
    public string? Agent { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public PeopleAdministration.PersonView? Person { get; private set; }

    public IReadOnlyList<(long Id, string Code, string Title, string? Group)> Tickets { get; private set; } = [];

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public IReadOnlyList<(string Code, string? Problem)>? Outcomes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Group)) ModelState.AddModelError(nameof(Group), rules.Message(Rules.Required));
        // Guía §10: every assignment says why.
        if (string.IsNullOrWhiteSpace(Note)) ModelState.AddModelError(nameof(Note), rules.Message(Rules.Required));
        if (ModelState.IsValid && await TryAsync(async () =>
                 {
                     var outcomes = await handOver.RunAsync(await ActorAsync(), UserName!, Group!, Agent, Note, ct);
                     Outcomes = outcomes.Select(o => (o.Code, o.Problem is null ? null : rules.For(o.Problem))).ToList();
                 }, prefix: ""))
            await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(UserName)) return false;
        try
        {
            Person = await people.GetAsync(UserName, ct);
            Tickets = await people.OpenTicketsAsync(UserName, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Groups = await choices.GroupsAsync(ct);
        return true;
    }
}
