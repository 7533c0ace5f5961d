using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.People.Security;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Api;

/// <summary>
/// Signed-in browsers: a person lists and ends their own; administrators list and end anyone's, remove a second factor
/// (a phone lost with its codes), and set whether staff must use one. Each change is in the sign-in log.
/// </summary>
public static class SessionsApi
{
    public sealed record SessionJson(long Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt,
        SignInMethod? Method, bool Persistent, string? Address, string? Device);

    public sealed record SecurityJson(bool SecondFactorForStaff);

    public sealed record SecurityRequest(bool? SecondFactorForStaff);

    public sealed record SecondFactorJson(bool Enrolled, DateTimeOffset? EnrolledAt, int RecoveryCodesLeft);

    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions", async (HttpContext http, UserSessions sessions, OrganisationTime time) =>
            Json(await sessions.OfAsync(http.User.UserId(), http.RequestAborted), time));
        api.MapDelete("/sessions/{id:long}", async (HttpContext http, long id, UserSessions sessions, UserManager<User> users) =>
        {
            var me = await users.GetUserAsync(http.User) ?? throw new NotFoundException(Rules.UnknownSession);
            if (!await sessions.EndAsync(me, id, me, http.RequestAborted)) throw new NotFoundException(Rules.UnknownSession);
            return TypedResults.NoContent();
        }).Refuses(404);
        return api;
    }

    public static void MapSecurityAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/security", async (SecondFactors factors, HttpContext http) =>
            new SecurityJson(await factors.ForStaffAsync(http.RequestAborted)));
        admin.MapPut("/security", async (SecurityRequest? body, SecondFactors factors, UserManager<User> users, RequestReader read,
            HttpContext http) =>
        {
            read.Require("secondFactorForStaff", body?.SecondFactorForStaff is not null);
            read.ThrowIfInvalid();
            var required = body!.SecondFactorForStaff!.Value;
            await factors.SetForStaffAsync(required, await MeAsync(users, http), Address(http), http.RequestAborted);
            return new SecurityJson(required);
        }).Refuses(400);
        admin.MapGet("/users/{userName}/sessions", async (string userName, UserSessions sessions, UserManager<User> users,
            OrganisationTime time, HttpContext http) =>
            Json(await sessions.OfAsync((await PersonAsync(users, userName)).Id, http.RequestAborted), time)).Refuses(404);
        admin.MapDelete("/users/{userName}/sessions/{id:long}", async (string userName, long id, UserSessions sessions,
            UserManager<User> users, HttpContext http) =>
        {
            var person = await PersonAsync(users, userName);
            if (!await sessions.EndAsync(person, id, await MeAsync(users, http), http.RequestAborted))
                throw new NotFoundException(Rules.UnknownSession);
            return TypedResults.NoContent();
        }).Refuses(404);
        admin.MapGet("/users/{userName}/second-factor", async (string userName, SecondFactors factors, UserManager<User> users,
            OrganisationTime time, HttpContext http) =>
        {
            var factor = await factors.OfAsync((await PersonAsync(users, userName)).Id, http.RequestAborted);
            return factor is { IsEnrolled: true }
                ? new SecondFactorJson(true, time.ToLocal(factor.EnrolledAt!.Value), factor.RecoveryCodesLeft)
                : new SecondFactorJson(false, null, 0);
        }).Refuses(404);
        admin.MapDelete("/users/{userName}/second-factor", async (string userName, SecondFactors factors, UserManager<User> users,
            HttpContext http) =>
        {
            await factors.RemoveAsync(await PersonAsync(users, userName), await MeAsync(users, http), Address(http), http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404, 409);
    }

    private static List<SessionJson> Json(IEnumerable<UserSessions.Line> sessions, OrganisationTime time) =>
        sessions.Select(s => new SessionJson(s.Id, time.ToLocal(s.CreatedAt), time.ToLocal(s.LastSeenAt), time.ToLocal(s.ExpiresAt),
            s.Method, s.Persistent, s.Address, Accounts.Devices.Describe(s.Device))).ToList();

    private static string? Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    private static async Task<User> MeAsync(UserManager<User> users, HttpContext http) =>
        await users.GetUserAsync(http.User) ?? throw new NotFoundException(Rules.UnknownUser, http.User.Identity?.Name ?? "");

    private static async Task<User> PersonAsync(UserManager<User> users, string userName) =>
        await users.FindByNameAsync(userName.Trim()) is { IsSystem: false } user
            ? user
            : throw new NotFoundException(Rules.UnknownUser, userName);
}
