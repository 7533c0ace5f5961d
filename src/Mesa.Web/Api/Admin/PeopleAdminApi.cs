using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// People and roles: find, create, change, deactivate and delete accounts; a person's open tickets and
/// their handing over in one step; the same change for many people at once, with a dry run.
/// </summary>
public static class PeopleAdminApi
{
    public const int MaxPageSize = 200;

    public sealed record PersonRequest(string? UserName, string? DisplayName, string? Email, string? Phone,
        IReadOnlyList<string>? Roles, IReadOnlyList<string>? Groups, IReadOnlyList<string>? Supervises, string? Location,
        string? Manager, string? Language, string? Password, bool? Active);

    public sealed record PasswordRequest(string? Password);

    public sealed record PersonJson(long Id, string UserName, string DisplayName, string? Email, string? Phone,
        IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, IReadOnlyList<string> Supervises, string? Location,
        string? Manager, string? Language, string Origin, bool Active, DateTimeOffset? DeactivatedAt, int OpenTickets);

    public sealed record PeopleJson(IReadOnlyList<PersonJson> Items, int Total);

    public sealed record OpenTicketJson(long Id, string Code, string Title, string? Group);

    public sealed record HandOverRequest(string? Group, string? Agent, string? Note);

    public sealed record ResultJson(long Id, string Code, bool Ok, Microsoft.AspNetCore.Mvc.ProblemDetails? Problem);

    public sealed record ResultsJson(IReadOnlyList<ResultJson> Results);

    public sealed record BulkFilter(string? Q, string? Role, string? Group, bool? Active);

    public sealed record BulkAction(string? Kind, string? Group, IReadOnlyList<string>? Roles);

    public sealed record BulkRequest(IReadOnlyList<string>? UserNames, BulkFilter? Filter, BulkAction? Action, bool? DryRun);

    public sealed record BulkResultJson(string UserName, bool Ok, Microsoft.AspNetCore.Mvc.ProblemDetails? Problem);

    public sealed record BulkResultsJson(IReadOnlyList<BulkResultJson> Results);

    public static void MapPeopleAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/users", async (string? q, string? role, string? group, bool? active, string? page, string? pageSize,
            PeopleAdministration people, RequestReader read, OrganisationTime time, HttpContext http) =>
        {
            var filter = Filter(q, role, group, active, read);
            var number = read.Page("page", page);
            var size = string.IsNullOrWhiteSpace(pageSize) ? PeopleAdministration.PageSize : read.Page("pageSize", pageSize);
            if (size > MaxPageSize) read.Fail("pageSize", Rules.OutOfRange, 1, MaxPageSize);
            read.ThrowIfInvalid();
            var (found, total) = await people.FindAsync(filter, number, size, http.RequestAborted);
            return new PeopleJson(found.Select(p => Json(p, time)).ToList(), total);
        }).Refuses(400);
        admin.MapPost("/users/bulk", async (BulkRequest? body, PeopleAdministration people, PeopleBulk bulk, RequestReader read,
            Problems.ProblemWriter problems, HttpContext http) =>
        {
            var kind = read.Enum<PeopleBulkKind>("action.kind", body?.Action?.Kind, required: true);
            if (body?.UserNames is null && body?.Filter is null) read.Fail("userNames", Rules.Required);
            var filter = body?.Filter is { } f ? Filter(f.Q, f.Role, f.Group, f.Active, read) : null;
            read.ThrowIfInvalid();
            var targets = body!.UserNames ?? await people.UserNamesAsync(filter!, http.RequestAborted);
            var outcomes = await bulk.RunAsync(await http.ActorAsync(), targets,
                new PeopleBulk.Change(kind!.Value, body.Action!.Group, body.Action.Roles), body.DryRun ?? false, http.RequestAborted);
            return new BulkResultsJson(outcomes.Select(o => new BulkResultJson(o.UserName, o.Problem is null,
                o.Problem is null ? null : problems.Describe(http, o.Problem))).ToList());
        }).Refuses(400);
        admin.MapGet("/users/{userName}", async (string userName, PeopleAdministration people, OrganisationTime time, HttpContext http) =>
            Json(await people.GetAsync(userName, http.RequestAborted), time)).Refuses(404);
        admin.MapPost("/users", async (PersonRequest? body, PeopleAdministration people, RequestReader read, OrganisationTime time,
            HttpContext http) =>
        {
            read.Text("userName", body?.UserName, User.UserNameMaxLength, required: true);
            read.Text("displayName", body?.DisplayName, User.DisplayNameMaxLength, required: true);
            read.ThrowIfInvalid();
            var user = await people.CreateAsync(Input(body!), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/users/{Uri.EscapeDataString(user.UserName!)}",
                Json(await people.GetAsync(user.UserName!, http.RequestAborted), time));
        }).Refuses(400);
        admin.MapPatch("/users/{userName}", async (string userName, PersonRequest? body, PeopleAdministration people,
            RequestReader read, OrganisationTime time, HttpContext http) =>
        {
            read.Require("body", body is not null);
            read.ThrowIfInvalid();
            await people.UpdateAsync(await http.ActorAsync(), userName, Input(body!), http.RequestAborted);
            return Json(await people.GetAsync(userName, http.RequestAborted), time);
        }).Refuses(400, 404, 409);
        admin.MapDelete("/users/{userName}", async (string userName, PeopleAdministration people, HttpContext http) =>
        {
            await people.DeleteAsync(await http.ActorAsync(), userName, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404, 409);
        admin.MapPut("/users/{userName}/password", async (string userName, PasswordRequest? body, PeopleAdministration people,
            HttpContext http) =>
        {
            await people.SetPasswordAsync(userName, body?.Password, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400, 404);
        admin.MapPost("/users/{userName}/sign-in-link", async (string userName, Administration.SignInLinkMail links, HttpContext http) =>
        {
            await links.SendAsync(http.Request, userName, http.RequestAborted);
            return TypedResults.Accepted((string?)null);
        }).Refuses(404, 409);
        admin.MapGet("/users/{userName}/open-tickets", async (string userName, PeopleAdministration people, HttpContext http) =>
            (await people.OpenTicketsAsync(userName, http.RequestAborted)).Select(t => new OpenTicketJson(t.Id, t.Code, t.Title, t.Group)).ToList())
            .Refuses(404);
        admin.MapPost("/users/{userName}/hand-over", async (string userName, HandOverRequest? body, PeopleAdministration people,
            PeopleHandOver handOver, RequestReader read, Problems.ProblemWriter problems, HttpContext http) =>
        {
            read.Text("group", body?.Group, Core.Catalog.CatalogNames.MaxLength, required: true);
            // Guía §10: every assignment says why, and a hand-over is one per ticket.
            read.Text("note", body?.Note, Ticket.NoteMaxLength, required: true);
            read.ThrowIfInvalid();
            var outcomes = await handOver.RunAsync(await http.ActorAsync(), userName, body!.Group!, body.Agent, body.Note, http.RequestAborted);
            return new ResultsJson(outcomes.Select(o => new ResultJson(o.Id, o.Code, o.Problem is null,
                o.Problem is null ? null : problems.Describe(http, o.Problem))).ToList());
        }).Refuses(400, 404);
    }

    internal static PeopleAdministration.Filter Filter(string? q, string? role, string? group, bool? active, RequestReader read)
    {
        read.Text("q", q, 200);
        if (!string.IsNullOrWhiteSpace(role) && !Roles.All.Contains(role.Trim().ToLowerInvariant())) read.Fail("role", Rules.UnknownRole, role);
        read.Text("group", group, Core.Catalog.CatalogNames.MaxLength);
        return new PeopleAdministration.Filter(q, role?.Trim().ToLowerInvariant(), group, active);
    }

    internal static PeopleAdministration.PersonInput Input(PersonRequest body) => new(body.UserName, body.DisplayName, body.Email,
        body.Phone, body.Roles, body.Groups, body.Supervises, body.Location, body.Manager, body.Language, body.Password, body.Active);

    internal static PersonJson Json(PeopleAdministration.PersonView p, OrganisationTime time) => new(p.Id, p.UserName, p.DisplayName,
        p.Email, p.Phone, p.Roles, p.Groups, p.Supervises, p.Location, p.Manager, p.Language, ApiEnums.Name(p.Origin), p.Active,
        p.DeactivatedAt is { } at ? time.ToLocal(at) : null, p.OpenTickets);
}
