using Mesa.Core.Reports;
using Mesa.Web.Pages.Common;
using Mesa.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>
/// The supervisors' live board: open tickets by group, breached, at risk, without an agent, unplaced. The page asks
/// for fresh figures every half minute (<c>?handler=figures</c>) and changes only the numbers; the figures are shared
/// by every viewer (<see cref="SupervisorBoard"/>).
/// </summary>
public sealed class BoardModel(SupervisorBoard board, ReportWords words, Display show) : ConsolePage
{
    /// <summary>The columns the board shows, of the backlog's.</summary>
    public static readonly string[] Shown = ["open", "breached", "atRisk", "unassigned", "unplaced"];

    public ReportResult Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await board.GetAsync(await ActorAsync(), ct);

    /// <summary>The same figures as JSON, cell by cell, for the page's refresh.</summary>
    public async Task<IActionResult> OnGetFiguresAsync(CancellationToken ct)
    {
        Figures = await board.GetAsync(await ActorAsync(), ct);
        return new JsonResult(new
        {
            takenAt = show.Date(Figures.TakenAt),
            rows = Figures.Rows.Select(r => new { key = r.Key.Key ?? "", cells = CellsJson(r) }),
            total = CellsJson(Figures.Total),
        });
    }

    public IEnumerable<(string Column, string Text, string? Link)> Cells(ReportRow row) =>
        Shown.Select(name =>
        {
            var i = Figures.Definition.Columns.ToList().FindIndex(c => c.Name == name);
            var column = Figures.Definition.Columns[i];
            return (name, ReportWords.Value(column, row.Values[i]), words.Link(row, column));
        });

    private Dictionary<string, object> CellsJson(ReportRow row) => Cells(row).ToDictionary(c => c.Column, c => (object)new { text = c.Text, link = c.Link });
}
