using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Mesa.Web.Tests.Reports;

/// <summary>
/// Guía §4: a report downloads as CSV, as a real spreadsheet (typed numbers, the filters on top, one sheet per table)
/// and as a PDF with its chart, and the three carry the JSON's numbers. Who may read reports, and what bad input gets.
/// </summary>
public abstract class ReportFilesTests(MesaApp app)
{
    private const string Query = "from=2016-01-01&to=2026-03-02&by=group&group=Mesa%20de%20Servicio";

    [Fact]
    public async Task The_spreadsheet_holds_the_same_numbers_as_the_json_with_the_filters_on_top()
    {
        var json = await JsonAsync($"sla?{Query}");
        var response = await (await app.As("supervisor1")).GetAsync($"/api/v1/reports/sla?{Query}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("informe-sla-2016-01-01-2026-03-02.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal("Cumplimiento de ANS", rows[0]["A"]);
        Assert.Contains(rows, r => (string?)r["A"] == "Grupo" && (string?)r["B"] == "Mesa de Servicio");
        var header = rows.FindIndex(r => (string?)r["B"] == "Incidencias");
        Assert.Equal("Cumplimiento de resolución (%)", rows[header]["H"]);
        var total = rows.Single(r => (string?)r["A"] == "Total");
        Assert.Equal(json["total"]!["tickets"]!.GetValue<long>(), Convert.ToInt64(total["B"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsType<double>(total["F"]);
        Assert.Equal(Math.Round(json["total"]!["resolutionBreached"]!.GetValue<long>() * 1.0, 0), (double)total["F"]!);
        Assert.Equal(Math.Round(json["total"]!["resolutionCompliance"]!.GetValue<double>() * 100, 2), (double)total["H"]!, 6);
    }

    [Fact]
    public async Task The_satisfaction_spreadsheet_has_a_sheet_of_comments()
    {
        var json = await JsonAsync("satisfaction?from=2016-01-01&to=2026-03-02");
        var bytes = await (await app.As("supervisor1")).GetByteArrayAsync("/api/v1/reports/satisfaction?from=2016-01-01&to=2026-03-02&format=xlsx");

        using var file = new MemoryStream(bytes);
        Assert.Equal(["Cifras", "Comentarios"], MiniExcel.GetSheetNames(file));
        file.Position = 0;
        var comments = file.Query(useHeaderRow: true, sheetName: "Comentarios").Cast<IDictionary<string, object?>>().ToList();
        var latest = json["comments"]!.AsArray()[0]!;
        Assert.Equal((latest.Str("ticket.code"), latest.Str("comment")), ((string?)comments[0]["Código"], (string?)comments[0]["Comentario"]));
    }

    [Fact]
    public async Task The_csv_and_the_pdf_carry_the_figures_and_the_pdf_its_chart()
    {
        var json = await JsonAsync($"flow?{Query}");
        var supervisor = await app.As("supervisor1");

        var csv = Encoding.UTF8.GetString(await supervisor.GetByteArrayAsync($"/api/v1/reports/flow?{Query}&format=csv")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Flujo de incidencias,,,,,,", lines[0]);
        Assert.Equal($"Total,{json["total"].Str("registered")},{json["total"].Str("resolved")},{json["total"].Str("closed")},{json["total"].Str("rejected")},{json["total"].Str("reopened")},{json["total"].Str("open")}",
            lines[^1]);

        var pdf = await supervisor.GetAsync($"/api/v1/reports/flow?{Query}&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(PdfPictures.FirstPage(bytes, $"report-flow-{app.GetType().Name}"));
        using var document = PdfDocument.Open(bytes);
        var words = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Flujo de incidencias", words, StringComparison.Ordinal);
        Assert.Contains("Mesa de Servicio", words, StringComparison.Ordinal);
        var registered = json["rows"]![0]!["registered"]!.GetValue<long>().ToString("N0", new System.Globalization.CultureInfo("es-CO"));
        Assert.Contains(registered, words, StringComparison.Ordinal);
        // The chart is drawn: its legend names the three parts of each bar.
        Assert.Contains("Rechazadas", words, StringComparison.Ordinal);
        Assert.True(document.GetPage(1).Rotation.Value is 90 or 270 || document.GetPage(1).Width > document.GetPage(1).Height);
    }

    [Fact]
    public async Task Reports_are_for_supervisors_and_administrators_and_bad_input_is_told_field_by_field()
    {
        var agent = await app.As("agente1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/reports/sla")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/tickets?view=all")).StatusCode);
        var admin = await app.As("admin");
        Assert.Equal(10, (await (await admin.GetAsync("/api/v1/reports")).ReadArrayAsync()).Count);

        var unknown = await admin.GetAsync("/api/v1/reports/ventas");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var bad = await (await admin.GetAsync("/api/v1/reports/sla?from=2026-02-30&by=year&format=docx&priority=urgent"))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["by", "format", "from", "priority"], bad["errors"]!.AsObject().Select(e => e.Key).Order());
        var reversed = await (await admin.GetAsync("/api/v1/reports/sla?from=2026-03-01&to=2026-02-01")).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("anterior", reversed["errors"]!["to"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var tooMany = await (await admin.GetAsync("/api/v1/reports/flow?from=2016-01-01&to=2026-03-02&by=day")).ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(tooMany["errors"]!["by"]);
    }

    [Fact]
    public async Task Every_report_answers_for_every_grouping()
    {
        var admin = await app.As("admin");
        foreach (var report in new[] { "sla", "times", "satisfaction", "flow", "backlog", "reopenings", "first-contact", "escalation", "workload", "top" })
        {
            foreach (var by in new[] { "month", "week", "group", "agent", "service", "category", "priority", "origin", "type", "state", "substate" })
            {
                var json = await (await admin.GetAsync($"/api/v1/reports/{report}?from=2025-03-01&to=2026-03-02&by={by}"))
                    .ReadObjectAsync(HttpStatusCode.OK);
                Assert.Equal((report, by), (json.Str("name"), json.Str("by")));
                Assert.NotNull(json["total"]);
            }
        }
    }

    private async Task<JsonObject> JsonAsync(string path) =>
        await (await (await app.As("supervisor1")).GetAsync("/api/v1/reports/" + path)).ReadObjectAsync(HttpStatusCode.OK);
}

[Collection(GeneratedSqlite.Name)]
public sealed class ReportFilesOnSqlite(GeneratedSqliteApp app) : ReportFilesTests(app);

[Collection(GeneratedPostgres.Name)]
public sealed class ReportFilesOnPostgres(GeneratedPostgresApp app) : ReportFilesTests(app);
