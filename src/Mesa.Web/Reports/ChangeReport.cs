using Mesa.Core.Changes;
using Mesa.Core.People;
using Mesa.Core.Reports;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Reports;

/// <summary>
/// The change's PDF report, for the committee's minutes and the change's file: what it is, its window and plans, the
/// committee's decisions, the tickets and problems it solves, its activities and its history, in the reader's language.
/// </summary>
public sealed class ChangeReport(ChangeService changes, IReportRenderer renderer, Display show, IStringLocalizer<Ui> ui)
{
    public async Task<(string FileName, byte[] Content)> PdfAsync(Actor by, string idOrCode, CancellationToken ct)
    {
        var change = await changes.GetAsync(by, idOrCode, ct);
        return (ui["Report.FileName", change.Code.Replace(' ', '-')].Value, renderer.Render(Document(change)));
    }

    private ReportDocument Document(ChangeDetails c)
    {
        var facts = new List<ReportFact>
        {
            Fact("Field.State", show.Name(c.State) + (c.ReviewOutcome is { } outcome ? $" · {show.Name(outcome)}" : "")),
            Fact("Changes.Type", show.Name(c.Type)),
            Fact("Changes.Risk", show.Name(c.Risk)),
            Fact("Field.Impact", show.Name(c.Impact)),
            Fact("Changes.Service", c.Service is null ? "—" : c.Category is null ? c.Service : $"{c.Service} · {c.Category}"),
            Fact("Changes.Window", c.PlannedStart is null ? ui["Changes.NoWindow"] : $"{show.Date(c.PlannedStart)} – {show.Date(c.PlannedEnd)}"),
            Fact("Changes.ResponsibleGroup", c.Group?.Name ?? "—"),
            Fact("Changes.ResponsibleAgent", c.Agent?.Name ?? "—"),
            Fact("Changes.TeamAgents", c.TeamAgents.Count == 0 ? "—" : string.Join(", ", c.TeamAgents.Select(a => a.Name))),
            Fact("Changes.TeamGroups", c.TeamGroups.Count == 0 ? "—" : string.Join(", ", c.TeamGroups.Select(g => g.Name))),
            Fact("Problems.RegisteredBy", $"{c.CreatedBy}, {show.Date(c.CreatedAt)}"),
            Fact("Report.ClosedAt", show.Date(c.ClosedAt)),
        };
        var sections = new List<ReportSection>
        {
            new(ui["Field.Description"], [new ReportEntry(null, c.Description)]),
        };
        if (c.Reason is { } reason) sections.Add(Text("Changes.Reason", reason));
        sections.Add(Text("Changes.ImplementationPlan", c.ImplementationPlan ?? "—"));
        sections.Add(Text("Changes.BackoutPlan", c.BackoutPlan ?? "—"));
        if (c.TestPlan is { } test) sections.Add(Text("Changes.TestPlan", test));
        sections.Add(new ReportSection(ui["Changes.Tab.committee"],
        [
            new ReportEntry(null, ui["Changes.RuleSummary", show.Name(c.ApprovalRule), c.ApprovalsNeeded, c.Approvals.Count]),
            .. c.Approvals.Select(a => new ReportEntry($"{a.Approver} · {(a.Decision is { } d ? show.Name(d) : ui["Changes.Pending"])}"
                + (a.At is null ? "" : $" · {show.Date(a.At)}"), a.Note ?? "")),
        ]));
        if (c.Tickets.Count + c.Problems.Count > 0)
        {
            sections.Add(new ReportSection(ui["Changes.Tab.related"],
                [.. c.Tickets.Select(t => new ReportEntry(null, $"{t.Code} · {t.Title} ({show.State(t.State)})")),
                 .. c.Problems.Select(p => new ReportEntry(null, $"{p.Code} · {p.Title} ({show.Name(p.State)})"))]));
        }

        if (c.Tasks.Count > 0)
        {
            sections.Add(new ReportSection(ui["Changes.Activities"], c.Tasks.Select(t => new ReportEntry(
                $"{t.Order}. {show.Name(t.Kind)} · {show.Name(t.State)} · {t.Agent ?? t.Group ?? "—"} · {show.Date(t.DueAt)}", t.Title)).ToList()));
        }

        sections.Add(new ReportSection(ui["Report.History"], c.History.Select(e => new ReportEntry(
            $"{show.Date(e.At)} · {ui[$"ChangeEventKind.{e.Kind}"]} · {e.By}", e.Note ?? show.Name(e.ToState))).ToList()));
        return new ReportDocument(ui["Changes.ReportTitle", c.Code], c.Title, facts, sections, ui["Report.Footer", show.Date(show.Now)]);
    }

    private ReportSection Text(string key, string text) => new(ui[key], [new ReportEntry(null, text)]);

    private ReportFact Fact(string key, string value) => new(ui[key], value);
}
