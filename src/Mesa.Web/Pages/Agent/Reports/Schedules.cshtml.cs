using Mesa.Core.Reports;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>The scheduled reports (Guía §4): what goes to whom, when it goes next, and how the last sending went.</summary>
public sealed class SchedulesModel(ReportSchedules schedules) : ConsolePage
{
    public IReadOnlyList<ReportScheduleSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await schedules.ListAsync(await ActorAsync(), ct);
}
