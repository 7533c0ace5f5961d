using Mesa.Core.Sla;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>Guía §14.2 "Prioridad: Impacto * Urgencia": the configurable impact × urgency matrix.</summary>
public sealed class PriorityMatrixModel(SlaAdministration sla, IStringLocalizer<Ui> text) : ConsolePage
{
    /// <summary>The priority of each cell by "impact-urgency" (API names, e.g. "high-low").</summary>
    [BindProperty]
    public Dictionary<string, string> Cells { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cells = Key(await sla.MatrixAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await TryAsync(async () =>
        {
            var cells = Enum.GetValues<Level>().SelectMany(impact => Enum.GetValues<Level>().Select(urgency =>
                new PriorityMatrixCell(impact, urgency,
                    FormValues.Enum<Level>(CellKey(impact, urgency), Cells.GetValueOrDefault(CellKey(impact, urgency))))))
                .ToList();
            await sla.SetMatrixAsync(cells, ct);
        }, prefix: nameof(Cells));
        if (!saved) return Page();
        Flash(text["Matrix.Saved"]);
        return RedirectToPage();
    }

    public static string CellKey(Level impact, Level urgency) => $"{Api.ApiEnums.Name(impact)}-{Api.ApiEnums.Name(urgency)}";

    private static Dictionary<string, string> Key(IEnumerable<PriorityMatrixCell> cells) =>
        cells.ToDictionary(c => CellKey(c.Impact, c.Urgency), c => Api.ApiEnums.Name(c.Priority));
}
