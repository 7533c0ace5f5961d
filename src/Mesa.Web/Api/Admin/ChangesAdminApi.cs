using Mesa.Core.Administration;
using Mesa.Core.Common;
using Mesa.Web.Administration;
using Mesa.Web.Api.Problems;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// The administration log (<c>GET /admin/changes</c>): every change an administrator made to the configuration (who, when, which record, each
/// field before → after), newest first, filtered by administrator, kind of record, name and dates; or all of it that
/// matches as a spreadsheet (<c>?format=csv</c>).
/// </summary>
public static class ChangesAdminApi
{
    public const int MaxPageSize = 500;

    public sealed record AdminChangeJson(long Id, DateTimeOffset At, string By, string Record, string RecordTitle,
        string? RecordKey, string Name, AdminChangeKind Kind, IReadOnlyList<FieldJson> Fields);

    public sealed record FieldJson(string Field, string Title, string? Before, string? After);

    public sealed record AdminChangesJson(IReadOnlyList<AdminChangeJson> Items, int Total);

    public static void MapChangesAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/changes", async (string? by, string? record, string? name, string? from, string? to, string? page,
            string? pageSize, string? format, AdminLog log, AdminLogCsv csv, RequestReader read, OrganisationTime time,
            IStringLocalizer<Ui> text, HttpContext http) =>
        {
            if (!string.IsNullOrWhiteSpace(record) && !AuditedRecords.All.Contains(record)) read.Fail("record", Rules.InvalidValue, record);
            var filter = new AdminLog.Filter(read.Text("by", by, Core.People.User.UserNameMaxLength), record,
                read.Text("name", name, AdminChange.NameMaxLength),
                read.Instant("from", from, time.Zone), read.Instant("to", to, time.Zone));
            var (number, size, asCsv) = read.LogPage(page, pageSize, format, MaxPageSize);
            read.ThrowIfInvalid();
            if (asCsv)
            {
                http.Response.ContentType = AdminLogCsv.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{AdminLogCsv.FileName(time.ToLocal(time.UtcNow))}\"";
                await csv.WriteAsync(filter, http.Response.Body, http.RequestAborted);
                return Results.Empty;
            }

            var (lines, total) = await log.PageAsync(filter, number, size ?? AdminLog.PageSize,
                http.RequestAborted);
            return Results.Json(new AdminChangesJson(lines.Select(l => new AdminChangeJson(l.Id, time.ToLocal(l.At), l.By, l.Record,
                AdminLogWords.Record(text, l.Record), l.RecordKey, l.RecordName, l.Kind,
                l.Fields.Select(f => new FieldJson(f.Field, AdminLogWords.Field(text, f.Field), f.Before, f.After)).ToList())).ToList(), total));
        }).Produces<AdminChangesJson>().Produces(StatusCodes.Status200OK, contentType: "text/csv").Refuses(400);
    }
}
