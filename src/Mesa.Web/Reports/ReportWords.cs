using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Core.Tickets;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Agent.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Reports;

/// <summary>
/// A report in the reader's words, the same on the page, in the files and in the scheduled mail: its title, the
/// columns' names, each row's name (a month, a group, "Sin agente"), the figures as people read them (1.234;
/// 73,2 %; 2 h 30 min) and the address of the tickets behind each figure.
/// </summary>
public sealed class ReportWords(IStringLocalizer<Ui> ui, RuleText rules, OrganisationTime time)
{
    public TimeZoneInfo Zone => time.Zone;

    public string Title(ReportName name) => ui[$"Report.{name}"];

    public string About(ReportName name) => ui[$"Report.{name}.About"];

    public string By(ReportBy by) => ui[$"ReportBy.{by}"];

    public string Column(string column) => ui[$"ReportColumn.{column}"];

    /// <summary>"01/01/2026 – 31/12/2026".</summary>
    public string Period(ReportResult report) => $"{Day(report.From)} – {Day(report.To)}";

    public string Row(ReportResult report, ReportRow row)
    {
        if (report.By.IsPeriod())
        {
            var first = row.Key.Scope!.CreatedFrom!.Value;
            var day = DateOnly.FromDateTime(time.ToLocal(first).DateTime);
            return report.By switch
            {
                ReportBy.Month => Pages.Common.Display.Capitalized(day.ToString("MMMM yyyy", CultureInfo.CurrentCulture)),
                ReportBy.Week => ui["Report.Week", ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)), Day(day)],
                _ => Day(day),
            };
        }

        if (row.Key.Key is null) return ui[$"Report.None.{report.By}"];
        return report.By switch
        {
            ReportBy.Priority => ui[$"Level.{row.Key.Name}"],
            ReportBy.Origin => ui[$"Origin.{row.Key.Name}"],
            ReportBy.Type => ui[$"TicketType.{row.Key.Name}"],
            ReportBy.State => rules.Message($"TicketState.{row.Key.Name}"),
            _ => row.Key.Name ?? row.Key.Key,
        };
    }

    /// <summary>A figure as people read it; a dash where nothing was measured.</summary>
    public static string Value(ReportColumn column, double? value) => (column, value) switch
    {
        (_, null) => "—",
        (RateColumn or ShareColumn, { } share) => share.ToString("P1", CultureInfo.CurrentCulture),
        (MinutesColumn or TimeSpentColumn, { } minutes) => DurationText.Format((int)Math.Round(minutes)),
        (RatingColumn, { } average) => average.ToString("N2", CultureInfo.CurrentCulture),
        (_, { } count) => count.ToString("N0", CultureInfo.CurrentCulture),
    };

    /// <summary>The En curso list of exactly the tickets a figure counts; null where no list filter holds them.</summary>
    public string? Link(ReportRow row, ReportColumn column) =>
        row.Key.Scope is { } scope && column.Measure is { } measure
            ? TicketListLinks.Of(scope with { View = TicketListView.All, Measure = measure == TicketMeasure.Registered ? null : measure }, time.Zone)
            : null;

    /// <summary>The filters the report was asked with, one line each ("Grupo: Redes"), written on top of its files.</summary>
    public IReadOnlyList<(string Label, string Value)> Filters(ReportResult report)
    {
        var f = report.Filter;
        var lines = new List<(string, string)>
        {
            (ui["Report.Period"], Period(report)),
            (ui["Report.GroupedBy"], By(report.By)),
        };
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) lines.Add((ui[key], value));
        }

        Add("Report.Filter.Type", f.Type is { } type ? ui[$"TicketType.{type}"].Value : null);
        Add("Report.Filter.Service", f.Service);
        Add("Report.Filter.Category", f.Category);
        Add("Report.Filter.Group", f.Group);
        Add("Report.Filter.Agent", f.Agent);
        Add("Report.Filter.Priority", f.Priority is { } priority ? ui[$"Level.{priority}"].Value : null);
        Add("Report.Filter.Origin", f.Origin is { } origin ? ui[$"Origin.{origin}"].Value : null);
        Add("Report.Filter.Location", f.Location);
        Add("Report.Filter.State", f.State is { } state ? rules.Message($"TicketState.{state}") : null);
        lines.Add((ui["Report.TakenAt"], time.Format(report.TakenAt)));
        return lines;
    }

    /// <summary>Rows a chart of categories or people shows at most: the biggest first, the rest stay in the table.</summary>
    public const int ChartRows = 15;

    /// <summary>
    /// The report's picture (Guía §4): a trend over periods, parts of a whole, bars side by side, or the survey's five
    /// answers; times in hours. The same data feeds the page's chart, its text alternative and the PDF.
    /// </summary>
    public ReportChart Chart(ReportResult report)
    {
        var spec = report.Definition.Chart;
        var columns = spec.Columns.Select(name => report.Definition.Columns.First(c => c.Name == name)).ToList();
        var indexes = columns.Select(c => report.Definition.Columns.ToList().IndexOf(c)).ToList();
        var percent = columns.All(c => c is RateColumn or ShareColumn);
        double? Plotted(ReportColumn column, double? value) =>
            column is MinutesColumn or TimeSpentColumn && value is { } m ? Math.Round(m / 60, 2) : value;
        string Name(ReportColumn column) => column is MinutesColumn or TimeSpentColumn ? $"{Column(column.Name)} (h)" : Column(column.Name);

        if (spec.Kind == ChartKind.Distribution)
        {
            return new ReportChart(Title(report.Definition.Name), ChartKind.Bars, columns.Select(c => Column(c.Name)).ToList(),
                [new ChartSeries(ui["Report.Tickets"], indexes.Select(i => report.Total.Values[i]).ToList())], percent);
        }

        var rows = report.By.IsPeriod() ? report.Rows : report.Rows.Take(ChartRows).ToList();
        var kind = spec.Kind == ChartKind.Lines && !report.By.IsPeriod() ? ChartKind.Bars : spec.Kind;
        return new ReportChart(Title(report.Definition.Name), kind, rows.Select(r => Row(report, r)).ToList(),
            columns.Select((c, k) => new ChartSeries(Name(c), rows.Select(r => Plotted(c, r.Values[indexes[k]])).ToList())).ToList(), percent);
    }

    /// <summary>The file's name: "informe-sla-2026-01-01-2026-12-31.xlsx".</summary>
    public static string FileName(ReportResult report, string extension) =>
        $"informe-{ReportKeys.Kebab(report.Definition.Name)}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.{extension}";

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
