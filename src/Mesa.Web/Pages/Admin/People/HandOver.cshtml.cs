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

    /// <summary>The hand-over just made, told once after the redirect: how many tickets moved, how many not, and why (the first hundred).</summary>
    public HandedOver? Outcome { get; private set; }

    public sealed record HandedOver(int Moved, int RefusedCount, List<Refusal> Refused);

    public sealed record Refusal(string Code, string Problem);

    private const string OutcomeKey = "HandOverOutcome";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (TempData[OutcomeKey] is string json) Outcome = System.Text.Json.JsonSerializer.Deserialize<HandedOver>(json);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Group)) ModelState.AddModelError(nameof(Group), rules.Message(Rules.Required));
        // Guía §10: every assignment says why.
        if (string.IsNullOrWhiteSpace(Note)) ModelState.AddModelError(nameof(Note), rules.Message(Rules.Required));
        IReadOnlyList<PeopleHandOver.Outcome>? outcomes = null;
        if (ModelState.IsValid
            && await TryAsync(async () => outcomes = await handOver.RunAsync(await ActorAsync(), UserName!, Group!, Agent, Note, ct), prefix: ""))
        {
            // Post/redirect/get: the outcome is told once, above the tickets still left.
            var refused = outcomes!.Where(o => o.Problem is not null).Select(o => new Refusal(o.Code, rules.For(o.Problem!) ?? "")).ToList();
            TempData[OutcomeKey] = System.Text.Json.JsonSerializer.Serialize(new HandedOver(outcomes!.Count - refused.Count, refused.Count, refused.Take(100).ToList()));
            return RedirectToPage(new { user = UserName });
        }

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
