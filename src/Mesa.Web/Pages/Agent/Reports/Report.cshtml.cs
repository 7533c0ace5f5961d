using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Common;
using Mesa.Web.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>
/// One report (Guía §4): its filters, its chart with the data table beside it, each figure a link to its tickets,
/// and the same report as CSV, XLSX or PDF. The figures come from <see cref="TicketReports"/>, as in the API.
/// </summary>
public sealed class ReportModel(TicketReports reports, ReportFiles files, ReportWords words, TicketChoices choices,
    ListFilterChoices filterChoices, OrganisationTime time, RuleText rules) : ConsolePage
{
    [FromRoute]
    public string Name { get; set; } = "";

    public ReportDefinition? Definition { get; private set; }

    public ReportResult? Result { get; private set; }

    public ReportQuery Query { get; private set; } = ReportQuery.Read(new QueryCollection());

    public ListFilterChoices.Snapshot Choices { get; private set; } = null!;

    /// <summary>What the chart draws, as JSON for the page's script; the table below holds the same numbers.</summary>
    public ReportChart? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await RunAsync(ct)) return NotFound();
        return Page();
    }

    /// <summary>The report as a file: <c>?handler=file&amp;format=csv|xlsx|pdf</c> with the page's filters.</summary>
    public async Task<IActionResult> OnGetFileAsync(string? format, CancellationToken ct)
    {
        if (!await RunAsync(ct)) return NotFound();
        if (Result is null || !ApiEnums.TryParse<ReportFormat>(format ?? "", out var kind) || kind == ReportFormat.Json) return Page();
        var file = files.Make(Result, kind);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The address of this report with the same filters, as a file.</summary>
    public string FileLink(ReportFormat format)
    {
        var pairs = Request.Query.Where(q => q.Key is not ("handler" or "format"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return $"/agent/reports/{Name}?" + string.Join('&', pairs.Append("handler=file").Append($"format={ApiEnums.Name(format)}"));
    }

    /// <summary>The message beside a filter (<c>from</c>, <c>by</c>…), or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(Key(field), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private static string Key(string field) => $"Query.{char.ToUpperInvariant(field[0])}{field[1..]}";

    private async Task<bool> RunAsync(CancellationToken ct)
    {
        if (!ApiEnums.TryParse<ReportName>(Name, out var name)) return false;
        Definition = ReportCatalog.Of(name);
        Choices = await filterChoices.GetAsync(choices, ct);
        Query = ReportQuery.Read(Request.Query);
        var request = Query.ToRequest(name, time.Zone, (field, rule, arguments) =>
            ModelState.AddModelError(Key(field), rules.Message(rule, arguments)));
        if (!ModelState.IsValid) return true;
        var actor = await ActorAsync();
        if (!await TryAsync(async () => Result = await reports.RunAsync(actor, request, ct), prefix: "Query")) return true;
        Chart = words.Chart(Result!);
        return true;
    }
}
