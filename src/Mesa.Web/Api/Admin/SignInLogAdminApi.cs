using Mesa.Core.Common;
using Mesa.Core.People.Security;
using Mesa.Web.Accounts;
using Mesa.Web.Api.Problems;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// The sign-in log for administrators: every sign-in, failure, lockout, sign-out, ended session and second-factor
/// change, newest first, filtered by person, kind and dates; or all of it that matches as a spreadsheet
/// (<c>?format=csv</c>).
/// </summary>
public static class SignInLogAdminApi
{
    public const int MaxPageSize = 500;

    public sealed record SignInJson(long Id, DateTimeOffset At, SignInEventKind Kind, string UserName, SignInMethod? Method,
        SignInChannel? Channel, string? Address, string? By, string? Detail);

    public sealed record SignInsJson(IReadOnlyList<SignInJson> Items, int Total);

    public static void MapSignInLogAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/sign-ins", async (string? userName, string? kind, string? from, string? to, string? page,
            string? pageSize, string? format, SignInLog log, SignInLogCsv csv, RequestReader read, OrganisationTime time,
            HttpContext http) =>
        {
            var filter = new SignInLog.Filter(read.Text("userName", userName, SignInEvent.UserNameMaxLength),
                read.Enum<SignInEventKind>("kind", kind), read.Instant("from", from, time.Zone), read.Instant("to", to, time.Zone));
            var (number, size, asCsv) = read.LogPage(page, pageSize, format, MaxPageSize);
            read.ThrowIfInvalid();
            if (asCsv)
            {
                http.Response.ContentType = SignInLogCsv.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{SignInLogCsv.FileName(time.ToLocal(time.UtcNow))}\"";
                await csv.WriteAsync(filter, http.Response.Body, http.RequestAborted);
                return Results.Empty;
            }

            var (lines, total) = await log.PageAsync(filter, number, size ?? SignInLog.PageSize,
                http.RequestAborted);
            return Results.Json(new SignInsJson(lines.Select(l => new SignInJson(l.Id, time.ToLocal(l.At), l.Kind, l.UserName,
                l.Method, l.Channel, l.Address, l.By, l.Detail)).ToList(), total));
        }).Produces<SignInsJson>().Produces(StatusCodes.Status200OK, contentType: "text/csv").Refuses(400);
    }
}
