using Mesa.Core.Problems;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Problems;

/// <summary>Guía §11 "Controles comunes en el panel Inicial": the Problemas button registers a new problem.</summary>
public sealed class NewModel(ProblemService problems, TicketService tickets, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public ProblemForm Input { get; set; } = new();

    /// <summary>A ticket the new problem comes from: it is linked to it once the problem exists.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        long id = 0;
        if (!await TryAsync(async () => id = await problems.CreateAsync(actor, Input.Title, Input.Description, ct)))
            return Page();
        if (!string.IsNullOrWhiteSpace(From))
            await TryAsync(async () => await tickets.LinkProblemAsync(actor, TicketRef.Parse(From), Problem.CodeOf(id), null, ct));
        Flash(text["Problems.Created"]);
        return RedirectToPage("Details", new { id });
    }

    public sealed class ProblemForm
    {
        public string? Title { get; set; }

        public string? Description { get; set; }
    }
}
