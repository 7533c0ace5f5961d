using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>
/// Guía §11 "Controles comunes en el panel Inicial": the button that registers a change (RFC), from the panel or from
/// an incident, request or problem, which it then solves (linked both ways).
/// </summary>
public sealed class NewModel(ChangeService changes, TicketChoices choices, OrganisationTime time, IStringLocalizer<Ui> text)
    : ConsolePage
{
    [BindProperty]
    public ChangeForm Input { get; set; } = new();

    /// <summary>A ticket (id or code) the change comes from.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ticket { get; set; }

    /// <summary>A problem (id or PRB code) the change comes from.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Problem { get; set; }

    public ChangeChoices Choices { get; private set; } = ChangeChoices.None;

    public async Task OnGetAsync(CancellationToken ct) => Choices = await ChangeChoices.LoadAsync(choices, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var input = Input.ToNewChange(ModelState, time, text["Changes.InvalidDate"], Listed(Ticket), Listed(Problem));
        ChangeRequest? change = null;
        if (ModelState.IsValid && await TryAsync(async () => change = await changes.CreateAsync(actor, input, ct)))
        {
            Flash(text["Changes.Created", change!.Code]);
            return RedirectToPage("Details", new { id = change.Id });
        }

        Choices = await ChangeChoices.LoadAsync(choices, ct);
        return Page();
    }

    private static IReadOnlyList<string> Listed(string? key) => string.IsNullOrWhiteSpace(key) ? [] : [key.Trim()];
}
