using Mesa.Core.Common;
using Mesa.Core.Privacy;
using Mesa.Web.Api.Problems;
using Mesa.Web.Reports;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Ley 1581 de 2012 for administrators: everything Mesa holds about a person (JSON, or PDF with
/// <c>?format=pdf</c>), the anonymization of a person who asks or who left, and the audit log of both.
/// </summary>
public static class PersonalDataAdminApi
{
    public sealed record AnonymizeRequest(string? Note);

    public sealed record AnonymizedJson(string UserName, string DisplayName);

    public static void MapPersonalDataAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/users/{userName}/personal-data", async (string userName, string? format, PersonalData data,
            PersonalDataReport report, HttpContext http) =>
        {
            var pdf = string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase);
            if (!pdf && format is not (null or "json")) throw new InputException("format", Rules.InvalidValue, format);
            var record = await data.ExportAsync(await http.ActorAsync(), userName,
                pdf ? AuditAction.PersonalDataPrinted : AuditAction.PersonalDataExported, http.RequestAborted);
            if (!pdf) return Results.Json(record);
            var (fileName, content) = report.Pdf(record);
            return Results.File(content, "application/pdf", fileName);
        }).Produces<PersonalDataRecord>().Produces(StatusCodes.Status200OK, contentType: "application/pdf").Refuses(400, 404);
        admin.MapPost("/users/{userName}/anonymize", async (string userName, AnonymizeRequest? body, PersonalData data,
            RequestReader read, HttpContext http) =>
        {
            read.Text("note", body?.Note, AuditEntry.NoteMaxLength, required: true);
            read.ThrowIfInvalid();
            var anonymized = await data.AnonymizeAsync(await http.ActorAsync(), userName, body!.Note, http.RequestAborted);
            return new AnonymizedJson(anonymized.UserName!, anonymized.DisplayName);
        }).Refuses(400, 404, 409);
        admin.MapGet("/audit", async (string? userName, PersonalData data, OrganisationTime time, HttpContext http) =>
            (await data.AuditAsync(await http.ActorAsync(), userName, http.RequestAborted))
                .Select(a => a with { At = time.ToLocal(a.At) }).ToList()).Refuses(404);
    }
}
