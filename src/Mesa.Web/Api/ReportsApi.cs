using System.Globalization;
using System.Text.Json.Nodes;
using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Core.Tickets;
using Mesa.Web.Reports;

namespace Mesa.Web.Api;

/// <summary>
/// The reports of Guía §4, for supervisors and administrators: <c>GET /reports</c> lists them,
/// <c>GET /reports/{name}</c> answers one as JSON (<c>{rows, total}</c>) or as a CSV, XLSX or PDF file, with the
/// ticket list's filters. Each row says where its tickets are (<c>ticketsUrl</c>, the list with the same filters).
/// </summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/reports", async (HttpContext http, ReportWords words) =>
        {
            var actor = await http.ActorAsync();
            if (!actor.ReadsReports) throw new ForbiddenException(Rules.ReportsForSupervisors);
            return ReportCatalog.All.Select(r => new
            {
                name = ApiEnums.Name(r.Name),
                title = words.Title(r.Name),
                about = words.About(r.Name),
                by = ApiEnums.Name(r.DefaultBy),
                columns = r.Columns.Select(c => new { name = c.Name, title = words.Column(c.Name) }),
            });
        }).Refuses(403);
        api.MapGet("/reports/{name}", async (string name, string? by, string? format, [AsParameters] Tickets.TicketListQuery filters,
            HttpContext http, TicketReports reports, ReportFiles files, RequestReader read, OrganisationTime time) =>
        {
            if (!ApiEnums.TryParse<ReportName>(name, out var report)) throw new NotFoundException(Rules.UnknownReport, name);
            var query = new ReportQuery(by, format, filters);
            var request = query.ToRequest(report, time.Zone, read.Fail);
            var file = query.FormatOr(ReportFormat.Json, read.Fail);
            read.ThrowIfInvalid();
            var actor = await http.ActorAsync();
            var result = await reports.RunAsync(actor, request, http.RequestAborted);
            if (file == ReportFormat.Json) return Results.Json(Json(result, time));
            var made = files.Make(result, file);
            return Results.File(made.Content, made.ContentType, made.FileName);
        }).Produces<JsonObject>().Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Refuses(400, 403, 404);
        return api;
    }

    /// <summary>
    /// <c>{name, by, from, to, takenAt, rows: [{key, name, ticketsUrl, …figures}], total: {…}}</c>: counts as whole
    /// numbers, shares from 0 to 1, times in working minutes; a column named <c>distribution.1</c> is nested.
    /// </summary>
    public static JsonObject Json(ReportResult report, OrganisationTime time)
    {
        JsonObject Row(ReportRow row, bool total)
        {
            var json = new JsonObject();
            if (!total)
            {
                json["key"] = row.Key.Key;
                if (row.Key.Name is { } n && n != row.Key.Key && !report.By.IsPeriod()
                    && report.By is not (ReportBy.Priority or ReportBy.Origin or ReportBy.Type or ReportBy.State)) json["name"] = n;
            }

            json["ticketsUrl"] = row.Key.Scope is { } scope ? "/api/v1" + Pages.Agent.Tickets.TicketListLinks.Of(scope with { View = TicketListView.All },
                time.Zone)[Pages.Agent.Tickets.TicketListLinks.Path.Length..].Insert(0, "/tickets") : null;
            for (var i = 0; i < report.Definition.Columns.Count; i++)
            {
                var column = report.Definition.Columns[i];
                JsonNode? value = row.Values[i] is not { } v ? null
                    : column is CountColumn or TimeSpentColumn ? JsonValue.Create((long)v) : JsonValue.Create(v);
                var parts = column.Name.Split('.');
                if (parts.Length == 1)
                {
                    json[column.Name] = value;
                    continue;
                }

                if (json[parts[0]] is not JsonObject nested) json[parts[0]] = nested = [];
                nested[parts[1]] = value ?? 0;
            }

            return json;
        }

        var json = new JsonObject
        {
            ["name"] = ApiEnums.Name(report.Definition.Name),
            ["by"] = ApiEnums.Name(report.By),
            ["from"] = report.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["takenAt"] = time.ToLocal(report.TakenAt),
            ["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode)Row(r, total: false))]),
            ["total"] = Row(report.Total, total: true),
        };
        if (report.Definition.Name == ReportName.Satisfaction)
        {
            json["comments"] = new JsonArray([.. report.Comments.Select(c => (JsonNode)new JsonObject
            {
                ["ticket"] = new JsonObject { ["id"] = c.TicketId, ["code"] = c.Code },
                ["rating"] = c.Rating,
                ["comment"] = c.Comment,
                ["at"] = c.At is { } at ? time.ToLocal(at) : null,
            })]);
        }

        return json;
    }
}
