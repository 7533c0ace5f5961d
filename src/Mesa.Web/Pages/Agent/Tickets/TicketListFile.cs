using System.Globalization;
using CsvHelper;
using Mesa.Core.CustomFields;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Reports;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>
/// Guía §11 "En curso" as a spreadsheet: the list's columns, then one per custom field (Guía §14.5), for the tickets
/// the filter finds, in the list's order, up to <see cref="MaxRows"/>. Values are written as the page shows them; in
/// the XLSX a number field stays a number a spreadsheet computes with. A CSV cell a spreadsheet would run as a formula
/// is written as text.
/// </summary>
public sealed class TicketListFile(TicketQueries queries, TicketCustomFields customFields, Display show, IStringLocalizer<Ui> ui)
{
    public const int MaxRows = 10_000;

    private static readonly string[] Columns =
        ["Code", "State", "CreatedAt", "DueAt", "Title", "Category", "Description", "Agent", "Requester", "Group", "Rated", "Solution"];

    public async Task<ReportFile> MakeAsync(Actor by, TicketFilter filter, bool xlsx, DateTimeOffset now, CancellationToken ct)
    {
        var tickets = new List<TicketDetails>();
        for (var page = 1; tickets.Count < MaxRows; page++)
        {
            var result = await queries.ListAsync(by, filter with { Page = page, PageSize = TicketFilter.MaxPageSize }, ct);
            tickets.AddRange(result.Items.Take(MaxRows - tickets.Count));
            if (result.Items.Count < TicketFilter.MaxPageSize) break;
        }

        var held = tickets.SelectMany(t => t.CustomFields).Select(e => e.Name).ToHashSet();
        var fields = (await customFields.AllAsync(ct))
            .Where(f => TicketCustomFields.MaySee(by, f) && (f.Active || held.Contains(f.Name))).ToList();
        var header = Columns.Select(c => ui[$"Column.{c}"].Value).Concat(fields.Select(f => f.Label)).ToList();
        var rows = tickets.Select(t => Row(t, fields, xlsx)).ToList();
        var name = $"en-curso-{now:yyyyMMdd-HHmm}";
        return xlsx
            ? new ReportFile(Xlsx(header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : new ReportFile(Csv(header, rows), "text/csv; charset=utf-8", name + ".csv");
    }

    private List<object?> Row(TicketDetails t, IReadOnlyList<CustomField> fields, bool xlsx)
    {
        var values = t.CustomFields.ToDictionary(e => e.Name);
        List<object?> row =
        [
            t.Code, show.State(t), show.Date(t.CreatedAt), show.Date(t.Sla.ResolutionDueAt), t.Title, t.Category ?? t.Service,
            t.Description, t.Agent, t.Requester.DisplayName, t.Group, show.YesNo(t.Rating is not null), t.Solution,
        ];
        foreach (var field in fields)
        {
            var entry = values.GetValueOrDefault(field.Name);
            row.Add(entry is null ? null
                : xlsx && field.Kind == CustomFieldKind.Number
                       && decimal.TryParse(entry.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
                : show.CustomValue(entry));
        }

        return row;
    }

    private static byte[] Csv(IReadOnlyList<string> header, IReadOnlyList<List<object?>> rows)
    {
        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }))
        {
            foreach (var cell in header) csv.WriteField(cell);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell?.ToString() ?? "");
                csv.EndRecord();
            }
        }

        return output.ToArray();
    }

    private static byte[] Xlsx(IReadOnlyList<string> header, IReadOnlyList<List<object?>> rows)
    {
        var names = header.Select((_, i) => ReportFiles.Letter(i)).ToList();
        Dictionary<string, object?> Line(IReadOnlyList<object?> cells) =>
            names.Select((n, i) => (n, i < cells.Count ? cells[i] : null)).ToDictionary(x => x.n, x => x.Item2);
        var sheet = new List<Dictionary<string, object?>> { Line([.. header]) };
        sheet.AddRange(rows.Select(Line));
        using var output = new MemoryStream();
        output.SaveAs(sheet, printHeader: false, excelType: ExcelType.XLSX);
        return output.ToArray();
    }
}
