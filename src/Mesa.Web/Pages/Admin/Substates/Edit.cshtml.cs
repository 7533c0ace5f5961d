using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Substates;

/// <summary>
/// A substate (Guía §10): its name, description, state, place in the list, whether the time in it stops the clock
/// and/or extends the due dates, and whether agents may still choose it. The guide's automatic ones show how they work,
/// read-only.
/// </summary>
public sealed class EditModel(SubstateAdministration substates, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class SubstateForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? Description { get; set; }

        public TicketState State { get; set; } = TicketState.Assigned;

        public bool StopsClock { get; set; }

        public bool ExtendsDueDate { get; set; }

        public int? Position { get; set; }

        public bool Active { get; set; } = true;
    }

    /// <summary>The substate's code; none for a new one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public SubstateForm Input { get; set; } = new();

    public SubstateAdministration.SubstateView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Code is null) return Page();
        if (!await LoadAsync(ct)) return NotFound();
        var s = Current!;
        Input = new SubstateForm
        {
            Code = s.Code,
            Name = s.Name,
            Description = s.Description,
            State = s.State,
            StopsClock = s.StopsClock,
            ExtendsDueDate = s.ExtendsDueDate,
            Position = s.Position,
            Active = s.Active,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Code is not null && !await LoadAsync(ct)) return NotFound();
        // What an automatic substate does is the guide's: only its name, description and place are posted.
        var automatic = Current?.Automatic == true;
        var input = new SubstateAdministration.SubstateInput(Input.Code, Input.Name, Input.Description ?? "", Input.State,
            automatic ? null : Input.StopsClock, automatic ? null : Input.ExtendsDueDate, null, Input.Position,
            automatic ? null : Input.Active);
        if (Code is not null) input = input with { Code = null, State = null };
        if (await TryAsync(async () =>
            {
                if (Code is null) await substates.CreateAsync(input, ct);
                else await substates.UpdateAsync(Code, input, ct);
            }))
        {
            Flash(text["Substate.Saved"]);
            return RedirectToPage("Index");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Current = await substates.GetAsync(Code!, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
